'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { z } from 'zod';
import { historyEntrySchema, MAX_HISTORY_PAGE, type HistoryEntry } from '@/lib/history';
import { call, type ApiProblem } from '../comments/comments-api';

const answerSchema = z.object({ entries: z.array(historyEntrySchema) });

/** How often the open history tab asks for new entries; the server records a burst of edits within a second or two. */
const POLL_MS = 5000;

/** The board's history as fetched so far (oldest first), whether the first load is done, and the last failure, if any. */
export type HistoryState = { entries: HistoryEntry[]; loaded: boolean; problem: ApiProblem | null; refresh: () => void };

/**
 * Fetches the history once, then only what is new (by sequence number), page by page. Polls
 * while `panel` is on screen and the page is visible; a hidden tab or window costs nothing.
 */
export function useHistory(boardId: string, token: string, panel: RefObject<HTMLElement | null>): HistoryState {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const last = useRef(0);
  const busy = useRef(false);

  const fetchNew = useCallback(async () => {
    // One fetch at a time: a slow answer and the next tick must not both append the same entries.
    if (busy.current) return;
    busy.current = true;
    try {
      for (;;) {
        const url = `/api/boards/${encodeURIComponent(boardId)}/history?after=${last.current}&limit=${MAX_HISTORY_PAGE}`;
        const answer = await call(answerSchema, token, url);
        if (!answer.ok) return setProblem(answer.problem);
        const fresh = answer.value.entries.filter((e) => e.seq > last.current);
        if (fresh.length > 0) {
          last.current = fresh[fresh.length - 1]!.seq;
          setEntries((before) => [...before, ...fresh]);
        }
        setProblem(null);
        setLoaded(true);
        if (answer.value.entries.length < MAX_HISTORY_PAGE) return;
      }
    } finally {
      busy.current = false;
    }
  }, [boardId, token]);

  useEffect(() => {
    void fetchNew();
    const timer = setInterval(() => {
      // A panel in a hidden tab has no layout box; offsetParent is then null.
      if (document.visibilityState === 'visible' && panel.current?.offsetParent) void fetchNew();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [fetchNew, panel]);

  const refresh = useCallback(() => void fetchNew(), [fetchNew]);
  return { entries, loaded, problem, refresh };
}
