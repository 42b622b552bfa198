import type { FeedEvent } from '@/lib/board-feed';
import type { KeyScope } from '@/lib/roles';

/** One open live feed: where its frames go, how to end it, and the key scope (role, or presenter) of the token that opened it. */
export type FeedSubscriber = { write(frame: string): void; close(): void; role: KeyScope };

/** A FeedEvent as one server-sent-events frame; JSON never holds a raw newline, so one data line suffices. */
export const eventFrame = (event: FeedEvent): string => `data: ${JSON.stringify(event)}\n\n`;

/** How feeds reach other server instances: what is published goes out, and a board with open feeds is held so its events come in. */
export type FeedSharing = { publish(boardId: string, event: FeedEvent): void; hold(boardId: string): Promise<() => void> };

/** What a service that changes a board needs of the feed: a way to tell every page on the board, here and on the other instances. */
export type FeedPublisher = Pick<BoardFeed, 'publish'>;

/**
 * In-memory fan-out of a board's live events (comments, controls, and the signals that a part of
 * the board changed) to the feeds open on each board. Each event is serialised once however many
 * subscribers there are. One instance per server process; with several instances, `share` links
 * it to the others.
 */
export class BoardFeed {
  private readonly boards = new Map<string, Set<FeedSubscriber>>();
  private sharing: FeedSharing | null = null;
  private readonly held = new Map<string, Promise<() => void>>();

  /** `onPublish` hears of every event published here (not those delivered from other instances): the board changed. */
  constructor(private readonly onPublish?: (boardId: string) => void) {}

  /** Sends every event published here to the other instances too, and delivers theirs to feeds open here. */
  share(sharing: FeedSharing): void {
    this.sharing = sharing;
  }

  /** Adds a subscriber to a board's feed; answers the function that removes it. */
  subscribe(boardId: string, subscriber: FeedSubscriber): () => void {
    let subs = this.boards.get(boardId);
    if (!subs) {
      this.boards.set(boardId, (subs = new Set()));
      if (this.sharing) this.held.set(boardId, this.sharing.hold(boardId));
    }
    subs.add(subscriber);
    return () => {
      subs.delete(subscriber);
      if (subs.size > 0 || this.boards.get(boardId) !== subs) return;
      this.boards.delete(boardId);
      void this.held.get(boardId)?.then((release) => release());
      this.held.delete(boardId);
    };
  }

  /** Sends an event to every feed open on the board, on this instance and the others. */
  publish(boardId: string, event: FeedEvent): void {
    this.onPublish?.(boardId);
    this.sharing?.publish(boardId, event);
    this.deliver(boardId, event);
  }

  /** Sends an event to the feeds open on the board on this instance only (one that came from another instance). */
  deliver(boardId: string, event: FeedEvent): void {
    const subs = this.boards.get(boardId);
    if (!subs) return;
    const frame = eventFrame(event);
    // A copy: a subscriber that falls behind closes itself, which removes it mid-iteration.
    for (const s of [...subs]) s.write(frame);
  }

  /** How many feeds are open on one board. */
  count(boardId: string): number {
    return this.boards.get(boardId)?.size ?? 0;
  }

  /** Ends the board's feeds opened with a token of `role` (a key scope), whose key was just rotated; answers how many. */
  closeRole(boardId: string, role: KeyScope): number {
    const ending = [...(this.boards.get(boardId) ?? [])].filter((s) => s.role === role);
    for (const s of ending) s.close();
    return ending.length;
  }

  /**
   * Ends the board's feeds here after events may have been lost between instances: each client
   * reconnects on its own (EventSource does) and starts from a fresh snapshot.
   */
  renew(boardId: string): void {
    for (const s of [...(this.boards.get(boardId) ?? [])]) s.close();
  }

  /** Ends every feed on the board here (it was deleted; a reconnect gets 410); answers how many. */
  closeBoard(boardId: string): number {
    const ending = [...(this.boards.get(boardId) ?? [])];
    for (const s of ending) s.close();
    return ending.length;
  }

  /** Ends every feed, e.g. when the server shuts down; clients reconnect to the next instance. */
  closeAll(): void {
    for (const subs of [...this.boards.values()]) for (const s of [...subs]) s.close();
    this.boards.clear();
    for (const held of this.held.values()) void held.then((release) => release());
    this.held.clear();
  }
}
