import * as z from 'zod/mini';
import type { Thread } from '@/lib/comments';

/**
 * What this device has read, per thread: the creation time of the newest comment seen. Times
 * come from the server, so a device clock that is off cannot hide or resurface comments.
 */
export type Seen = Readonly<Record<string, string>>;

/** Unread comments in one thread, and whether one of them @mentions me. */
export type ThreadUnread = { count: number; mentionsMe: boolean };

const seenSchema = z.record(z.string(), z.string());

/** Per board and participant, so two people sharing a device keep their own marks. */
export const seenKey = (boardId: string, participantId: string) => `ansvarstavla:seen:${boardId}:${participantId}`;

/** The stored marks, or none when storage is empty, disabled or holds something else. */
export function loadSeen(key: string): Seen {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? seenSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : {};
  } catch {
    // Storage disabled or the value is not JSON: everything by others counts as unread.
    return {};
  }
}

/** Stores the marks; without storage they last as long as the page. */
export function saveSeen(key: string, seen: Seen): void {
  try {
    localStorage.setItem(key, JSON.stringify(seen));
  } catch {
    // Private mode or a full quota: the marks simply are not remembered.
  }
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : -Infinity);

/** The creation time of the newest comment in a thread, as the server wrote it. */
export function newestCommentAt(thread: Thread): string | null {
  let newest: string | null = null;
  for (const c of thread.comments) if (newest === null || time(c.createdAt) > time(newest)) newest = c.createdAt;
  return newest;
}

/** Comments by others, not removed, newer than the mark; my own comments are never unread. */
export function unreadOf(thread: Thread, seenAt: string | undefined, me: string): ThreadUnread {
  const since = time(seenAt);
  let count = 0;
  let mentionsMe = false;
  for (const c of thread.comments) {
    if (c.removedAt || c.author.participantId === me || time(c.createdAt) <= since) continue;
    count++;
    if (c.mentions.includes(me)) mentionsMe = true;
  }
  return { count, mentionsMe };
}

/** The marks after reading a thread; the same object when nothing changed, so React can skip a render. */
export function markRead(seen: Seen, thread: Thread): Seen {
  const newest = newestCommentAt(thread);
  if (!newest || time(seen[thread.id]) >= time(newest)) return seen;
  return { ...seen, [thread.id]: newest };
}
