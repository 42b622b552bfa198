/**
 * Markers the draggers write into what they send: `p-<dragger>-<n>` in a presence state and
 * `m-<dragger>-<n>` in a card move, fixed-width so that a digit that happens to follow a marker in
 * an encoded update can never be read as part of it.
 */
export const marker = (kind: 'p' | 'm', dragger: number, n: number) => `${kind}-${String(dragger).padStart(3, '0')}-${String(n).padStart(6, '0')}`;

const MARKER = /[pm]-\d{3}-\d{6}/g;

/**
 * Every marker in `bytes`, read as latin1 text with a regex, so a receiver never has to decode a
 * frame or an update to find them.
 */
export function markersIn(bytes: Uint8Array, found: (mark: string) => void): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) found(m[0]);
}

/** How many watchers (the first ones) time presence; every watcher times moves. */
export const PRESENCE_SAMPLE = 40;

/** `seen` is null for a marker sent outside the window: its receipts are recognised, not counted. */
type Sent = { at: number; from: number; seen: Uint8Array | null };

/**
 * Send and receipt times of every marker in one round, all absolute (workshop-time.ts clock), as
 * sends are timed in the draggers' thread and receipts in either thread. The first sight of a
 * marker at a receiver is its receipt. Only markers sent inside the window (`start` to `stop`)
 * count; receipts of those count until `close`, so a late delivery is still seen (and its latency
 * with it).
 */
export class Marks {
  private from = Infinity;
  private to = Infinity;
  private open = true;
  private readonly sent = new Map<string, Sent>();
  /**
   * Receipts of markers whose send was not reported yet. The report crosses threads by message
   * while the marker goes through the server, and nothing orders the two on arrival: a receipt
   * that wins waits here for its send.
   */
  private readonly early = new Map<string, [receiver: number, at: number][]>();
  readonly moves = { sent: 0, delivered: 0, latencies: [] as number[] };
  readonly presence = { sent: 0, seen: 0, latencies: [] as number[] };
  /** Presence frames the watchers received while measuring. */
  presenceFrames = 0;

  /** `receivers`: every participant, watchers and draggers, each with its index below it. */
  constructor(private readonly receivers: number) {}

  /** Opens the window: markers sent from `at` on count. */
  start(at: number): void {
    this.from = at;
  }

  /** Closes the window: markers sent from `at` on do not count. */
  stop(at: number): void {
    this.to = at;
  }

  measuring(at: number): boolean {
    return at >= this.from && at < this.to;
  }

  /** Records that receiver `from` sent `mark` at `at`, taken just before the send. */
  send(mark: string, from: number, at: number): void {
    if (!this.open) return;
    const counted = this.measuring(at);
    this.sent.set(mark, { at, from, seen: counted ? new Uint8Array(this.receivers) : null });
    if (counted && mark[0] === 'm') this.moves.sent++;
    else if (counted) this.presence.sent++;
    const early = this.early.get(mark);
    if (!early) return;
    this.early.delete(mark);
    for (const [receiver, seenAt] of early) this.receive(mark, receiver, seenAt);
  }

  /** Records that `receiver` got `mark` at `at`; only its first sight there counts. */
  receive(mark: string, receiver: number, at: number): void {
    if (!this.open) return;
    const s = this.sent.get(mark);
    if (!s) {
      const waiting = this.early.get(mark);
      if (waiting) waiting.push([receiver, at]);
      else this.early.set(mark, [[receiver, at]]);
      return;
    }
    if (!s.seen || s.from === receiver || s.seen[receiver]) return;
    s.seen[receiver] = 1;
    const into = mark[0] === 'm' ? this.moves : this.presence;
    into.latencies.push(at - s.at);
    if (into === this.moves) this.moves.delivered++;
    else this.presence.seen++;
  }

  /**
   * Every marker in `bytes`, as received by `receiver` at `now`: taken once, on arrival, so a frame
   * with many markers does not time its last ones by the scan of its first.
   */
  scan(receiver: number, bytes: Uint8Array, now: number): void {
    if (this.open) markersIn(bytes, (mark) => this.receive(mark, receiver, now));
  }

  /** Moves every other participant should have got: each move sent, to all but its sender. */
  get movesExpected(): number {
    return this.moves.sent * (this.receivers - 1);
  }

  /** Stops counting receipts; what has not arrived by now is not delivered. */
  close(): void {
    this.open = false;
    this.early.clear();
  }
}
