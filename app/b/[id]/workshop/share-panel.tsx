'use client';
import { useCallback, useEffect, useId, useState } from 'react';
import type { LinksResponse } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import type { Role } from '@/lib/roles';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { workshopProblem } from './problem';
import { PARTICIPANT_ROLES, QrDialog, type ParticipantRole } from './qr-dialog';
import { RoleLink } from './role-link';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; lang: Lang; onLinks: (links: LinksResponse) => void };

type Load = { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; links: LinksResponse };

/** A link as the server gives it (a path with the token in the fragment) made absolute for copying and QR codes. */
const absolute = (link: string) => new URL(link, location.origin).toString();

/**
 * The facilitator's share panel: the participants' links first, each with copy, QR code and a
 * large code for the projector, then the facilitator's own link behind a button and a warning,
 * so a projected tab never shows it. Each link can be replaced; rotating the facilitator's own
 * link cuts this page off as well, so the page then goes to the new link and joins again.
 */
export function SharePanel({ api, lang, onLinks }: Props) {
  const t = translator(workshopText, lang);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // Which codes the projector dialog shows: one role, or every participant role at once.
  const [big, setBig] = useState<readonly ParticipantRole[] | null>(null);

  const fetchLinks = useCallback(async () => {
    setLoad({ kind: 'loading' });
    const r = await api.links();
    if (r.ok) onLinks(r.value);
    setLoad(r.ok ? { kind: 'ready', links: r.value } : { kind: 'failed', reason: workshopProblem(r.problem, lang) });
  }, [api, lang, onLinks]);

  useEffect(() => {
    void fetchLinks();
  }, [fetchLinks]);

  const rotate = async (role: Role): Promise<string | null> => {
    const r = await api.rotate(role);
    if (!r.ok) return workshopProblem(r.problem, lang);
    setLoad({ kind: 'ready', links: r.value });
    onLinks(r.value);
    if (role === 'facilitator') location.assign(absolute(r.value.links.facilitator));
    return null;
  };

  return (
    <section aria-labelledby="share-h" className="space-y-2">
      <h3 id="share-h" className="text-lg font-semibold">
        {t('share.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('share.intro')}</p>
      {load.kind === 'loading' ? (
        <p role="status" className="text-sm text-slate-500">
          {t('share.loading')}
        </p>
      ) : load.kind === 'failed' ? (
        <div role="alert" className={`${ERROR_BOX} flex items-center gap-2`}>
          <span className="flex-1">{t('share.failed', { reason: load.reason })}</span>
          <button type="button" onClick={() => void fetchLinks()} className={SECONDARY}>
            {t('share.retry')}
          </button>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="font-semibold">{t('share.participants')}</h4>
            <button type="button" onClick={() => setBig(PARTICIPANT_ROLES)} aria-label={t('share.showAllLabel')} className={SECONDARY}>
              {t('share.showAll')}
            </button>
          </div>
          <ul aria-label={t('share.participants')} className="space-y-2">
            {PARTICIPANT_ROLES.map((role) => (
              <RoleLink key={role} role={role} link={absolute(load.links.links[role])} lang={lang} onRotate={() => rotate(role)} onEnlarge={() => setBig([role])} />
            ))}
          </ul>
          <FacilitatorLink link={absolute(load.links.links.facilitator)} lang={lang} onRotate={() => rotate('facilitator')} />
        </>
      )}
      {big && load.kind === 'ready' ? (
        <QrDialog codes={big.map((role) => ({ role, link: absolute(load.links.links[role]) }))} lang={lang} onClose={() => setBig(null)} />
      ) : null}
    </section>
  );
}

/**
 * The facilitator's own link, which gives full control: a warning and a button, and only after
 * that button the link itself (its code small and never offered for the projector). Hidden
 * again on the same button; the link is not in the page at all while hidden.
 */
function FacilitatorLink({ link, lang, onRotate }: { link: string; lang: Lang; onRotate: () => Promise<string | null> }) {
  const t = translator(workshopText, lang);
  const [shown, setShown] = useState(false);
  const region = useId();
  return (
    <section aria-labelledby={`${region}-h`} data-testid="facilitator-link" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <h4 id={`${region}-h`} className="font-semibold">
        {t('share.facilitatorHeading')}
      </h4>
      <p className="flex gap-2 text-sm text-amber-950">
        <span aria-hidden="true">⚠</span>
        <span>{t('share.facilitatorWarning')}</span>
      </p>
      <button type="button" onClick={() => setShown((s) => !s)} aria-expanded={shown} aria-controls={region} className={SECONDARY}>
        {shown ? t('share.facilitatorHide') : t('share.facilitatorShow')}
      </button>
      <ul id={region} className="empty:hidden">
        {shown ? <RoleLink role="facilitator" link={link} lang={lang} onRotate={onRotate} /> : null}
      </ul>
    </section>
  );
}
