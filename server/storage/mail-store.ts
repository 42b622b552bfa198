import type { Lang } from '@/lib/i18n';

/** A participant's email setting on one board. `confirmedAt` stays null until they followed the link sent to the address. */
export type MailAddress = {
  boardId: string;
  participantId: string;
  address: string;
  lang: Lang;
  instant: boolean;
  digest: boolean;
  confirmedAt: string | null;
  createdAt: string;
};

/** What an outbox row sends: a confirmation link, one notification's email, or a day's digest. */
export type OutboxKind = 'confirm' | 'event' | 'digest';

/** Whose messages: one participant on one board. */
export type OutboxOwner = { boardId: string; participantId: string };

/** A message to send, as queued. `key` is unique across the outbox: queueing the same key twice queues it once. */
export type OutboxEntry = { boardId: string; participantId: string; key: string; kind: OutboxKind; data: string; nextAt: string; createdAt: string };

/** A queued message claimed for sending, with how many times it has been claimed (this time included). */
export type OutboxRow = OutboxEntry & { seq: number; attempts: number };

/** How a message ended: sent, skipped (no confirmed address wants it any more) or given up after its last retry. */
export type OutboxOutcome = 'sent' | 'skipped' | 'failed';

/**
 * Email addresses and the durable send queue. Addresses are read only by the mail worker and by
 * their owner's own settings; no board read returns them. Rows are keyed by board, so deleting a
 * board deletes its addresses and queued mail.
 */
export interface MailStore {
  /** The participant's setting on the board, or null. */
  getAddress(boardId: string, participantId: string): Promise<MailAddress | null>;
  /** Sets (or replaces) the participant's setting. */
  setAddress(address: MailAddress): Promise<void>;
  /** Confirms the setting when it still holds `address`; false otherwise (changed or removed since the link was sent). */
  confirmAddress(boardId: string, participantId: string, address: string, at: string): Promise<boolean>;
  /** Removes the participant's setting; true when there was one. */
  removeAddress(boardId: string, participantId: string): Promise<boolean>;
  /** Every confirmed setting that asked for the daily digest, on every board. */
  digestReaders(): Promise<{ boardId: string; participantId: string }[]>;
  /** Queues a message; false when its key was queued before (sent or not), which then changes nothing. */
  enqueue(entry: OutboxEntry): Promise<boolean>;
  /**
   * Claims up to `limit` messages that are due at `now` and not claimed by anyone whose lease is
   * still running, until `leaseUntil`, counting an attempt on each. Atomic: two workers (two
   * instances) never claim the same row while its lease runs.
   */
  claim(now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]>;
  /** Ends a claimed message with its outcome. */
  finish(seq: number, outcome: OutboxOutcome, at: string): Promise<void>;
  /** Releases a claimed message to be tried again at `nextAt`, with why it failed (no address in it). */
  retryAt(seq: number, nextAt: string, error: string): Promise<void>;
  /**
   * Counts queued messages by outcome, unfinished as 'pending': every one (for metrics and tests),
   * or only those for one participant on one board (for their own data).
   */
  countOutbox(of?: OutboxOwner): Promise<Record<OutboxOutcome | 'pending', number>>;
  /** Erases a participant's setting and every message queued for them on the board. */
  eraseParticipant(boardId: string, participantId: string): Promise<void>;
}
