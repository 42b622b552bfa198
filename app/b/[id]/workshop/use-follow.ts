'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Follow } from '@/lib/control';
import { findLeader, followOnRequest, type FollowTarget, type Peer } from '@/lib/presence';
import { SIDE_TAB_IDS, type SideTabId } from '../shell/side-tab-ids';
import type { Awareness } from 'y-protocols/awareness';
import { usePeerView, type ViewPublisher } from '../use-live';

type Args = {
  boardId: string;
  /** This person's participant id: a facilitator's own request does not make them follow. */
  me: string;
  awareness: Awareness;
  peers: Peer[];
  /** The facilitator's request from the live controls; undefined until the controls arrive. */
  request: Follow | null | undefined;
  publish: ViewPublisher;
  tab: SideTabId;
  setTab: (tab: SideTabId) => void;
  card: string | null;
  setCard: (card: string | null) => void;
  /** The board's scrolling element. */
  scroller: RefObject<HTMLElement | null>;
};

/** Whom this page follows and who that is right now (null while they are away), with the ways to start and stop. */
export type FollowState = { target: FollowTarget | null; leader: Peer | null; follow: (peer: Peer) => void; stop: () => void };

const isTab = (tab: string): tab is SideTabId => (SIDE_TAB_IDS as readonly string[]).includes(tab);
const dismissedKey = (boardId: string) => `ansvarstavla:follow-dismissed:${boardId}`;

function readDismissed(boardId: string): string | null {
  try {
    return sessionStorage.getItem(dismissedKey(boardId));
  } catch {
    // Without storage a reload simply follows the standing request again.
    return null;
  }
}

function writeDismissed(boardId: string, participantId: string | null): void {
  try {
    if (participantId) sessionStorage.setItem(dismissedKey(boardId), participantId);
    else sessionStorage.removeItem(dismissedKey(boardId));
  } catch {
    // As above: the choice then lasts until the page reloads.
  }
}

/**
 * Follow: publishes this page's view, follows the facilitator's request (or a person picked from
 * the avatars) and mirrors the leader's tab, open card and scroll whenever they change. Stopping
 * during a request is remembered for this tab until the facilitator asks again.
 */
export function useFollow({ boardId, me, awareness, peers, request, publish, tab, setTab, card, setCard, scroller }: Args): FollowState {
  const [target, setTarget] = useState<FollowTarget | null>(null);
  const before = useRef<Follow | null | undefined>(undefined);

  useEffect(() => publish({ tab, card }), [publish, tab, card]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => publish({ scrollX: Math.max(0, el.scrollLeft), scrollY: Math.max(0, el.scrollTop) });
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [publish, scroller]);

  useEffect(() => {
    if (request === undefined) return;
    // On the first controls a request this tab already declined counts as seen, not as new.
    const seen = before.current === undefined ? (request && readDismissed(boardId) === request.participantId ? request : null) : before.current;
    before.current = request;
    if (!request) writeDismissed(boardId, null);
    setTarget((current) => followOnRequest(current, seen, request, me));
  }, [request, boardId, me]);

  const leader = target ? findLeader(peers, target) : null;
  const view = usePeerView(awareness, leader?.clientId ?? null);
  // usePeerView keeps the same object until the view really changes, so a re-render for anything
  // else (a drag, someone joining) does not undo the follower's own scrolling or tab choice.
  useEffect(() => {
    if (!view || !target) return;
    if (isTab(view.tab)) setTab(view.tab);
    setCard(view.card);
    // After the render that opens the tab or card, so the scroll lands on the final layout.
    requestAnimationFrame(() => scroller.current?.scrollTo({ left: view.scrollX, top: view.scrollY }));
  }, [view, target, setTab, setCard, scroller]);

  const follow = useCallback((peer: Peer) => {
    setTarget({ clientId: peer.clientId, participantId: peer.user.participantId ?? null, name: peer.user.name, requested: false });
  }, []);
  const stop = useCallback(() => {
    if (target?.requested && target.participantId) writeDismissed(boardId, target.participantId);
    setTarget(null);
  }, [boardId, target]);

  return { target, leader, follow, stop };
}
