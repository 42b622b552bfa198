import type { WebSocket } from 'ws';

/**
 * Pings every watched socket each interval and ends one that has not answered the previous
 * ping. A peer that vanished without a close (a laptop lid, a dropped mobile link) leaves a
 * half-open socket that TCP may not notice for hours; this frees its room slot and presence
 * within two intervals. One timer for all sockets, so the cost does not grow with timers.
 * A message counts as an answer too: a peer sending a long backlog has its pong queued behind
 * it, and is plainly there.
 */
export class Heartbeat {
  /** Each socket with what to do when it is found dead. */
  private readonly sockets = new Map<WebSocket, () => void>();
  /** Sockets pinged and not answered since. */
  private readonly waiting = new Set<WebSocket>();
  private readonly timer: NodeJS.Timeout;
  private lastBeat = performance.now();

  constructor(private readonly intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    // Never the reason the process stays up.
    this.timer.unref();
  }

  /** Watches an open socket until it closes; `onDead` runs when it is terminated for silence. */
  watch(ws: WebSocket, onDead: () => void): void {
    this.sockets.set(ws, onDead);
    const answered = () => this.waiting.delete(ws);
    ws.on('pong', answered);
    ws.on('message', answered);
    ws.once('close', () => {
      this.sockets.delete(ws);
      this.waiting.delete(ws);
    });
  }

  private beat(): void {
    // A beat that comes late found this process busy, not the peers silent: answers that came
    // meanwhile are still unread, so this round only pings.
    const now = performance.now();
    const onTime = now - this.lastBeat < 1.5 * this.intervalMs;
    this.lastBeat = now;
    for (const [ws, onDead] of this.sockets) {
      if (ws.readyState !== ws.OPEN) continue;
      if (onTime && this.waiting.has(ws)) {
        this.sockets.delete(ws);
        this.waiting.delete(ws);
        // No close handshake: the other end is not there to answer one.
        ws.terminate();
        onDead();
        continue;
      }
      this.waiting.add(ws);
      ws.ping();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
