import { randomBytes } from 'node:crypto';
import type { EmailSettings, EmailSettingsInput } from '@/lib/notifications';
import { err, ok, type Result } from '@/lib/result';
import type { Secret } from '../auth/key-ring';
import { RateLimit } from '../comments/rate-limit';
import type { Stores } from '../storage/stores';
import { addressHash, verifyMailToken } from './mail-token';

/** What email settings need: the stores, the secret that signs links, a clock, and the send queue (null when email is off). */
export type EmailSettingsDeps = {
  stores: Pick<Stores, 'mail'>;
  secret: Secret;
  clock: () => Date;
  mail: { nudge(): unknown } | null;
};

/** Why an email setting was refused. */
export type EmailRefusal = { status: 404 | 429; message: string; retryAfterSeconds?: number };

// Each confirmation goes to an address someone typed: a few an hour per participant stops the
// form from being used to flood someone else's inbox.
const CONFIRMATIONS_PER_HOUR = 5;

/**
 * A participant's email setting on a board, and the two links emails carry: confirming an address
 * and unsubscribing. Only the participant's own token reads or changes the setting; the links act
 * through their signed value alone, since they are opened from a mailbox, not the board.
 */
export function createEmailSettings(deps: EmailSettingsDeps) {
  const { stores } = deps;
  const confirmations = new RateLimit(CONFIRMATIONS_PER_HOUR, 60 * 60_000);
  const now = () => deps.clock().toISOString();

  return {
    /** The caller's own setting, whether email is on at all, and `suggested` (from their sign-in) when they have none. */
    async read(boardId: string, participantId: string, suggested: string | null): Promise<EmailSettings> {
      const a = deps.mail ? await stores.mail.getAddress(boardId, participantId) : null;
      return {
        available: deps.mail !== null,
        setting: a && { address: a.address, lang: a.lang, instant: a.instant, digest: a.digest, confirmed: a.confirmedAt !== null },
        suggested: deps.mail && !a ? suggested : null,
      };
    },

    /**
     * Saves the caller's setting. The same confirmed address keeps its confirmation (only the
     * choices change); a new address is unconfirmed, and a confirmation link is queued to it.
     */
    async save(boardId: string, participantId: string, input: EmailSettingsInput): Promise<Result<{ confirmationSent: boolean }, EmailRefusal>> {
      if (!deps.mail) return err([{ status: 404, message: 'this server does not send email: SMTP_URL and MAIL_FROM are not set' }]);
      const current = await stores.mail.getAddress(boardId, participantId);
      const same = current !== null && addressHash(current.address) === addressHash(input.address);
      const keep = same && current.confirmedAt !== null;
      if (!keep) {
        const wait = confirmations.take(`${boardId}\n${participantId}`);
        if (wait > 0) return err([{ status: 429, message: `too many confirmation emails; try again in ${Math.ceil(wait / 60_000)} min`, retryAfterSeconds: Math.ceil(wait / 1000) }]);
      }
      await stores.mail.setAddress({ boardId, participantId, address: input.address, lang: input.lang, instant: input.instant, digest: input.digest, confirmedAt: keep ? current.confirmedAt : null, createdAt: now() });
      if (keep) return ok({ confirmationSent: false });
      const at = now();
      const key = `confirm:${boardId}:${participantId}:${randomBytes(9).toString('base64url')}`;
      await stores.mail.enqueue({ boardId, participantId, key, kind: 'confirm', data: JSON.stringify({ h: addressHash(input.address) }), nextAt: at, createdAt: at });
      deps.mail.nudge();
      return ok({ confirmationSent: true });
    },

    /** Removes the caller's setting (and so their address); true when there was one. */
    remove: (boardId: string, participantId: string): Promise<boolean> => stores.mail.removeAddress(boardId, participantId),

    /** Confirms the address a confirmation link names; false when the link is bad, expired, or the address changed since. */
    async confirm(token: unknown): Promise<boolean> {
      const claim = verifyMailToken(deps.secret, 'confirm', token, Math.floor(deps.clock().getTime() / 1000));
      if (!claim) return false;
      const a = await stores.mail.getAddress(claim.boardId, claim.participantId);
      if (!a || addressHash(a.address) !== claim.addressHash) return false;
      return a.confirmedAt !== null || stores.mail.confirmAddress(claim.boardId, claim.participantId, a.address, now());
    },

    /**
     * Removes the setting an unsubscribe link names, address and all: nothing more is sent. True
     * when the link is genuine (whether or not the setting was still there: unsubscribing twice is fine).
     */
    async unsubscribe(token: unknown): Promise<boolean> {
      const claim = verifyMailToken(deps.secret, 'unsubscribe', token);
      if (!claim) return false;
      const a = await stores.mail.getAddress(claim.boardId, claim.participantId);
      if (a && addressHash(a.address) === claim.addressHash) await stores.mail.removeAddress(claim.boardId, claim.participantId);
      return true;
    },
  };
}

/** A server's email settings; see createEmailSettings. */
export type EmailSettingsService = ReturnType<typeof createEmailSettings>;
