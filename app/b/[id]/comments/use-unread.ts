'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Thread } from '@/lib/comments';
import { loadSeen, markRead, saveSeen, seenKey, unreadOf, type Seen, type ThreadUnread } from './unread';

/** Unread comments across the board, per thread, and a way to mark a thread read. */
export type UnreadState = {
  byThread: ReadonlyMap<string, ThreadUnread>;
  total: number;
  /** Whether an unread comment @mentions me, for the tab's separate marker. */
  mentionsMe: boolean;
  markSeen: (thread: Thread) => void;
};

/**
 * Read marks kept on this device (localStorage, per board and participant). Another tab of the
 * same board updates them too, through the storage event, so reading in one clears both.
 */
export function useUnread(boardId: string, me: string, threads: ReadonlyMap<string, Thread>): UnreadState {
  const key = seenKey(boardId, me);
  const [seen, setSeen] = useState<Seen>(() => (typeof window === 'undefined' ? {} : loadSeen(key)));

  useEffect(() => {
    setSeen(loadSeen(key));
    const onStorage = (e: StorageEvent) => {
      if (e.key === key) setSeen(loadSeen(key));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);

  // The latest marks for markSeen, which must not write storage from inside a state updater.
  const latest = useRef(seen);
  useEffect(() => {
    latest.current = seen;
  }, [seen]);
  const markSeen = useCallback(
    (thread: Thread) => {
      const next = markRead(latest.current, thread);
      if (next === latest.current) return;
      latest.current = next;
      saveSeen(key, next);
      setSeen(next);
    },
    [key],
  );

  return useMemo(() => {
    const byThread = new Map<string, ThreadUnread>();
    let total = 0;
    let mentionsMe = false;
    for (const t of threads.values()) {
      const u = unreadOf(t, seen[t.id], me);
      byThread.set(t.id, u);
      total += u.count;
      mentionsMe ||= u.mentionsMe;
    }
    return { byThread, total, mentionsMe, markSeen };
  }, [threads, seen, me, markSeen]);
}
