import { z } from 'zod';
import path from 'node:path';

/** The only reader of process.env: every setting the server takes, parsed and defaulted here. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  BOARD_SECRET: z.string().optional(),
  SKIP_BUILD: z.enum(['0', '1']).default('0'),
  /** 0 runs only the API and sync endpoint, e.g. as a separate sync process. */
  SERVE_APP: z.enum(['0', '1']).default('1'),
  LOG: z.enum(['json', 'silent']).default('json'),
  MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_DOC_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(200),
  MAX_PEERS_PER_BOARD: z.coerce.number().int().positive().default(500),
  COMPACT_AFTER: z.coerce.number().int().positive().default(1000),
  UNLOAD_AFTER_MS: z.coerce.number().int().nonnegative().default(5000),
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
  /** Browser origins allowed to open the sync socket and call the API, comma-separated; the server's own origin always is. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** 1 when a reverse proxy sets X-Forwarded-For: the address limits then count its last entry, not the proxy. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
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
  skipBuild: boolean;
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
  /** Origins other than the server's own that browsers may call from (scheme://host[:port]). */
  allowedOrigins: string[];
  trustProxy: boolean;
  compactAfter: number;
  unloadAfterMs: number;
  comments: { perMinute: number; maxPerBoard: number; perAddressPerMinute: number };
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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(root, e.DATA_DIR),
    databaseFile: path.resolve(root, e.DATA_DIR, 'boards.sqlite'),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL,
    boardSecret: e.BOARD_SECRET,
    skipBuild: e.SKIP_BUILD === '1',
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
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    trustProxy: e.TRUST_PROXY === '1',
    compactAfter: e.COMPACT_AFTER,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    comments: { perMinute: e.COMMENTS_PER_MINUTE, maxPerBoard: e.MAX_COMMENTS_PER_BOARD, perAddressPerMinute: e.COMMENTS_PER_MINUTE_PER_ADDRESS },
    root,
  };
}

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
