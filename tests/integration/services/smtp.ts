import { SMTPServer } from 'smtp-server';
import { freePort } from './ports';

/** One message as the SMTP server received it: envelope recipients, headers (unfolded, lower-case names) and the decoded text. */
export type Received = { to: string[]; headers: Map<string, string>; raw: string; text: string };

/** Decodes quoted-printable (soft breaks and =XX escapes) as UTF-8. */
const decodeQp = (s: string): string =>
  Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** Decodes an RFC 2047 encoded-word header value (what a non-ASCII subject becomes). */
const decodeWords = (v: string): string =>
  v.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );

function parse(raw: string, to: string[]): Received {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).toLowerCase(), decodeWords(line.slice(at + 1).trim()));
  }
  return { to, headers, raw, text: decodeQp(raw.slice(split + 4)) };
}

/**
 * A real SMTP server (smtp-server) on a free loopback port that keeps every message it accepts.
 * `mode` decides what it does with the next ones: accept, refuse each recipient with a temporary
 * error, or hold each message `delayMs` before accepting it.
 */
export async function startSmtp() {
  const received: Received[] = [];
  const state = { mode: 'accept' as 'accept' | 'refuse', delayMs: 0, started: 0, refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.mode === 'refuse') {
        state.refused++;
        const error = Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      state.started++;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        setTimeout(() => {
          received.push(parse(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((r) => r.address)));
          callback();
        }, state.delayMs);
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** The messages received for one address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtp>>;
