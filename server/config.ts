import { z } from 'zod';
import path from 'node:path';

/** The only reader of process.env: every setting the server takes, parsed and defaulted here. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  BOARD_SECRET: z.string().optional(),
  /** Earlier values of BOARD_SECRET, newest first, comma-separated: links they signed keep working. */
  BOARD_SECRET_PREVIOUS: z.string().optional(),
  /** The secret participant ids are derived with; defaults to the oldest of BOARD_SECRET(_PREVIOUS). */
  BOARD_SECRET_PARTICIPANT_IDS: z.string().optional(),
  SKIP_BUILD: z.enum(['0', '1']).default('0'),
  /**
   * 1 (set by `npm run serve`) serves only the bundle `npm run build` made: no finished build
   * stops start-up with what to run, and a stale one is warned about, never rebuilt. A production
   * host then never compiles at start (slow, needs dev tooling and memory) nor serves a half-built bundle.
   */
  PREBUILT: z.enum(['0', '1']).default('0'),
  /** 0 runs only the API and sync endpoint, e.g. as a separate sync process. */
  SERVE_APP: z.enum(['0', '1']).default('1'),
  LOG: z.enum(['json', 'silent']).default('json'),
  MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_DOC_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(200),
  MAX_PEERS_PER_BOARD: z.coerce.number().int().positive().default(500),
  COMPACT_AFTER: z.coerce.number().int().positive().default(1000),
  UNLOAD_AFTER_MS: z.coerce.number().int().nonnegative().default(5000),
  /** After SIGTERM, how long readiness answers 503 while everything still serves, before the server closes (SIGINT closes at once). */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().nonnegative().max(600_000).default(0),
  /** Switches storage from the embedded SQLite file to PostgreSQL (postgres://user:pass@host/db). */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  /** Turns on fan-out between instances through Redis (redis://host:port). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** Comments (new threads, replies and edits) one participant may write per minute. */
  COMMENTS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Comments a board may hold, removed ones included. */
  MAX_COMMENTS_PER_BOARD: z.coerce.number().int().positive().default(5000),
  /** Comments all participants joined from one network address may write per minute on a board (rejoining does not reset it). */
  COMMENTS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().positive().default(120),
  /** Presence updates one connection may send per second; more are dropped and counted, not relayed. */
  PRESENCE_PER_SECOND: z.coerce.number().int().positive().default(20),
  /** Bytes one presence state may take (as JSON); a larger state is dropped and counted. */
  MAX_PRESENCE_BYTES: z.coerce.number().int().positive().default(2048),
  /**
   * How long presence changes on a board gather before they go out as one frame to every peer
   * (and one message to the other instances); 0 sends each change at once. 50 ms is 20 frames a
   * second, above the page's 10 Hz drag updates; beyond a second, moving cursors look broken.
   */
  PRESENCE_TICK_MS: z.coerce.number().int().nonnegative().max(1000).default(50),
  /** How often the server pings every socket; one that has not answered by the next ping is closed. */
  HEARTBEAT_MS: z.coerce.number().int().positive().default(25_000),
  /** Joins per minute on one board from one network address, and through one link (role and key version). */
  JOINS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().positive().default(60),
  JOINS_PER_MINUTE_PER_LINK: z.coerce.number().int().positive().default(600),
  /** Participants one board may have in all (every join counts once; rejoining with the device's grant does not). */
  MAX_PARTICIPANTS_PER_BOARD: z.coerce.number().int().positive().default(2000),
  /** Boards one network address may create per hour. */
  BOARDS_PER_HOUR_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  /** When set, creating a board takes this key (the start form asks for it); unset, anyone who reaches the server may. */
  CREATE_KEY: z.string().min(8, 'must be at least 8 characters').max(1000).optional(),
  /** Browser origins allowed to open the sync socket and call the API, comma-separated; the server's own origin always is. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** 1 when a reverse proxy sets X-Forwarded-For: the address limits then count its last entry, not the proxy. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Boards unchanged for this many days are deleted, with everything in them (see docs/operations.md); 0, the default, keeps boards until a facilitator deletes them. */
  RETENTION_DAYS: z.coerce.number().int().nonnegative().max(36_500).default(0),
  /** Sign-in with OpenID Connect: all three of issuer, client id and secret, or none (sign-in off). */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The ID token or userinfo claim that names the person's organisation; without it the organisation is left empty. */
  OIDC_ORG_CLAIM: z.string().min(1).default('organization'),
  /** How long a sign-in lasts before the person must sign in again. */
  OIDC_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  /** Email notifications: the SMTP server (smtp:// or smtps://, user and password in the URL) and the sender; both, or none (email off). */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).max(320).optional(),
  /** The hour (0–23, Norwegian time) the daily digest goes out. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** How long a failed email waits before its first retry; each later retry waits twice as long as the one before. */
  MAIL_RETRY_MS: z.coerce.number().int().positive().max(86_400_000).default(60_000),
  /** How often the send queue is looked at for retries that have come due and for the digest hour. */
  MAIL_POLL_MS: z.coerce.number().int().positive().max(3_600_000).default(15_000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file every server and CLI process of this data directory shares. */
  databaseFile: string;
  /** PostgreSQL instead of the SQLite file, when set. */
  databaseUrl: string | undefined;
  /** Redis for fan-out between instances, when set. */
  redisUrl: string | undefined;
  publicUrl: string | undefined;
  boardSecret: string | undefined;
  /** Older secrets that still verify, and the one participant ids come from (see server/auth/secret.ts). */
  boardSecrets: { previous: string[]; participantIds: string | undefined };
  skipBuild: boolean;
  /** Serve only a finished build and never build (PREBUILT=1). */
  prebuilt: boolean;
  serveApp: boolean;
  log: 'json' | 'silent';
  limits: {
    maxMessageBytes: number;
    maxDocBytes: number;
    messagesPerSecond: number;
    maxPeersPerBoard: number;
    bufferWatermark: number;
    presencePerSecond: number;
    maxPresenceBytes: number;
    presenceTickMs: number;
    heartbeatMs: number;
  };
  /** Who may join a board how often, and how many may have joined it. */
  joins: { perAddressPerMinute: number; perLinkPerMinute: number; maxParticipantsPerBoard: number };
  boardsPerHourPerAddress: number;
  /** The key creating a board takes, when set. */
  createKey: string | undefined;
  /** Origins other than the server's own that browsers may call from (scheme://host[:port]). */
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Sign-in with OpenID Connect; null when off (every identity is then self-declared). */
  oidc: OidcSettings | null;
  /** Days a board may go unchanged before it is deleted; 0 for never. */
  retentionDays: number;
  compactAfter: number;
  unloadAfterMs: number;
  shutdownDrainMs: number;
  comments: { perMinute: number; maxPerBoard: number; perAddressPerMinute: number };
  /** Email notifications; null when off (SMTP_URL and MAIL_FROM unset). */
  mail: MailSettings | null;
  root: string;
};

/** Parses the environment; a bad value stops start-up with the field that is wrong. */
export function loadConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${fields}`);
  }
  const e = parsed.data;
  // Instances behind one load balancer must all accept each other's links.
  if ((e.DATABASE_URL || e.REDIS_URL) && !e.BOARD_SECRET) {
    throw new Error('invalid environment: BOARD_SECRET: required with DATABASE_URL or REDIS_URL, so every instance signs and checks links with the same secret');
  }
  // Without BOARD_SECRET the ring comes from secret.key; older secrets here would be ignored unseen.
  if ((e.BOARD_SECRET_PREVIOUS || e.BOARD_SECRET_PARTICIPANT_IDS) && !e.BOARD_SECRET) {
    throw new Error('invalid environment: BOARD_SECRET: required with BOARD_SECRET_PREVIOUS or BOARD_SECRET_PARTICIPANT_IDS');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(root, e.DATA_DIR),
    databaseFile: path.resolve(root, e.DATA_DIR, 'boards.sqlite'),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL,
    boardSecret: e.BOARD_SECRET,
    boardSecrets: { previous: (e.BOARD_SECRET_PREVIOUS ?? '').split(',').map((s) => s.trim()).filter(Boolean), participantIds: e.BOARD_SECRET_PARTICIPANT_IDS || undefined },
    skipBuild: e.SKIP_BUILD === '1',
    prebuilt: e.PREBUILT === '1',
    serveApp: e.SERVE_APP === '1',
    log: e.LOG,
    limits: {
      maxMessageBytes: e.MAX_MESSAGE_BYTES,
      maxDocBytes: e.MAX_DOC_BYTES,
      messagesPerSecond: e.MESSAGES_PER_SECOND,
      maxPeersPerBoard: e.MAX_PEERS_PER_BOARD,
      // A peer this far behind is better off reconnecting and resyncing from state.
      bufferWatermark: 8 * 1024 * 1024,
      presencePerSecond: e.PRESENCE_PER_SECOND,
      maxPresenceBytes: e.MAX_PRESENCE_BYTES,
      presenceTickMs: e.PRESENCE_TICK_MS,
      heartbeatMs: e.HEARTBEAT_MS,
    },
    joins: { perAddressPerMinute: e.JOINS_PER_MINUTE_PER_ADDRESS, perLinkPerMinute: e.JOINS_PER_MINUTE_PER_LINK, maxParticipantsPerBoard: e.MAX_PARTICIPANTS_PER_BOARD },
    boardsPerHourPerAddress: e.BOARDS_PER_HOUR_PER_ADDRESS,
    createKey: e.CREATE_KEY,
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    trustProxy: e.TRUST_PROXY === '1',
    oidc: parseOidc(e),
    retentionDays: e.RETENTION_DAYS,
    compactAfter: e.COMPACT_AFTER,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    comments: { perMinute: e.COMMENTS_PER_MINUTE, maxPerBoard: e.MAX_COMMENTS_PER_BOARD, perAddressPerMinute: e.COMMENTS_PER_MINUTE_PER_ADDRESS },
    mail: parseMail(e),
    root,
  };
}

/** What sign-in with OpenID Connect needs, from the OIDC_* settings and PUBLIC_URL. */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim read as the organisation. */
  orgClaim: string;
  /** Where the provider sends the browser back: PUBLIC_URL + /api/auth/callback, registered with the provider. */
  redirectUri: string;
  /** Whether cookies get the Secure flag: when PUBLIC_URL is https. */
  secureCookies: boolean;
  sessionSeconds: number;
};

/**
 * The OIDC settings, or null when none is set. A partial set stops start-up rather than
 * starting with sign-in silently off, which would leave the gates it promises open.
 */
function parseOidc(e: z.infer<typeof envSchema>): OidcSettings | null {
  const given = { OIDC_ISSUER: e.OIDC_ISSUER, OIDC_CLIENT_ID: e.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET };
  const missing = Object.entries(given).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length === 3) return null;
  if (missing.length > 0) throw new Error(`invalid environment: ${missing.join(', ')}: sign-in with OpenID Connect needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together`);
  if (!e.PUBLIC_URL) throw new Error('invalid environment: PUBLIC_URL: required with OIDC_ISSUER, since the provider sends people back to PUBLIC_URL/api/auth/callback');
  const issuer = new URL(e.OIDC_ISSUER!);
  // Plain http would let anyone on the path forge the provider's answers; only a provider on this machine (tests, development) may use it.
  if (issuer.protocol !== 'https:' && !LOOPBACK.has(issuer.hostname)) throw new Error('invalid environment: OIDC_ISSUER: must be an https URL (http only for localhost)');
  const base = new URL(e.PUBLIC_URL);
  return {
    issuer: e.OIDC_ISSUER!,
    clientId: e.OIDC_CLIENT_ID!,
    clientSecret: e.OIDC_CLIENT_SECRET!,
    orgClaim: e.OIDC_ORG_CLAIM,
    redirectUri: new URL('/api/auth/callback', base).href,
    secureCookies: base.protocol === 'https:',
    sessionSeconds: Math.round(e.OIDC_SESSION_HOURS * 3600),
  };
}

/** What sending email notifications needs, from SMTP_URL, MAIL_FROM, DIGEST_HOUR and PUBLIC_URL. */
export type MailSettings = {
  smtpUrl: string;
  from: string;
  /** Where links in emails lead: PUBLIC_URL. */
  publicUrl: string;
  digestHour: number;
  retryMs: number;
  pollMs: number;
};

/**
 * The mail settings, or null when neither SMTP_URL nor MAIL_FROM is set. One without the other
 * stops start-up rather than leaving email silently off; links in emails need PUBLIC_URL.
 */
function parseMail(e: z.infer<typeof envSchema>): MailSettings | null {
  if (!e.SMTP_URL && !e.MAIL_FROM) return null;
  if (!e.SMTP_URL || !e.MAIL_FROM) throw new Error(`invalid environment: ${e.SMTP_URL ? 'MAIL_FROM' : 'SMTP_URL'}: email notifications need SMTP_URL and MAIL_FROM together`);
  if (!e.PUBLIC_URL) throw new Error('invalid environment: PUBLIC_URL: required with SMTP_URL, since the links in emails lead there');
  return { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''), digestHour: e.DIGEST_HOUR, retryMs: e.MAIL_RETRY_MS, pollMs: e.MAIL_POLL_MS };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** ALLOWED_ORIGINS as origins; an entry that is not an http(s) URL stops start-up. */
function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      const url = URL.canParse(o) ? new URL(o) : null;
      if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`invalid environment: ALLOWED_ORIGINS: ${o} is not an http(s) origin`);
      return url.origin;
    });
}
