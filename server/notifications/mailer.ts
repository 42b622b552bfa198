import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';

/** One message ready to go: the recipient, the text, and the headers (List-Unsubscribe and its one-click companion). */
export type Outgoing = { to: string; subject: string; text: string; html: string; headers: Record<string, string>; messageId: string };

/** What the send queue sends with; SMTP in the server, the same in tests (against a real SMTP server). */
export type Mailer = { send(message: Outgoing): Promise<void>; close(): void };

// Well under the queue's lease (mail-worker.ts), so a hung server fails the send before another
// instance may take the row over and send it a second time.
const TIMEOUT_MS = 30_000;

/** Sends through the SMTP server at `smtpUrl` (smtp:// or smtps://, credentials in the URL) as `from`. */
export function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS });
  return {
    async send(m) {
      await transport.sendMail({ from: settings.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}

/**
 * An address as logs show it: a short hash, so failures for one recipient can be told apart and
 * counted without the address itself reaching a log that others read.
 */
export const redactedAddress = (address: string): string => `addr:${createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 12)}`;

/** An error's message with anything that looks like an email address replaced by its hash (SMTP replies often quote it). */
export const redactedError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, (a) => redactedAddress(a)).slice(0, 300);
