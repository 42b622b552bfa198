'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { presenterText } from '@/lib/i18n/presenter';
import { workshopText } from '@/lib/i18n/workshop';
import { presenterPath } from '@/lib/presenter-grant';
import { canEdit } from '@/lib/roles';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import type { Joined } from '../session';
import { workshopProblem } from '../workshop/problem';
import { presenterApi } from './presenter-api';

type Link = { kind: 'loading' } | { kind: 'ready'; href: string } | { kind: 'failed'; reason: string };

/**
 * "Open the presenter view" on the Verksted tab. Facilitators and editors get a presenter grant
 * of its own from the server, so the projector outlives a replaced viewer link and never holds
 * their own powers; the others, already read-only or nearly, open it with their own token.
 * Facilitators can also close every presenter view of the board at once.
 */
export function PresenterLink({ boardId, joined, lang }: { boardId: string; joined: Joined; lang: Lang }) {
  const t = translator(workshopText, lang);
  const p = translator(presenterText, lang);
  const own = canEdit(joined.role);
  const api = useMemo(() => presenterApi(boardId, joined.token), [boardId, joined.token]);
  const [link, setLink] = useState<Link>(() => (own ? { kind: 'loading' } : { kind: 'ready', href: presenterPath(boardId, joined.token) }));

  const mint = useCallback(async () => {
    setLink({ kind: 'loading' });
    const r = await api.mint();
    setLink(r.ok ? { kind: 'ready', href: r.value.link } : { kind: 'failed', reason: workshopProblem(r.problem, lang) });
  }, [api, lang]);

  useEffect(() => {
    if (own) void mint();
  }, [own, mint]);

  return (
    <div className="space-y-2 text-sm">
      {link.kind === 'ready' ? (
        <p>
          <a href={link.href} target="_blank" rel="noopener" className="font-medium text-blue-800 underline underline-offset-2">
            {t('present.link')}
          </a>
          <span className="block text-slate-600">{t('present.linkHint')}</span>
          {own ? <span className="block text-slate-600">{p('link.own')}</span> : null}
        </p>
      ) : link.kind === 'loading' ? (
        <p role="status" className="text-slate-600">
          {p('link.preparing')}
        </p>
      ) : (
        <div role="alert" className={`${ERROR_BOX} flex items-center gap-2`}>
          <span className="flex-1">{p('link.failed', { reason: link.reason })}</span>
          <button type="button" onClick={() => void mint()} className={SECONDARY}>
            {p('link.retry')}
          </button>
        </div>
      )}
      {joined.role === 'facilitator' ? <RevokePresenters lang={lang} onRevoke={api.revoke} onRevoked={(href) => setLink({ kind: 'ready', href })} /> : null}
    </div>
  );
}

type RevokeProps = { lang: Lang; onRevoke: ReturnType<typeof presenterApi>['revoke']; onRevoked: (href: string) => void };

/** Closes every presenter view of the board, behind a confirmation that says what happens. */
function RevokePresenters({ lang, onRevoke, onRevoked }: RevokeProps) {
  const p = translator(presenterText, lang);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const revoke = async () => {
    setBusy(true);
    const r = await onRevoke();
    setBusy(false);
    setConfirming(false);
    if (r.ok) onRevoked(r.value.link);
    setStatus(r.ok ? { ok: true, text: p('link.revoked') } : { ok: false, text: p('link.revokeFailed', { reason: workshopProblem(r.problem, lang) }) });
  };

  return (
    <>
      <button type="button" onClick={() => setConfirming(true)} aria-expanded={confirming} className={SECONDARY}>
        {p('link.revoke')}
      </button>
      {confirming ? (
        <div role="alertdialog" aria-label={p('link.revoke')} className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <p>{p('link.revokeConfirm')}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void revoke()} disabled={busy} className={PRIMARY}>
              {p('link.revokeYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy} className={SECONDARY}>
              {p('link.revokeNo')}
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'text-green-800' : ERROR_BOX}>
          {status.text}
        </p>
      ) : null}
    </>
  );
}
