'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Allocation } from '@/lib/allocation';
import type { LiveClient } from '../live-client';
import { peersOf } from '../use-live';
import { movedCards, moversOf, placementsOf, type Move, type Mover } from './latest-move';
import { presenterApi } from './presenter-api';

/** The latest change seen: the cards it moved and, once known, who moved them (null: not yet known). */
export type LatestMove = { id: number; moves: Move[]; movers: Mover[] | null };

// Long enough for a room to find the card after hearing the caption, short enough not to hide the next one.
const OUTLINE_MS = 8000;
// The server records a burst of moves 0.4 s after it ends, and at the latest 2 s into a long one.
const LOOKUP_AT_MS = [700, 1500, 3000, 6000];
// A drag seen in presence names its mover only if the card landed soon after.
const DRAG_FRESH_MS = 15_000;

type Args = { client: LiveClient; allocation: Allocation; synced: boolean; boardId: string; token: string };

/**
 * The latest card moves on the board and who made them. A move shows at once; its mover comes
 * from the dragger's presence when the card was dragged, otherwise from the board's history
 * once the server has recorded it (the document itself does not say who wrote what).
 */
export function useLatestMove({ client, allocation, synced, boardId, token }: Args): { latest: LatestMove | null; outlined: ReadonlySet<string> } {
  const api = useMemo(() => presenterApi(boardId, token), [boardId, token]);
  const [latest, setLatest] = useState<LatestMove | null>(null);
  const [outlined, setOutlined] = useState<ReadonlySet<string>>(new Set());
  const previous = useRef<Map<string, string> | null>(null);
  const count = useRef(0);
  // The history entry a mover was last read from: a later move must be named by a later entry.
  const lastSeq = useRef(0);
  const draggers = useRef(new Map<string, { mover: Mover; at: number }>());

  // Noted as presence changes arrive: a drag may start and end between two renders.
  useEffect(() => {
    const { awareness } = client.provider;
    const note = () => {
      for (const p of peersOf(awareness)) if (p.drag) draggers.current.set(p.drag.card, { mover: { name: p.user.name, organisation: p.user.organisation }, at: Date.now() });
    };
    awareness.on('change', note);
    return () => awareness.off('change', note);
  }, [client]);

  useEffect(() => {
    const now = placementsOf(allocation);
    const before = previous.current;
    // Until the first sync the document fills from the server; nothing "moved".
    previous.current = synced ? now : null;
    if (!before) return;
    const moves = movedCards(before, now);
    if (moves.length === 0) return;
    const dragged = draggers.current.get(moves[0]!.card);
    const movers = dragged && Date.now() - dragged.at < DRAG_FRESH_MS ? [dragged.mover] : null;
    setLatest({ id: ++count.current, moves, movers });
    setOutlined(new Set(moves.map((m) => m.card)));
  }, [allocation, synced]);

  useEffect(() => {
    if (outlined.size === 0) return;
    const timer = setTimeout(() => setOutlined(new Set()), OUTLINE_MS);
    return () => clearTimeout(timer);
  }, [outlined]);

  useEffect(() => {
    if (!latest || latest.movers) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (attempt: number) => {
      const answer = await api.lastChange();
      if (cancelled) return;
      const entry = answer.ok ? answer.value : null;
      const movers = entry && entry.seq > lastSeq.current ? moversOf(entry, latest.moves) : null;
      if (entry && movers) {
        lastSeq.current = entry.seq;
        setLatest((l) => (l?.id === latest.id ? { ...l, movers } : l));
        return;
      }
      const next = LOOKUP_AT_MS[attempt + 1];
      if (next !== undefined) timer = setTimeout(() => void ask(attempt + 1), next - LOOKUP_AT_MS[attempt]!);
    };
    timer = setTimeout(() => void ask(0), LOOKUP_AT_MS[0]);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, latest]);

  return { latest, outlined };
}
