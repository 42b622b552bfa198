'use client';
import { useId, useMemo, useRef, useState } from 'react';
import type { BoardProjection } from '@/lib/board-doc';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { proposalsText } from '@/lib/i18n/proposals';
import type { ProposalSummary } from '@/lib/proposals';
import { restoreProposal } from '@/lib/restore';
import { canEdit } from '@/lib/roles';
import { LOCAL_ORIGIN, type LiveClient } from '../live-client';
import type { Joined } from '../session';
import { CompareSection, type CompareRequest } from './compare-section';
import { ImportForm } from './import-form';
import { proposalProblem } from './problem';
import { CommentBadge } from '../comments/comment-badge';
import type { BoardComments } from '../comments/use-board-comments';
import { ProposalItem, type Outcome } from './proposal-item';
import { proposalsApi, type ExportFormat } from './proposals-api';
import { SaveForm } from './save-form';
import { saveFile } from './save-file';
import { ERROR_BOX, SECONDARY } from './styles';
import { useProposalList } from './use-proposal-list';

type Props = {
  boardId: string;
  joined: Joined;
  client: LiveClient;
  projection: BoardProjection;
  lang: Lang;
  /** The board's comment badges: each proposal can be discussed in a thread of its own. */
  comments: BoardComments;
  /** False while a facilitator has locked the board: a restore would be dropped by the server. */
  canChangeBoard: boolean;
};

/**
 * The "Forslag" tab: save the board as a named proposal, list the saved ones, compare any two
 * (or one with the board now), restore one onto the board, export and import. Restoring is a
 * local edit, so the restorer's undo takes the whole restore back in one step, for everyone.
 */
export function ProposalsPanel({ boardId, joined, client, projection, lang, comments, canChangeBoard }: Props) {
  const t = translator(proposalsText, lang);
  const board = translator(boardText, lang);
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const api = useMemo(() => proposalsApi(boardId, joined.token), [boardId, joined.token]);
  const list = useProposalList(api, root);
  const editor = canEdit(joined.role);
  const [request, setRequest] = useState<CompareRequest | null>(null);
  const { refresh } = list;

  const restore = async (p: ProposalSummary): Promise<Outcome> => {
    const full = await api.get(p.id);
    if (!full.ok) return { ok: false, message: t('item.restoreFailed', { name: p.name, reason: proposalProblem(full.problem, lang) }) };
    // Capture boundaries on both sides, so the restore is one undo step of its own and merges
    // with neither the move before it nor the one after.
    client.undo.stopCapturing();
    const { changed } = restoreProposal(client.doc, full.value.content, LOCAL_ORIGIN);
    client.undo.stopCapturing();
    return { ok: true, message: t(changed ? 'item.restored' : 'item.restoredSame', { name: p.name }) };
  };

  const download = async (p: ProposalSummary, format: ExportFormat): Promise<Outcome | null> => {
    const r = await api.download(p.id, format);
    if (!r.ok) return { ok: false, message: t('item.downloadFailed', { reason: proposalProblem(r.problem, lang) }) };
    saveFile(r.value.blob, r.value.filename);
    return null;
  };

  const packetHref = (pid: string) => `/b/${encodeURIComponent(boardId)}/proposals/${encodeURIComponent(pid)}/packet#t=${encodeURIComponent(joined.token)}`;
  const newestFirst = useMemo(() => (list.proposals ? [...list.proposals].reverse() : null), [list.proposals]);

  return (
    <section ref={root} aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {t('panel.heading')}
      </h2>
      <p className="text-sm text-slate-600">{t('panel.intro')}</p>
      {!editor ? <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('panel.readOnly', { role: board(`role.${joined.role}`) })}</p> : null}
      {editor ? <SaveForm api={api} lang={lang} onSaved={() => void refresh()} /> : null}
      <CompareSection api={api} proposals={list.proposals ?? []} request={request} live={projection} lang={lang} />

      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold">{t('panel.list')}</h3>
        <button type="button" onClick={() => void refresh()} disabled={list.loading} className={SECONDARY}>
          {t('panel.refresh')}
        </button>
      </div>
      {list.problem ? (
        <p role="alert" className={ERROR_BOX}>
          {t('panel.loadFailed', { reason: proposalProblem(list.problem, lang) })}
        </p>
      ) : null}
      {newestFirst === null ? (
        list.problem ? null : (
          <p role="status" className="text-sm text-slate-600">
            {t('panel.loading')}
          </p>
        )
      ) : newestFirst.length === 0 ? (
        <p className="text-sm text-slate-600">{t('panel.empty')}</p>
      ) : (
        <ul aria-label={t('panel.list')} className="space-y-2">
          {newestFirst.map((p) => (
            <ProposalItem
              key={p.id}
              proposal={p}
              lang={lang}
              canRestore={editor && canChangeBoard}
              packetHref={packetHref(p.id)}
              onCompareLive={() => setRequest((r) => ({ a: p.id, b: 'live', n: (r?.n ?? 0) + 1 }))}
              onRestore={() => restore(p)}
              onDownload={(format) => download(p, format)}
              commentSlot={
                <CommentBadge
                  name={p.name}
                  summary={comments.summaries.get(`proposal:${p.id}`)}
                  canComment={comments.canComment}
                  lang={lang}
                  onOpen={() => comments.open(`proposal:${p.id}`)}
                />
              }
            />
          ))}
        </ul>
      )}
      {editor ? <ImportForm api={api} lang={lang} onImported={() => void refresh()} /> : null}
    </section>
  );
}
