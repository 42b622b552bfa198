import type { BoardChange, BoardPart } from '@/lib/board-feed';

/**
 * What a reader of one part of the board hears from the live feed: that part changed, or the
 * feed (re)connected, after which anything may have changed while it was away.
 */
export type FeedSignal = { kind: 'changed'; change: BoardChange } | { kind: 'connected' };

/** The board feed's signals, passed on to whichever parts of the page read each part of the board. */
export type FeedSignals = {
  /** Calls `listener` with each signal for `part`; answers the function that stops it. */
  on(part: BoardPart, listener: (signal: FeedSignal) => void): () => void;
  /** Passes a `changed` event on to the readers of its part. */
  changed(change: BoardChange): void;
  /** Tells every reader that the feed has (re)connected. */
  connected(): void;
};

/** A hub with no readers yet; one per open feed. */
export function createFeedSignals(): FeedSignals {
  const listeners = new Map<BoardPart, Set<(signal: FeedSignal) => void>>();
  // A copy: a listener may stop itself (or another) while being told.
  const tell = (part: BoardPart, signal: FeedSignal) => {
    for (const l of [...(listeners.get(part) ?? [])]) l(signal);
  };
  return {
    on(part, listener) {
      let set = listeners.get(part);
      if (!set) listeners.set(part, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    changed: (change) => tell(change.part, { kind: 'changed', change }),
    connected() {
      for (const part of listeners.keys()) tell(part, { kind: 'connected' });
    },
  };
}
