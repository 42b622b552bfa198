import { createHash } from 'node:crypto';
import { latestDigest } from '@/lib/digest-time';
import type { MailSettings } from '../config';
import type { Secret } from '../auth/key-ring';
import type { Logger } from '../log';
import type { OutboxRow } from '../storage/mail-store';
import type { Stores } from '../storage/stores';
import { confirmMail, digestMail, eventMail, threadLink, type MailText } from './mail-text';
import { addressHash, signMailToken } from './mail-token';
import { redactedAddress, redactedError, type Mailer, type Outgoing } from './mailer';

/** What the send queue's worker needs. `clock` is the time it goes by (queue due times, the digest hour); tests set it. */
export type MailWorkerDeps = {
  stores: Pick<Stores, 'mail' | 'notifications' | 'boards'>;
  mailer: Mailer;
  settings: MailSettings;
  secret: Secret;
  log: Logger;
  clock: () => Date;
};

// A claimed row is this worker's for this long. A send times out well before (mailer.ts), so a
// live worker always finishes or releases its rows in time; a crashed one's rows come back after it.
const LEASE_MS = 5 * 60_000;
// Eleven tries with doubling waits span about a day at the default first wait of a minute.
const MAX_ATTEMPTS = 11;
const MAX_WAIT_MS = 6 * 60 * 60_000;
const BATCH = 10;

/** The queue row's message, or null when it is no longer wanted (address gone, unconfirmed or turned off; nothing to say). */
type Built = { to: string; mail: MailText; unsubscribe: string | null } | null;

/**
 * Works the durable send queue in this process: claims due rows under a lease, sends each through
 * the mailer, and marks it sent, skipped, or to be retried later with a doubling wait. Also puts
 * each day's digests in the queue once the digest hour has passed. Runs on start (picking up what
 * an earlier process left unsent), on every nudge, and every MAIL_POLL_MS.
 */
export function startMailWorker(deps: MailWorkerDeps) {
  const { stores, settings, log } = deps;
  const host = new URL(settings.publicUrl).hostname;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let digestDone: string | null = null;

  const unsubscribeLink = (row: Pick<OutboxRow, 'boardId' | 'participantId'>, address: string) =>
    `${settings.publicUrl}/api/mail/unsubscribe?t=${signMailToken(deps.secret, 'unsubscribe', { boardId: row.boardId, participantId: row.participantId, addressHash: addressHash(address) })}`;

  async function build(row: OutboxRow, board: string): Promise<Built> {
    const address = await stores.mail.getAddress(row.boardId, row.participantId);
    if (!address) return null;
    const data = JSON.parse(row.data) as { h?: string; notification?: string; from?: string; to?: string };
    if (row.kind === 'confirm') {
      // A confirmation is for the address it was asked for; one replaced since gets its own.
      if (address.confirmedAt || data.h !== addressHash(address.address)) return null;
      const token = signMailToken(deps.secret, 'confirm', { boardId: row.boardId, participantId: row.participantId, addressHash: data.h }, Math.floor(deps.clock().getTime() / 1000));
      return { to: address.address, mail: confirmMail(address.lang, board, `${settings.publicUrl}/api/mail/confirm?t=${token}`), unsubscribe: null };
    }
    if (!address.confirmedAt) return null;
    const unsubscribe = unsubscribeLink(row, address.address);
    if (row.kind === 'event') {
      if (!address.instant || !data.notification) return null;
      const n = await stores.notifications.getNotification(row.boardId, row.participantId, data.notification);
      if (!n) return null;
      return { to: address.address, mail: eventMail(address.lang, board, n, { thread: threadLink(settings.publicUrl, row.boardId, n.threadId), unsubscribe }), unsubscribe };
    }
    if (!address.digest || !data.from || !data.to) return null;
    const list = await stores.notifications.notificationsBetween(row.boardId, row.participantId, data.from, data.to);
    if (list.length === 0) return null;
    return { to: address.address, mail: digestMail(address.lang, board, list, { thread: (id) => threadLink(settings.publicUrl, row.boardId, id), unsubscribe }), unsubscribe };
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const at = () => deps.clock().toISOString();
    let to: string | null = null;
    try {
      const board = await stores.boards.getBoard(row.boardId);
      const built = board ? await build(row, board.title) : null;
      if (!built) return await stores.mail.finish(row.seq, 'skipped', at());
      to = built.to;
      const message: Outgoing = {
        to: built.to,
        ...built.mail,
        // The same id on every try: a receiver that got a send whose acknowledgement was lost can tell the retry is the same message.
        messageId: `<${createHash('sha256').update(row.key).digest('hex').slice(0, 32)}@${host}>`,
        headers: built.unsubscribe ? { 'List-Unsubscribe': `<${built.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      };
      await deps.mailer.send(message);
      await stores.mail.finish(row.seq, 'sent', at());
      log('mail-sent', { board: row.boardId, kind: row.kind, to: redactedAddress(built.to), attempt: row.attempts });
    } catch (error) {
      const reason = redactedError(error);
      const last = row.attempts >= MAX_ATTEMPTS;
      log('mail-send-failed', { board: row.boardId, kind: row.kind, to: to && redactedAddress(to), attempt: row.attempts, final: last, error: reason }, last ? 'error' : 'warn');
      if (last) await stores.mail.finish(row.seq, 'failed', at());
      else await stores.mail.retryAt(row.seq, new Date(deps.clock().getTime() + Math.min(settings.retryMs * 2 ** (row.attempts - 1), MAX_WAIT_MS)).toISOString(), reason);
    }
  }

  /** Queues the latest digest for every reader who has something in it; its key makes a second queueing (another instance, a restart) a no-op. */
  async function queueDigests(): Promise<void> {
    const digest = latestDigest(deps.clock(), settings.digestHour);
    if (digest.day === digestDone) return;
    const [from, to, now] = [digest.from.toISOString(), digest.to.toISOString(), deps.clock().toISOString()];
    for (const r of await stores.mail.digestReaders()) {
      if ((await stores.notifications.notificationsBetween(r.boardId, r.participantId, from, to)).length === 0) continue;
      const key = `digest:${r.boardId}:${r.participantId}:${digest.day}`;
      await stores.mail.enqueue({ boardId: r.boardId, participantId: r.participantId, key, kind: 'digest', data: JSON.stringify({ from, to }), nextAt: now, createdAt: now });
    }
    digestDone = digest.day;
  }

  async function run(): Promise<void> {
    await queueDigests();
    while (!stopped) {
      const now = deps.clock();
      const rows = await stores.mail.claim(now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString(), BATCH);
      if (rows.length === 0) return;
      for (const row of rows) await deliver(row);
    }
  }

  /** Starts a run now, or right after the one under way. */
  function nudge(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = run()
      .catch((error: unknown) => log('mail-queue-failed', { error: redactedError(error) }, 'error'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void nudge();
        }
      });
    return running;
  }

  const timer = setInterval(() => void nudge(), settings.pollMs);
  timer.unref();
  void nudge();

  return {
    nudge,
    /** Resolves once no run is under way or asked for: what was due has been tried. */
    async settled(): Promise<void> {
      while (running) await running;
    },
    /** Stops polling and waits for the send under way, so no row is left claimed by a process that is gone. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
      deps.mailer.close();
    },
  };
}

/** The send queue's worker; see startMailWorker. */
export type MailWorker = ReturnType<typeof startMailWorker>;
