'use client';
import { useCallback, useEffect, useState } from 'react';
import type { LinksResponse } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { roleSchema, type Role } from '@/lib/roles';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { workshopProblem } from './problem';
import { QrDialog } from './qr-dialog';
import { RoleLink } from './role-link';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; lang: Lang; onLinks: (links: LinksResponse) => void };

type Load = { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; links: LinksResponse };

/** A link as the server gives it (a path with the token in the fragment) made absolute for copying and QR codes. */
const absolute = (link: string) => new URL(link, location.origin).toString();

/**
 * The facilitator's share panel: the four role links with copy buttons and QR codes, each
 * replaceable. Rotating the facilitator's own link cuts this page off as well, so the page then
 * goes to the new link and joins again.
 */
export function SharePanel({ api, lang, onLinks }: Props) {
  const t = translator(workshopText, lang);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [big, setBig] = useState<Role | null>(null);

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
        <ul className="space-y-2">
          {roleSchema.options.map((role) => (
            <RoleLink key={role} role={role} link={absolute(load.links.links[role])} lang={lang} onRotate={() => rotate(role)} onEnlarge={() => setBig(role)} />
          ))}
        </ul>
      )}
      {big && load.kind === 'ready' ? <QrDialog role={big} link={absolute(load.links.links[big])} lang={lang} onClose={() => setBig(null)} /> : null}
    </section>
  );
}
