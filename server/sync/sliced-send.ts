/** What a sliced send writes to: one peer's way to take a message prepared once for all of them. */
export type Sink<M> = { sendPrepared(message: M): void };

type Job<M, P> = { message: M; peers: P[]; next: number };

/**
 * Writes messages to many peers a slice at a time, yielding to the event loop between slices.
 *
 * A socket write to a peer costs a system call, so one message to 300 peers holds the loop for
 * milliseconds; a document update (a card move) read meanwhile waits for all of it. Presence is
 * sent this way so that such an update, which is relayed at once, waits at most for one slice.
 * Messages go out in the order given, to each peer too: a later message's slices queue behind an
 * earlier one's. A peer gone before its slice came (`alive` false) is skipped.
 */
export class SlicedSend<M, P extends Sink<M>> {
  private readonly jobs: Job<M, P>[] = [];
  private scheduled = false;

  constructor(
    private readonly slice: number,
    private readonly alive: (peer: P) => boolean,
    /** Told of a write that threw; the remaining peers still get the message. */
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Queues `message` for `peers` (a copy is not taken: pass an array no one changes). */
  send(message: M, peers: P[]): void {
    if (peers.length === 0) return;
    this.jobs.push({ message, peers, next: 0 });
    // The first slice goes now when nothing waits: a quiet board sends presence without a turn's delay.
    if (this.jobs.length === 1) this.writeSlice();
  }

  /** True while slices wait to be written. */
  get busy(): boolean {
    return this.jobs.length > 0;
  }

  private writeSlice(): void {
    let left = this.slice;
    while (left > 0 && this.jobs.length > 0) {
      const job = this.jobs[0]!;
      while (left > 0 && job.next < job.peers.length) {
        const peer = job.peers[job.next++]!;
        left--;
        if (!this.alive(peer)) continue;
        try {
          peer.sendPrepared(job.message);
        } catch (error) {
          this.failed(error);
        }
      }
      if (job.next >= job.peers.length) this.jobs.shift();
    }
    if (this.jobs.length > 0 && !this.scheduled) {
      this.scheduled = true;
      // setImmediate, not a microtask: the loop polls sockets before it runs, so an update that
      // arrived meanwhile is relayed before the next slice.
      setImmediate(() => {
        this.scheduled = false;
        this.writeSlice();
      });
    }
  }
}
