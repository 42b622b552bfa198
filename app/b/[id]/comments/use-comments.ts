'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Anchor, Participant, Stance, Thread } from '@/lib/comments';
import type { FeedEvent } from '@/lib/board-feed';
import type { ControlState } from '@/lib/control';
import type { Joined } from '../session';
import { receiveControl, type LiveControl } from '../workshop/clock';
import type { ApiResult } from '../shell/api';
import { commentsApi } from './comments-api';
import { createFeedSignals, type FeedSignals } from '../shell/feed-signals';
import { useBoardFeed, type FeedState } from '../shell/use-board-feed';
import { summariseAnchors, type AnchorSummary } from './summaries';

/** The calls that change threads; each applies the server's answer at once and reports it. */
export type CommentActions = {
  createThread: (anchor: Anchor, body: string, stance?: Stance) => Promise<ApiResult<Thread>>;
  reply: (threadId: string, body: string, stance?: Stance) => Promise<ApiResult<Thread>>;
  edit: (commentId: string, body: string) => Promise<ApiResult<Thread>>;
  remove: (commentId: string) => Promise<ApiResult<Thread>>;
  resolve: (threadId: string) => Promise<ApiResult<Thread>>;
  reopen: (threadId: string) => Promise<ApiResult<Thread>>;
};

/** A board's comment threads as this page knows them. */
export type CommentsState = {
  threads: ReadonlyMap<string, Thread>;
  participants: readonly Participant[];
  summaries: ReadonlyMap<string, AnchorSummary>;
  /** True once the first list or snapshot arrived, so "no threads" is not shown while loading. */
  loaded: boolean;
  feed: FeedState;
  actions: CommentActions;
  /** The facilitation controls (lock, timer, follow request) from the same feed; null until the first arrives. */
  control: LiveControl | null;
  /** Applies controls a facilitator's call answered, before the feed's echo of them. */
  applyControl: (state: ControlState) => void;
  /** The same feed's signals that proposals, rounds, groups or history changed, for the parts of the page that read them. */
  signals: FeedSignals;
};

/**
 * Threads and participants from the board's live feed (a full snapshot on every connect), which
 * also brings the controls and the other parts' change signals, plus one list call in case the feed is slow. Writes go over HTTP and their answer is
 * applied at once; the feed echoes the same thread later, and setting it again changes nothing.
 */
export function useComments(boardId: string, joined: Pick<Joined, 'token'>): CommentsState {
  const api = useMemo(() => commentsApi(boardId, joined.token), [boardId, joined.token]);
  const [threads, setThreads] = useState<ReadonlyMap<string, Thread>>(() => new Map());
  const [participants, setParticipants] = useState<readonly Participant[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [control, setControl] = useState<LiveControl | null>(null);
  const applyControl = useCallback((state: ControlState) => setControl((prev) => receiveControl(prev, state, Date.now())), []);
  // Once a snapshot arrived it is the truth; a slower list answer must not overwrite it.
  const snapshotSeen = useRef(false);
  const [signals] = useState(createFeedSignals);

  const apply = useCallback(
    (thread: Thread) => {
      if (thread.boardId !== boardId) return;
      // Last write wins: the feed delivers changes in the server's order, so a stale echo that
      // overtakes an HTTP answer is itself overtaken by the echo of that answer.
      setThreads((prev) => (prev.get(thread.id) === thread ? prev : new Map(prev).set(thread.id, thread)));
    },
    [boardId],
  );

  const onEvent = useCallback(
    (event: FeedEvent) => {
      if (event.type === 'snapshot') {
        snapshotSeen.current = true;
        setThreads(new Map(event.threads.filter((t) => t.boardId === boardId).map((t) => [t.id, t])));
        setParticipants(event.participants);
        if (event.control) applyControl(event.control);
        setLoaded(true);
        // Every connect starts with a snapshot; what changed while the feed was away must be read again.
        signals.connected();
      } else if (event.type === 'thread') apply(event.thread);
      else if (event.type === 'control') applyControl(event.control);
      else if (event.type === 'changed') signals.changed(event.change);
      else {
        const p = event.participant;
        setParticipants((prev) => [...prev.filter((q) => q.participantId !== p.participantId), p]);
      }
    },
    [apply, applyControl, boardId, signals],
  );
  const feed = useBoardFeed(boardId, joined.token, onEvent);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([api.listThreads(), api.listParticipants()]).then(([list, people]) => {
      if (cancelled) return;
      setLoaded(true);
      if (snapshotSeen.current) return;
      if (list.ok) setThreads((prev) => (prev.size > 0 ? prev : new Map(list.value.filter((t) => t.boardId === boardId).map((t) => [t.id, t]))));
      if (people.ok) setParticipants((prev) => (prev.length > 0 ? prev : people.value));
    });
    return () => {
      cancelled = true;
    };
  }, [api, boardId]);

  const actions = useMemo<CommentActions>(() => {
    const applied = (r: ApiResult<Thread>) => {
      if (r.ok) apply(r.value);
      return r;
    };
    return {
      createThread: (anchor, body, stance) => api.createThread(anchor, body, stance).then(applied),
      reply: (threadId, body, stance) => api.reply(threadId, body, stance).then(applied),
      edit: (commentId, body) => api.edit(commentId, body).then(applied),
      remove: (commentId) => api.remove(commentId).then(applied),
      resolve: (threadId) => api.resolve(threadId).then(applied),
      reopen: (threadId) => api.reopen(threadId).then(applied),
    };
  }, [api, apply]);

  const summaries = useMemo(() => summariseAnchors(threads.values()), [threads]);
  return { threads, participants, summaries, loaded, feed, actions, control, applyControl, signals };
}
