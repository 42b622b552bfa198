'use client';
import { useEffect, useRef, useState } from 'react';
import type { FeedEvent } from '@/lib/board-feed';
import { parseFeedEvent } from './feed-event';
import { openFeed } from './feed-stream';

/** Whether live updates arrive: connecting at first, live, or down (the page retries). */
export type FeedState = 'connecting' | 'live' | 'reconnecting' | 'down';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * The board's one live feed (server-sent events): comments, controls and the signals that
 * proposals, rounds, groups or history changed all arrive on it, each connect starting with a
 * full snapshot. A dropped stream is picked up again, a refused one (an HTTP error) too, both
 * with a growing pause. `onEvent` receives every event that parses; it may change between
 * renders without reopening the stream.
 */
export function useBoardFeed(boardId: string, token: string, onEvent: (event: FeedEvent) => void): FeedState {
  const [state, setState] = useState<FeedState>('connecting');
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    const open = () => {
      stop = openFeed(`/api/boards/${encodeURIComponent(boardId)}/events`, token, {
        onOpen: () => {
          delay = FIRST_RETRY_MS;
          setState('live');
        },
        onData: (data) => {
          const event = parseFeedEvent(data);
          if (event) handler.current(event);
        },
        onEnd: (refused, status) => {
          setState(refused ? 'down' : 'reconnecting');
          // The board was deleted: asking again would only hear that again. The socket's close tells the page.
          if (status === 410) return;
          timer = setTimeout(open, delay);
          delay = Math.min(delay * 2, MAX_RETRY_MS);
        },
      });
    };
    open();
    return () => {
      clearTimeout(timer);
      stop?.();
    };
  }, [boardId, token]);
  return state;
}
