'use client';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { z } from 'zod';
import { historyEntrySchema, MAX_HISTORY_PAGE, type HistoryEntry } from '@/lib/history';
import { call, type ApiProblem } from '../shell/api';
import { coalesced } from '../shell/coalesced';
import { usePartSignals } from '../shell/use-part-signals';

const answerSchema = z.object({ entries: z.array(historyEntrySchema) });

/** The board's history as fetched so far (oldest first), whether the first load is done, and the last failure, if any. */
export type HistoryState = { entries: HistoryEntry[]; loaded: boolean; problem: ApiProblem | null; refresh: () => void };

/**
 * Fetches the history once `panel` is on screen, then only what is new (by sequence number), page
 * by page, each time the live feed says an entry was recorded or has reconnected. While people
 * drag, entries land every second or two: such a burst costs one fetch in flight and one after it.
 */
export function useHistory(boardId: string, token: string, panel: RefObject<HTMLElement | null>): HistoryState {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const last = useRef(0);

  // One fetch at a time: two at once would both append the same entries.
  const fetchNew = useMemo(
    () =>
      coalesced(async () => {
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
      }),
    [boardId, token],
  );

  const refresh = useCallback(() => void fetchNew(), [fetchNew]);
  usePartSignals('history', panel, refresh);
  return { entries, loaded, problem, refresh };
}
