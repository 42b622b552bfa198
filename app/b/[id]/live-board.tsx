'use client';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import { readBoardDoc } from '@/lib/board-doc';
import { customCardAuthor } from '@/lib/custom-cards';
import { CLOSE } from '@/lib/protocol';
import { canEdit } from '@/lib/roles';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { HistoryEntry } from '@/lib/history';
import { BoardToolbar, closeReason } from './board-toolbar';
import { afterBoardUsable, markBoardUsable } from './board-usable';
import { anchorNames } from './comments/anchor-names';
import { useProposalNames } from './comments/use-proposal-names';
import { BoardAside } from './shell/board-aside';
import { CommentBadge } from './comments/comment-badge';
import { useBoardComments } from './comments/use-board-comments';
import { labelAnchor } from './comments/anchor-names';
import { ConsultationContext } from './consultation/consultation-context';
import type { ConsultationState } from './consultation/use-consultation';
import { DndBoard } from './dnd-board';
import { BoardFrame } from './layout/board-frame';
import { useBoardLayout } from './layout/use-board-layout';
import { columnLabels } from './history/column-labels';
import { DroppedNotice } from './dropped-notice';
import { LOCAL_ORIGIN, type LiveClient } from './live-client';
import { loadWhenOnline } from './load-when-online';
import { useCalm } from './use-calm';
import { useEngine } from './use-engine';
import { presenceUser, type Joined } from './session';
import { useMoveAnnouncements } from './use-move-announcements';
import { useDocVersion, useLiveState, usePeers, useUndoKeys, useUndoState, useViewPublisher } from './use-live';
import { useLiveClient, type Dropped } from './use-live-client';
import { useFollow } from './workshop/use-follow';

// The panel (charts, tables, explanations) renders after the board anyway; its code loads
// beside the board's instead of before it. Each part loads again when a lost network returns.
const ConsequencePanel = dynamic(() => loadWhenOnline(() => import('@/app/components/consequence-panel').then((m) => m.ConsequencePanel)), { ssr: false });
// Proposals and history are opened now and then, not at every load.
const ProposalsPanel = dynamic(() => loadWhenOnline(() => import('./proposals/proposals-panel').then((m) => m.ProposalsPanel)), { ssr: false });
const HistoryPanel = dynamic(() => loadWhenOnline(() => import('./history/history-panel').then((m) => m.HistoryPanel)), { ssr: false });
const WorkshopPanel = dynamic(() => loadWhenOnline(() => import('./workshop/workshop-panel').then((m) => m.WorkshopPanel)), { ssr: false });
// Card details open on a click; their code need not hold up the board.
const CardDetails = dynamic(() => loadWhenOnline(() => import('./workshop/card-details').then((m) => m.CardDetails)), { ssr: false });
// A pathway's binding toggle shows only inside the panel, so it comes with it.
const BindingToggle = dynamic(() => loadWhenOnline(() => import('./binding-toggle').then((m) => m.BindingToggle)), { ssr: false });
const HistoryPreviewBoard = dynamic(() => loadWhenOnline(() => import('./history/history-preview').then((m) => m.HistoryPreviewBoard)), { ssr: false });
// Banners that most boards never show load when they have something to say.
const ConnectionProblem = dynamic(() => loadWhenOnline(() => import('./connection-problem').then((m) => m.ConnectionProblem)), { ssr: false });
const LockBanner = dynamic(() => loadWhenOnline(() => import('./workshop/banners').then((m) => m.LockBanner)), { ssr: false });
const FollowBanner = dynamic(() => loadWhenOnline(() => import('./workshop/banners').then((m) => m.FollowBanner)), { ssr: false });
// The bell (its count, its reads and their code), "Mine data" and the consultation reader come once
// the board is usable (extrasDue below), so they are not part of its first load.
const NotificationBell = dynamic(() => loadWhenOnline(() => import('./notifications/notification-bell').then((m) => m.NotificationBell)), { ssr: false });
const OwnDataButton = dynamic(() => loadWhenOnline(() => import('./own-data/own-data-button').then((m) => m.OwnDataButton)), { ssr: false });
const ConsultationReader = dynamic(() => loadWhenOnline(() => import('./consultation/consultation-reader').then((m) => m.ConsultationReader)), { ssr: false });
const ConsultationStrip = dynamic(() => loadWhenOnline(() => import('./consultation/consultation-strip').then((m) => m.ConsultationStrip)), { ssr: false });

const FIGURES_CALM_MS = 400;

type Props = { boardId: string; title: string; joined: Joined; lang: Lang; onLang: (l: Lang) => void; onRejected: (closed: { code: number; reason: string }) => void };

declare global {
  interface Window {
    /** The live document, for diagnostics in the browser console and for end-to-end tests. */
    ansvarstavla?: { doc: LiveClient['doc'] };
  }
}

/** Connects to the board and shows it live once joined. */
export function LiveBoard(props: Props) {
  const { boardId, joined } = props;
  const user = presenceUser(joined);
  const { client, dropped, dismiss, reload } = useLiveClient(boardId, joined.token, user, canEdit(joined.role));
  return client ? <LiveView {...props} client={client} dropped={dropped} onDismissDropped={dismiss} onReload={reload} /> : null;
}

type ViewProps = Props & { client: LiveClient; dropped: Dropped | null; onDismissDropped: () => void; onReload: () => void };

function LiveView({ boardId, title, joined, lang, onLang, onRejected, client, dropped, onDismissDropped, onReload }: ViewProps) {
  const t = useMemo(() => translator(boardText, lang), [lang]);
  const state = useLiveState(client);
  const version = useDocVersion(client.doc);
  const peers = usePeers(client.provider.awareness);
  const undoState = useUndoState(client.undo);
  const comments = useBoardComments(boardId, joined);
  const { control, applyControl } = comments.comments;
  // Read (once the board is usable) whatever tab is open: the strip and every composer follow the
  // board's consultation round; until the first read they take it that there is none, and the
  // server refuses what a closed round does not take either way.
  const [consultation, setConsultation] = useState<ConsultationState | null>(null);
  const locked = control?.state.locked ?? false;
  // While a facilitator has locked the board the server drops everyone else's edits, so the
  // page offers none: a move made anyway would show here and nowhere else.
  const editable = canEdit(joined.role) && (!locked || joined.role === 'facilitator') && !state.stale;
  const readOnlyHint = canEdit(joined.role) ? t('lock.hint') : t('card.readOnly');
  // The projection is recomputed from the document on every update; `version` is the trigger.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the document's change count: the reading is redone when it moves.
  const projection = useMemo(() => readBoardDoc(client.doc, catalog), [client, version]);
  // Before the first sync the document is still empty; the title from the link check stands in.
  const shownTitle = state.synced ? projection.title : title || t('page.loading');
  const engine = useEngine(state.ready);
  // With many people dragging, the document changes several times a second; the cards follow
  // every change, the figures (the page's heaviest computation and render) at most every 400 ms.
  const settled = useCalm(projection, FIGURES_CALM_MS);
  const consequences = useMemo(
    () => (engine ? engine.computeConsequences(settled.allocation, engine.catalog, [], { custom: settled.custom, choices: settled.choices, bindings: settled.bindings }) : null),
    [engine, settled],
  );
  // The panel is the heaviest part of the page; it renders in the background after the board,
  // so cards can be moved at once and a drop never waits for the charts.
  const panel = useDeferredValue(consequences?.ok ? consequences.value : null, null);
  const labels = useMemo(() => columnLabels(projection.allocation.levels, lang), [projection, lang]);
  const proposalNames = useProposalNames(boardId, joined.token, comments.comments.threads, comments.focus?.anchor);
  const names = useMemo(() => anchorNames(projection, labels, lang, proposalNames), [projection, labels, lang, proposalNames]);
  const layout = useBoardLayout();
  const phone = layout.layout === 'phone';
  const { setOpen: setPanelOpen } = layout;
  // A badge opens the thread in the panel, so the panel opens too (collapsed, or a closed sheet).
  const badges = useMemo(
    () => ({
      ...comments.badges,
      open: (anchor: string) => {
        setPanelOpen(true);
        comments.badges.open(anchor);
      },
    }),
    [comments.badges, setPanelOpen],
  );
  const indicatorBadge = useCallback(
    (id: string, label: string) => (
      <CommentBadge name={label} summary={badges.summaries.get(`indicator:${id}`)} canComment={badges.canComment} lang={lang} onOpen={() => badges.open(`indicator:${id}`)} />
    ),
    [badges, lang],
  );
  const bindingToggle = useCallback(
    (pathway: string, name: string, bound: boolean) => <BindingToggle client={client} pathway={pathway} name={name} bound={bound} lang={lang} origin={LOCAL_ORIGIN} />,
    [client, lang],
  );

  const [openCard, setOpenCard] = useState<string | null>(null);
  const closeCard = useCallback(() => setOpenCard(null), []);
  const scroller = useRef<HTMLElement>(null);
  const publish = useViewPublisher(client.provider.awareness);
  const follow = useFollow({
    boardId,
    me: joined.participantId,
    awareness: client.provider.awareness,
    peers,
    request: control ? control.state.follow : undefined,
    publish,
    tab: comments.tab,
    setTab: comments.setTab,
    card: openCard,
    setCard: setOpenCard,
    scroller,
  });

  // A history entry shown read-only in place of the board; the document keeps syncing meanwhile.
  const [preview, setPreview] = useState<HistoryEntry | null>(null);
  // Parts the board can open without are rendered once it is usable, so their code is not part of its first load.
  // Not while offline: their code could not be fetched then, so they wait for the network.
  const [extrasDue, setExtrasDue] = useState(false);
  useEffect(
    () =>
      afterBoardUsable(() => {
        if (navigator.onLine) setExtrasDue(true);
        else window.addEventListener('online', () => setExtrasDue(true), { once: true });
      }),
    [],
  );
  const endPreview = useCallback(() => setPreview(null), []);
  const { announcement, arrived } = useMoveAnnouncements({ client, projection, synced: state.synced, names, labels, t });

  useEffect(() => {
    // A deleted board goes the same way: the link check then answers 410 and the page says the board is gone.
    if (state.closed && (state.closed.code === CLOSE.unauthorized || state.closed.code === CLOSE.forbidden || state.closed.code === CLOSE.deleted)) onRejected(state.closed);
  }, [state.closed, onRejected]);

  useUndoKeys(client.undo, editable);

  // What the page does without at first (the code of forms not opened yet, the offline shell) waits for this.
  const usable = state.synced && state.connection === 'connected' && state.saved === 'saved';
  useEffect(() => {
    if (usable) markBoardUsable();
  }, [usable]);

  // A refused edit means the board is locked although this page may not have heard so yet (a
  // slow or broken live feed): the lock is read at once, so the page stops offering edits.
  useEffect(() => {
    if (!dropped) return;
    let current = true;
    // The calls' code loads only for this; should it fail to load, the live feed brings the lock all the same.
    import('./workshop/workshop-api')
      .then(({ workshopApi }) => workshopApi(boardId, joined.token).read())
      .then((r) => current && r.ok && applyControl(r.value))
      .catch((error: unknown) => console.warn('board: could not read the lock after a refused edit', error));
    return () => {
      current = false;
    };
  }, [dropped, boardId, joined.token, applyControl]);

  return (
    <ConsultationContext value={consultation}>
      <div className={phone ? 'flex min-h-screen flex-col' : 'flex h-screen flex-col'}>
        <BoardToolbar
          title={shownTitle}
          state={state}
          peers={peers}
          me={joined}
          lang={lang}
          onLang={onLang}
          undo={{ canUndo: undoState.canUndo && editable, canRedo: undoState.canRedo && editable, undo: () => client.undo.undo(), redo: () => client.undo.redo() }}
          control={control}
          follow={{ following: follow.leader?.clientId ?? null, onFollow: follow.follow, onStop: follow.stop }}
          layout={layout.layout}
          compact={phone ? undefined : { on: layout.compact, onChange: layout.setCompact }}
          own={(className) => (extrasDue ? <OwnDataButton boardId={boardId} joined={joined} lang={lang} className={className} /> : null)}
          bell={(className) =>
            extrasDue ? (
              <NotificationBell
                boardId={boardId}
                joined={joined}
                lang={lang}
                signals={comments.comments.signals}
                label={(anchor) => labelAnchor(anchor, names, lang)}
                onOpen={(n) => {
                  setPanelOpen(true);
                  comments.openThread(n.threadId);
                }}
                className={className}
              />
            ) : null
          }
        />
        <DroppedNotice dropped={dropped} lang={lang} onDismiss={onDismissDropped} />
        {state.closed?.code === CLOSE.tooLarge || state.closed?.code === CLOSE.badContent ? (
          <ConnectionProblem closed={state.closed} facilitator={joined.role === 'facilitator'} lang={lang} onReload={onReload} onOpenClean={() => (comments.setTab('workshop'), setPanelOpen(true))} />
        ) : null}
        {locked ? <LockBanner locked facilitator={joined.role === 'facilitator'} lang={lang} /> : null}
        {follow.target ? <FollowBanner follow={follow} lang={lang} /> : null}
        {extrasDue ? <ConsultationReader boardId={boardId} token={joined.token} signals={comments.comments.signals} onState={setConsultation} /> : null}
        {consultation?.current ? <ConsultationStrip lang={lang} /> : null}
        {!canEdit(joined.role) ? (
          <p className="border-b border-amber-200 bg-amber-50 px-4 py-1 text-sm text-amber-900 max-sm:px-2 max-sm:py-0.5 max-sm:text-xs">{t('status.readOnly', { role: t(`role.${joined.role}`) })}</p>
        ) : null}
        {state.ready ? (
          <BoardFrame
            layout={layout}
            scroller={scroller}
            label={shownTitle}
            lang={lang}
            aside={
              <BoardAside
                state={comments}
                layout={layout}
                joined={joined}
                names={names}
                lang={lang}
                proposals={<ProposalsPanel boardId={boardId} joined={joined} client={client} projection={projection} lang={lang} comments={badges} canChangeBoard={editable} />}
                history={<HistoryPanel boardId={boardId} joined={joined} lang={lang} onPreview={setPreview} previewing={preview?.seq ?? null} />}
                workshop={<WorkshopPanel boardId={boardId} title={title || projection.title} joined={joined} lang={lang} control={control} onControl={applyControl} />}
                consequences={
                  <>
                    <h2 id="consequences-h" className="mb-3 text-xl font-semibold">
                      {t('panel.heading')}
                    </h2>
                    {panel && engine ? <ConsequencePanel consequences={panel} catalog={engine.catalog} lang={lang} commentSlot={indicatorBadge} bindingSlot={editable ? bindingToggle : undefined} /> : <p className="text-slate-500">{t('page.loading')}</p>}
                  </>
                }
              />
            }
          >
            {preview ? <HistoryPreviewBoard entry={preview} lang={lang} onBack={endPreview} /> : null}
            <div hidden={preview !== null}>
              {openCard ? (
                <CardDetails
                  card={openCard}
                  projection={projection}
                  consequences={consequences?.ok ? consequences.value : null}
                  labels={labels}
                  comments={badges}
                  lang={lang}
                  onClose={closeCard}
                />
              ) : null}
              <DndBoard
                client={client}
                projection={projection}
                consequences={consequences?.ok ? consequences.value : null}
                catalog={engine?.catalog ?? catalog}
                labels={labels}
                peers={peers}
                editable={editable}
                readOnlyHint={readOnlyHint}
                onDetails={setOpenCard}
                arrived={arrived}
                author={customCardAuthor(joined)}
                lang={lang}
                origin={LOCAL_ORIGIN}
                comments={badges}
                layout={layout.layout}
                compact={layout.compact}
              />
              {projection.repaired.length > 0 ? (
                <p className="mt-3 text-sm text-amber-800">{t('panel.repaired', { items: projection.repaired.join(', ') })}</p>
              ) : null}
            </div>
          </BoardFrame>
        ) : (
          <p role="status" className="p-6 text-lg text-slate-600">
            {state.closed
              ? t('status.closed', { reason: closeReason(state.closed.code, lang, state.closed.reason) })
              : state.retrying === CLOSE.loadFailed
                ? t('status.retrying')
                : t('page.loading')}
          </p>
        )}
        <div role="status" aria-live="polite" className="sr-only" data-testid="announcer">
          {announcement}
        </div>
      </div>
    </ConsultationContext>
  );
}
