'use client';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { catalog } from '@/lib/catalog';
import { readBoardDoc } from '@/lib/board-doc';
import { computeConsequences } from '@/lib/consequences/engine';
import { colourFor } from '@/lib/presence';
import { CLOSE } from '@/lib/protocol';
import { canEdit } from '@/lib/roles';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { HistoryEntry } from '@/lib/history';
import { BoardToolbar, closeReason } from './board-toolbar';
import { anchorNames } from './comments/anchor-names';
import { BoardAside } from './comments/board-aside';
import { CommentBadge } from './comments/comment-badge';
import { useBoardComments } from './comments/use-board-comments';
import { DndBoard } from './dnd-board';
import { columnLabels } from './history/column-labels';
import { LOCAL_ORIGIN, LiveClient } from './live-client';
import type { Joined } from './session';
import { trackCardOrigins, useDocVersion, useLiveState, usePeers, useUndoState } from './use-live';

// The panel (charts, tables, explanations) renders after the board anyway; its code loads
// beside the board's instead of before it.
const ConsequencePanel = dynamic(() => import('@/app/components/consequence-panel').then((m) => m.ConsequencePanel), { ssr: false });
// Proposals and history are opened now and then, not at every load.
const ProposalsPanel = dynamic(() => import('./proposals/proposals-panel').then((m) => m.ProposalsPanel), { ssr: false });
const HistoryPanel = dynamic(() => import('./history/history-panel').then((m) => m.HistoryPanel), { ssr: false });
const HistoryPreviewBoard = dynamic(() => import('./history/history-preview').then((m) => m.HistoryPreviewBoard), { ssr: false });

type Props = { boardId: string; title: string; joined: Joined; lang: Lang; onLang: (l: Lang) => void; onRejected: () => void };

declare global {
  interface Window {
    /** The live document, for diagnostics in the browser console and for end-to-end tests. */
    ansvarstavla?: { doc: LiveClient['doc'] };
  }
}

/** Connects to the board and shows it live once joined. */
export function LiveBoard(props: Props) {
  const { boardId, joined } = props;
  const [client, setClient] = useState<LiveClient | null>(null);
  useEffect(() => {
    const user = { name: joined.name, organisation: joined.organisation, role: joined.role, participantId: joined.participantId, colour: colourFor(joined.participantId) };
    const c = new LiveClient(boardId, joined.token, user, canEdit(joined.role));
    setClient(c);
    window.ansvarstavla = { doc: c.doc };
    return () => {
      delete window.ansvarstavla;
      c.destroy();
    };
  }, [boardId, joined]);
  return client ? <LiveView {...props} client={client} /> : null;
}

function LiveView({ boardId, title, joined, lang, onLang, onRejected, client }: Props & { client: LiveClient }) {
  const t = useMemo(() => translator(boardText, lang), [lang]);
  const state = useLiveState(client);
  const version = useDocVersion(client.doc);
  const peers = usePeers(client.provider.awareness);
  const undoState = useUndoState(client.undo);
  const editable = canEdit(joined.role);
  // The projection is recomputed from the document on every update; `version` is the trigger.
  const projection = useMemo(() => readBoardDoc(client.doc, catalog), [client, version]);
  // Before the first sync the document is still empty; the title from the link check stands in.
  const shownTitle = state.synced ? projection.title : title || t('page.loading');
  const consequences = useMemo(
    () => computeConsequences(projection.allocation, catalog, [], { custom: projection.custom }),
    [projection],
  );
  // The panel is the heaviest part of the page; it renders in the background after the board,
  // so cards can be moved at once and a drop never waits for the charts.
  const panel = useDeferredValue(consequences.ok ? consequences.value : null, null);
  const labels = useMemo(() => columnLabels(projection.allocation.levels, lang), [projection, lang]);
  const comments = useBoardComments(boardId, joined);
  const names = useMemo(() => anchorNames(projection, labels, lang), [projection, labels, lang]);
  const { badges } = comments;
  const indicatorBadge = useCallback(
    (id: string, label: string) => (
      <CommentBadge name={label} summary={badges.summaries.get(`indicator:${id}`)} canComment={badges.canComment} lang={lang} onOpen={() => badges.open(`indicator:${id}`)} />
    ),
    [badges, lang],
  );

  const [announcement, setAnnouncement] = useState('');
  // A history entry shown read-only in place of the board; the document keeps syncing meanwhile.
  const [preview, setPreview] = useState<HistoryEntry | null>(null);
  const endPreview = useCallback(() => setPreview(null), []);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  // Subscribed in an effect, not during render, so a render React throws away leaks no listener.
  const origins = useRef<ReturnType<typeof trackCardOrigins> | null>(null);
  useEffect(() => {
    const tracker = trackCardOrigins(client.doc);
    origins.current = tracker;
    return () => tracker.stop();
  }, [client]);
  const previous = useRef<Map<string, string> | null>(null);
  const lastDragger = useRef(new Map<string, string>());
  for (const p of peers) if (p.drag) lastDragger.current.set(p.drag.card, p.user.name);

  useEffect(() => {
    const now = new Map(projection.allocation.placements.map((p) => [p.responsibility, p.level]));
    const before = previous.current;
    const { own, remote } = origins.current?.take() ?? { own: new Set<string>(), remote: new Set<string>() };
    // Until the first sync the document fills from storage and the server; nothing "moved".
    previous.current = state.synced ? now : null;
    if (!before) return;
    const name = (card: string) => names.cards.get(card) ?? card;
    const messages: string[] = [];
    const landed = new Set<string>();
    for (const [card, level] of now) {
      if (before.get(card) === level) continue;
      const where = labels.get(level) ?? level;
      const mover = lastDragger.current.get(card);
      if (remote.has(card) && !own.has(card)) {
        landed.add(card);
        messages.push(mover ? t('announce.movedBy', { name: mover, card: name(card), level: where }) : t('announce.moved', { card: name(card), level: where }));
      } else messages.push(t('announce.moved', { card: name(card), level: where }));
    }
    if (messages.length > 0) setAnnouncement(messages.join(' '));
    if (landed.size > 0) setArrived(landed);
  }, [projection, state.synced, labels, names, t]);

  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => setArrived(new Set()), 1500);
    return () => clearTimeout(timer);
  }, [arrived]);

  useEffect(() => {
    if (state.closed && (state.closed.code === CLOSE.unauthorized || state.closed.code === CLOSE.forbidden)) onRejected();
  }, [state.closed, onRejected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) client.undo.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') client.undo.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client]);

  return (
    <div className="flex min-h-screen flex-col lg:h-screen">
      <BoardToolbar
        title={shownTitle}
        state={state}
        peers={peers}
        me={joined}
        lang={lang}
        onLang={onLang}
        undo={{ ...undoState, undo: () => client.undo.undo(), redo: () => client.undo.redo() }}
      />
      {!editable ? (
        <p className="border-b border-amber-200 bg-amber-50 px-4 py-1 text-sm text-amber-900">{t('status.readOnly', { role: t(`role.${joined.role}`) })}</p>
      ) : null}
      {state.ready ? (
        <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
          <main className="min-w-0 flex-1 overflow-auto p-3" aria-label={shownTitle}>
            {preview ? <HistoryPreviewBoard entry={preview} lang={lang} onBack={endPreview} /> : null}
            <div hidden={preview !== null}>
              <DndBoard
                client={client}
                projection={projection}
                consequences={consequences.ok ? consequences.value : null}
                labels={labels}
                peers={peers}
                editable={editable}
                arrived={arrived}
                author={joined.organisation ? `${joined.name} (${joined.organisation})` : joined.name}
                lang={lang}
                origin={LOCAL_ORIGIN}
                comments={comments.badges}
              />
              {projection.repaired.length > 0 ? (
                <p className="mt-3 text-sm text-amber-800">{t('panel.repaired', { items: projection.repaired.join(', ') })}</p>
              ) : null}
            </div>
          </main>
          <BoardAside
            state={comments}
            joined={joined}
            names={names}
            lang={lang}
            proposals={<ProposalsPanel boardId={boardId} joined={joined} client={client} projection={projection} lang={lang} />}
            history={<HistoryPanel boardId={boardId} joined={joined} lang={lang} onPreview={setPreview} previewing={preview?.seq ?? null} />}
            consequences={
              <>
                <h2 id="consequences-h" className="mb-3 text-xl font-semibold">
                  {t('panel.heading')}
                </h2>
                {panel ? <ConsequencePanel consequences={panel} catalog={catalog} lang={lang} commentSlot={indicatorBadge} /> : <p className="text-slate-500">{t('page.loading')}</p>}
              </>
            }
          />
        </div>
      ) : (
        <p role="status" className="p-6 text-lg text-slate-600">
          {state.closed ? t('status.closed', { reason: closeReason(state.closed.code, lang) }) : t('page.loading')}
        </p>
      )}
      <div role="status" aria-live="polite" className="sr-only" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
