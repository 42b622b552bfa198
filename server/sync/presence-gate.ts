import { stampAwareness, type PresenceEntry } from './awareness-stamp';
import type { Identity } from './connection';

export type PresenceLimits = {
  /** Presence updates one connection may publish per second (also the burst). */
  presencePerSecond: number;
  /** Bytes one state may take as JSON. */
  maxPresenceBytes: number;
};

/** What the gate needs to know of the room about an awareness client id. */
export type PresenceOwners = {
  /** False when another peer here or a client on another instance holds the id. */
  ownsOrFree(clientId: number): boolean;
  /** The latest clock the room has seen for the id, if any. */
  clockOf(clientId: number): number | undefined;
};

const REMOVAL = new TextEncoder().encode('null');

/**
 * The presence one connection may publish: one awareness client id, each state bounded in size,
 * updates bounded in rate. Anything past a bound is dropped and counted, never answered with a
 * close: the stock provider echoes every state it hears back to the server, so foreign entries
 * are normal traffic, and a page that moves faster than the rate loses only intermediate positions.
 * Every check runs before a state is parsed, so a flood costs its decoding and nothing more.
 */
export class PresenceGate {
  /** The connection's own client id: the first one it published a state for. */
  private own: number | null = null;
  private tokens: number;
  private lastRefill = performance.now();

  constructor(
    private readonly limits: PresenceLimits,
    private readonly owners: PresenceOwners,
    private readonly dropped: () => void,
  ) {
    this.tokens = limits.presencePerSecond;
  }

  /** The entries of an awareness update this connection may publish, stamped with `identity`; null when none. */
  filter(update: Uint8Array, identity: Identity): Uint8Array | null {
    // One entry for the own id per message: a message repeating it gets no more than one update's worth.
    let ownSeen = false;
    return stampAwareness(update, identity, (entry) => {
      const pass = !ownSeen && this.admit(entry);
      if (entry.clientId === this.own) ownSeen = true;
      if (!pass) this.dropped();
      return pass;
    });
  }

  private admit({ clientId, clock, json }: PresenceEntry): boolean {
    const removal = equalBytes(json, REMOVAL);
    if (clientId !== this.own) {
      // Only a state can make an id this connection's, and only one the room's awareness would
      // apply (a clock above the one it holds, and above 0 for an id it never saw): an echo
      // carries a clock the room has already seen, so it never claims the id it echoes.
      if (this.own !== null || removal || !this.owners.ownsOrFree(clientId)) return false;
      if (clock <= (this.owners.clockOf(clientId) ?? 0)) return false;
    } else if (!this.owners.ownsOrFree(clientId)) {
      // Freed by a removal and taken by someone else since.
      return false;
    }
    // Leaving is always allowed, whatever the rate: it only frees what the connection held.
    if (removal) return true;
    if (json.byteLength > this.limits.maxPresenceBytes || !this.take()) return false;
    this.own = clientId;
    return true;
  }

  /** Token bucket: refills at presencePerSecond, holds at most one second's worth. */
  private take(): boolean {
    const now = performance.now();
    const rate = this.limits.presencePerSecond;
    this.tokens = Math.min(rate, this.tokens + ((now - this.lastRefill) / 1000) * rate);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}
