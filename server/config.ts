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
  limits: { maxMessageBytes: number; maxDocBytes: number; messagesPerSecond: number; maxPeersPerBoard: number; bufferWatermark: number };
  compactAfter: number;
  unloadAfterMs: number;
  comments: { perMinute: number; maxPerBoard: number };
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
    },
    compactAfter: e.COMPACT_AFTER,
    unloadAfterMs: e.UNLOAD_AFTER_MS,
    comments: { perMinute: e.COMMENTS_PER_MINUTE, maxPerBoard: e.MAX_COMMENTS_PER_BOARD },
    root,
  };
}
