import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log';
import { decodeMessage, encodeMessage, type BoardHandler, type BoardMessage, type Fanout, type FanoutTimings } from './fanout';

export type RedisFanoutOptions = {
  url: string;
  log: Logger;
  /** Entries a board's stream keeps (approximately): the replay window for an instance that lost Redis briefly. */
  maxLen?: number;
  /** Prefix of every key, so several deployments can share one Redis. */
  prefix?: string;
  /** How long a deleted board's stream is kept for the other instances to read its last message. */
  dropAfterMs?: number;
};

type Subscription = { position: string | null; ready: Promise<void>; handlers: Set<BoardHandler> };

// A blocked read returns at least this often, so a board added in a race with UNBLOCK waits no longer.
const BLOCK_MS = 2000;
const READ_COUNT = 1000;

/**
 * Fan-out through one Redis stream per board (XADD the stored update bytes, XREAD them on every
 * other instance), so a message is forwarded once, in order, and an instance that lost its link
 * briefly replays what it missed. Redis holds nothing durable: storage does, and every resume
 * reloads from it. One connection publishes; one more blocks in XREAD over every subscribed board.
 */
export class RedisFanout implements Fanout {
  readonly instanceId = randomUUID();
  private readonly pub: Redis;
  private readonly reader: Redis;
  private readonly boards = new Map<string, Subscription>();
  private readonly unsent = new Set<string>();
  private readonly resumeListeners: (() => void)[] = [];
  private readonly maxLen: number;
  private readonly prefix: string;
  private readerId: number | null = null;
  /** Boards the read in flight covers; a board not among them needs the read interrupted. */
  private reading: ReadonlySet<string> = new Set();
  private wake: (() => void) | null = null;
  private lost = { pub: false, reader: false };
  private closed = false;
  private timings: FanoutTimings | null = null;
  private loopDone: Promise<void> = Promise.resolve();

  private constructor(private readonly opts: RedisFanoutOptions) {
    this.maxLen = opts.maxLen ?? 10_000;
    this.prefix = opts.prefix ?? 'ansvarstavla:';
    // Without an offline queue a command fails at once while Redis is away, instead of piling
    // up: the instance keeps serving its own clients, and what failed is made good on resume.
    // Reconnects at most a second apart, so instances converge soon after Redis is back.
    const retryStrategy = (attempt: number) => Math.min(100 * attempt, 1000);
    const client = () => new Redis(opts.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy });
    this.pub = client();
    this.reader = client();
    this.watch(this.pub, 'pub', () => {
      this.flushUnsent();
      void this.resume('pub');
    });
    this.watch(this.reader, 'reader', () => void this.resume('reader'));
  }

  /** Connects both links and starts reading; resolves once Redis answered. */
  static async connect(opts: RedisFanoutOptions): Promise<RedisFanout> {
    const fanout = new RedisFanout(opts);
    try {
      await Promise.all([fanout.pub.connect(), fanout.reader.connect()]);
    } catch (error) {
      fanout.pub.disconnect();
      fanout.reader.disconnect();
      const { hostname, port } = new URL(opts.url);
      throw new Error(`cannot reach Redis at ${hostname}:${port || 6379} (REDIS_URL): ${error instanceof Error ? error.message : String(error)}`);
    }
    fanout.readerId = Number(await fanout.reader.client('ID'));
    fanout.loopDone = fanout.loop();
    return fanout;
  }

  private watch(client: Redis, name: 'pub' | 'reader', resumed: () => void): void {
    // Once per outage: while Redis is away every reconnect attempt fails the same way.
    client.on('error', (error: Error) => this.lost[name] || this.opts.log('redis-error', { link: name, error: error.message }, 'warn'));
    client.on('close', () => {
      if (this.closed || this.lost[name]) return;
      this.lost[name] = true;
      this.opts.log('redis-lost', { link: name }, 'warn');
    });
    client.on('ready', () => {
      if (!this.lost[name]) return;
      this.lost[name] = false;
      this.opts.log('redis-resumed', { link: name });
      resumed();
    });
  }

  get connected(): boolean {
    return this.pub.status === 'ready' && this.reader.status === 'ready';
  }

  private key(boardId: string): string {
    return `${this.prefix}board:${boardId}`;
  }

  async subscribe(boardId: string, handler: BoardHandler): Promise<() => void> {
    let sub = this.boards.get(boardId);
    if (!sub) {
      const created: Subscription = { position: null, ready: Promise.resolve(), handlers: new Set() };
      created.ready = this.lastId(boardId).then((id) => {
        created.position = id;
        this.interruptRead(boardId);
      });
      this.boards.set(boardId, (sub = created));
    }
    sub.handlers.add(handler);
    await sub.ready;
    const own = sub;
    return () => {
      own.handlers.delete(handler);
      if (own.handlers.size === 0 && this.boards.get(boardId) === own) this.boards.delete(boardId);
    };
  }

  /** The newest entry of a board's stream ('0-0' when it has none), or null while Redis is away. */
  private async lastId(boardId: string): Promise<string | null> {
    try {
      const last = await this.pub.xrevrangeBuffer(this.key(boardId), '+', '-', 'COUNT', 1);
      return last[0]?.[0].toString() ?? '0-0';
    } catch {
      // Fixed on resume; the resume also reloads the board from storage, so nothing is missed.
      return null;
    }
  }

  publish(boardId: string, message: BoardMessage): void {
    const { kind, data } = encodeMessage(message);
    const started = performance.now();
    this.pub
      .xadd(this.key(boardId), 'MAXLEN', '~', this.maxLen, '*', 'i', this.instanceId, 'k', kind, 'd', Buffer.from(data.buffer, data.byteOffset, data.byteLength))
      .then(
        () => {
          this.timings?.publish.observe((performance.now() - started) / 1000);
          if (this.unsent.size > 0) this.flushUnsent();
        },
        // Whatever was lost (an update, presence, a feed event) is made good by one catch-up; a
        // deleted board has nothing to catch up on, and a catch-up would write its stream anew.
        () => message.kind !== 'catch-up' && message.kind !== 'deleted' && this.unsent.add(boardId),
      );
  }

  /** Tells the other instances to catch up on boards for which this one could not forward something. */
  private flushUnsent(): void {
    const boards = [...this.unsent];
    this.unsent.clear();
    for (const boardId of boards) this.publish(boardId, { kind: 'catch-up' });
  }

  drop(boardId: string): void {
    this.unsent.delete(boardId);
    // An expiry rather than a DEL: sent after the last XADD on the same connection, it lets the
    // other instances read that message first, and Redis removes the key even if this process
    // dies meanwhile. An XADD racing in later keeps the expiry, so it goes with the key.
    this.pub.pexpire(this.key(boardId), this.opts.dropAfterMs ?? 5000).catch((error: unknown) => {
      this.opts.log('redis-drop-failed', { board: boardId, error: String(error) }, 'warn');
    });
  }

  observe(timings: FanoutTimings): void {
    this.timings = timings;
  }

  onResume(listener: () => void): void {
    this.resumeListeners.push(listener);
  }

  /** After either link was lost and is back: positions the boards subscribed meanwhile, then lets every listener catch up. */
  private async resume(link: 'pub' | 'reader'): Promise<void> {
    try {
      // A new connection has a new id; asked only on the reader's own resume, as on a busy reader the
      // question would wait behind the blocked read.
      if (link === 'reader') this.readerId = Number(await this.reader.client('ID'));
      // Boards subscribed while a link was away get their position now, before the reload below.
      for (const [boardId, sub] of this.boards) if (sub.position === null) sub.position = await this.lastId(boardId);
    } catch (error) {
      // The other link is still away; its own resume runs this again.
      this.opts.log('redis-resume-incomplete', { error: String(error) }, 'warn');
    }
    this.wake?.();
    for (const listener of this.resumeListeners) listener();
  }

  /** Makes the blocked XREAD return so the next one covers `boardId`; retried for the race where UNBLOCK lands first. */
  private interruptRead(boardId: string, attempts = 5): void {
    this.wake?.();
    if (this.readerId === null || this.reading.has(boardId) || attempts === 0 || this.closed) return;
    this.pub.client('UNBLOCK', this.readerId).catch(() => {
      // Redis is away; the read will fail and be retried with this board anyway.
    });
    setTimeout(() => this.reading.has(boardId) || this.interruptRead(boardId, attempts - 1), 20).unref();
  }

  /** Waits `ms`, or less when wake() is called (a board added, the link back). */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      const boards = [...this.boards].filter(([, s]) => s.position !== null);
      if (boards.length === 0 || this.reader.status !== 'ready') {
        await this.idle(BLOCK_MS);
        continue;
      }
      this.reading = new Set(boards.map(([id]) => id));
      let reply: [Buffer, [Buffer, Buffer[]][]][] | null;
      try {
        reply = (await this.reader.xreadBuffer(
          'COUNT', READ_COUNT, 'BLOCK', BLOCK_MS, 'STREAMS',
          ...boards.map(([id]) => this.key(id)),
          ...boards.map(([, s]) => s.position!),
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
      } catch {
        // The link dropped mid-read; 'ready' wakes the loop once it is back.
        this.reading = new Set();
        if (!this.closed) await this.idle(BLOCK_MS);
        continue;
      }
      this.reading = new Set();
      for (const [key, entries] of reply ?? []) this.deliver(key.toString().slice(this.key('').length), entries);
    }
  }

  private deliver(boardId: string, entries: [Buffer, Buffer[]][]): void {
    const sub = this.boards.get(boardId);
    if (!sub) return;
    // An entry id starts with Redis's clock (milliseconds) when it was added, so the sender's clock
    // plays no part; only Redis's host and this one need to agree.
    const now = Date.now();
    for (const [id, fields] of entries) {
      sub.position = id.toString();
      const field = (name: string) => {
        for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i]!.toString() === name) return fields[i + 1]!;
        return undefined;
      };
      if (field('i')?.toString() === this.instanceId) continue;
      this.timings?.delivery.observe(Math.max(0, now - Number.parseInt(sub.position, 10)) / 1000);
      const raw = field('d');
      const message = decodeMessage(field('k')?.toString() ?? '', raw ? new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) : new Uint8Array(0));
      if (!message) {
        this.opts.log('fanout-skipped', { board: boardId, entry: sub.position }, 'warn');
        continue;
      }
      for (const handler of sub.handlers) {
        try {
          handler(message);
        } catch (error) {
          // One board's failure must not stop delivery to the others.
          this.opts.log('fanout-handler-failed', { board: boardId, kind: message.kind, error: String(error) }, 'error');
        }
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    this.reader.disconnect();
    await this.loopDone;
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}
