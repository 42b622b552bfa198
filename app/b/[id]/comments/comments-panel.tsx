'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { anchorKey, parseAnchorKey, type Anchor } from '@/lib/comments';
import { canComment as roleCanComment } from '@/lib/roles';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { inputSummaryText } from '@/lib/i18n/input-summary';
import { isErasedName } from '@/lib/own-data';
import { useComposerLock } from '../consultation/use-composer-lock';
import type { Joined } from '../session';
import { labelAnchor, type AnchorNames } from './anchor-names';
import { Composer } from './composer';
import { anchorOptions, knownPeople, visibleThreads } from './panel-model';
import { ThreadFilters, type ThreadFilter } from './thread-filters';
import { ThreadItem } from './thread-item';
import type { CommentsState } from './use-comments';
import type { UnreadState } from './use-unread';

// The input summary loads when first asked for, not with the threads.
const InputView = dynamic(() => import('./input-view').then((m) => m.InputView), { ssr: false });

/** A request to show one anchor's threads; `n` grows with each request so the same anchor can be asked for twice. */
export type CommentsFocus = { anchor: string; n: number; thread?: string };

type Props = {
  comments: CommentsState;
  unread: UnreadState;
  joined: Joined;
  names: AnchorNames;
  lang: Lang;
  /** Whether the comments tab is on screen. */
  visible: boolean;
  focus: CommentsFocus | null;
};

const BOARD: Anchor = { kind: 'board' };

/**
 * The comments tab: filters, a form for a new thread about the chosen anchor (the whole board
 * by default), and the threads, each opening in place. Viewers read everything and are told
 * why they cannot write.
 */
export function CommentsPanel({ comments, unread, joined, names, lang, visible, focus }: Props) {
  const t = translator(commentThreadsText, lang);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const [filter, setFilter] = useState<ThreadFilter>({ status: 'all', anchor: '', participant: '' });
  const [expanded, setExpanded] = useState<string | null>(null);
  const writer = roleCanComment(joined.role);
  const { threads, participants, actions } = comments;
  const [view, setView] = useState<'threads' | 'input'>('threads');
  const v = translator(inputSummaryText, lang);
  // A thread opened from the input view gets focus once its list item exists.
  const openedThread = useRef<string | null>(null);
  const openThread = (id: string) => {
    setView('threads');
    setFilter({ status: 'all', anchor: '', participant: '' });
    setExpanded(id);
    openedThread.current = id;
  };
  useEffect(() => {
    const id = openedThread.current;
    if (!id || view !== 'threads') return;
    openedThread.current = null;
    const button = heading.current?.closest('section')?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(id)}"] > button`);
    button?.focus();
    button?.scrollIntoView({ block: 'nearest' });
  });

  // Focus moves once the form for the new anchor exists: it is keyed by anchor, so the
  // textarea on screen when the request arrives is about to be replaced.
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!focus) return;
    // A notification (or a link to a thread) opens that thread among all threads, with focus on it.
    if (focus.thread) {
      setView('threads');
      setFilter({ status: 'all', anchor: '', participant: '' });
      setExpanded(focus.thread);
      openedThread.current = focus.thread;
      return;
    }
    setFilter((f) => ({ ...f, anchor: focus.anchor, status: 'all' }));
    setView('threads');
    setExpanded(null);
    pendingFocus.current = true;
  }, [focus]);
  useEffect(() => {
    if (!pendingFocus.current || filter.anchor !== focus?.anchor) return;
    pendingFocus.current = false;
    (composer.current ?? heading.current)?.focus();
  });

  const people = useMemo(() => knownPeople(participants, threads.values()), [participants, threads]);
  const mentionable = useMemo(() => participants.filter((p) => p.participantId !== joined.participantId && !isErasedName(p.name)), [participants, joined.participantId]);
  const anchors = useMemo(() => anchorOptions(threads.values(), names, filter.anchor, lang), [threads, names, filter.anchor, lang]);
  const list = useMemo(() => visibleThreads(threads.values(), filter, expanded), [threads, filter, expanded]);
  const target = (filter.anchor && filter.anchor !== 'board' ? parseAnchorKey(filter.anchor) : null) ?? BOARD;
  const lock = useComposerLock({ anchor: target }, lang);

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {t('panel.heading')}
      </h2>
      {!writer ? <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('panel.viewerNote')}</p> : null}
      {comments.feed === 'down' || comments.feed === 'reconnecting' ? (
        <p role="status" className="text-sm text-slate-600">
          {t('panel.feedDown')}
        </p>
      ) : null}
      <div role="group" aria-label={v('view.label')} className="inline-flex rounded border border-slate-300 text-sm">
        {(['threads', 'input'] as const).map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={view === k}
            onClick={() => setView(k)}
            className={`px-2 py-0.5 first:rounded-l last:rounded-r focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${view === k ? 'bg-slate-800 text-white' : 'hover:bg-slate-100'}`}
          >
            {v(`view.${k}`)}
          </button>
        ))}
      </div>
      {view === 'input' ? <InputView threads={threads} loaded={comments.loaded} names={names} lang={lang} token={joined.token} onOpen={openThread} /> : null}
      {/* Hidden rather than unmounted, so a draft in the composer survives a look at the input. */}
      <div hidden={view !== 'threads'} className="space-y-3">
      <ThreadFilters filter={filter} onChange={setFilter} anchors={anchors} people={people} lang={lang} />
      {writer ? (
        <div className="rounded border border-slate-200 bg-slate-50 p-2">
          <h3 className="mb-1 text-sm font-semibold">{t('composer.newHeading', { anchor: labelAnchor(target, names, lang) })}</h3>
          <Composer
            // A fresh form per anchor, so a draft about one card is not sent about another.
            key={anchorKey(target)}
            label={t('composer.newLabel')}
            submitLabel={t('composer.start')}
            participants={mentionable}
            lang={lang}
            textareaRef={composer}
            lock={lock}
            onSubmit={async (body, stance) => {
              const r = await actions.createThread(target, body, stance);
              if (r.ok) setExpanded(r.value.id);
              return r;
            }}
          />
        </div>
      ) : null}
      {list.length > 0 ? (
        <ul aria-label={t('thread.list')} className="space-y-2">
          {list.map(({ thread, activity }) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              label={labelAnchor(thread.anchor, names, lang)}
              unread={unread.byThread.get(thread.id) ?? { count: 0, mentionsMe: false }}
              expanded={expanded === thread.id}
              visible={visible && view === 'threads'}
              onToggle={() => setExpanded((e) => (e === thread.id ? null : thread.id))}
              markSeen={unread.markSeen}
              me={joined}
              participants={people}
              mentionable={mentionable}
              canComment={writer}
              actions={actions}
              lang={lang}
              lastActivity={new Date(activity).toISOString()}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{!comments.loaded ? t('panel.loading') : threads.size === 0 ? t('panel.empty') : t('panel.emptyFiltered')}</p>
      )}
      </div>
    </section>
  );
}
