import { stampAwareness } from './awareness-stamp';
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

/** Where the gate reports what it turned away, entry by entry. */
export type PresenceCounts = {
  /** A real drop: over the size or the presence rate, or a claim on an id that is not the connection's. */
  dropped(): void;
  /** An echo: another id's entry on a clock the room already holds, which the stock provider sends back for everything it hears. */
  echoed(): void;
};

/** What of an awareness message may go on: the entries to apply (null when none), and whether the sender said anything of itself. */
export type PresenceVerdict = { update: Uint8Array | null; originated: boolean };

const REMOVAL = new TextEncoder().encode('null');

/**
 * The presence one connection may publish: one awareness client id, each state bounded in size,
 * updates bounded in rate. Anything past a bound is dropped and counted, never answered with a
 * close: a page that moves faster than the rate loses only intermediate positions. The stock
 * provider echoes every state it hears back to the server; echoes are told apart from what the
 * connection originates (its own id, or a first claim of one), because only the latter is this
 * client's doing and may count toward its message rate. Every check runs before a state is
 * parsed, so a flood costs its decoding and nothing more.
 */
export class PresenceGate {
  /** The connection's own client id: the first one it published a state for. */
  private own: number | null = null;
  private tokens: number;
  private lastRefill = performance.now();

  constructor(
    private readonly limits: PresenceLimits,
    private readonly owners: PresenceOwners,
    private readonly counts: PresenceCounts,
  ) {
    this.tokens = limits.presencePerSecond;
  }

  /**
   * The entries of an awareness update this connection may publish, stamped with `identity`, and
   * whether any entry was its own (passed or not). Echoes are counted apart from drops.
   */
  filter(update: Uint8Array, identity: Identity): PresenceVerdict {
    // One entry for the own id per message: a message repeating it gets no more than one update's worth.
    let ownSeen = false;
    let originated = false;
    const passed = stampAwareness(update, identity, (entry) => {
      const own = entry.clientId === this.own;
      // Another id on a clock the room holds (or 0 for one it never saw) would change nothing:
      // an echo, or the stock provider's first state, sent before its first change.
      if (!own && entry.clock <= (this.owners.clockOf(entry.clientId) ?? 0)) {
        this.counts.echoed();
        return false;
      }
      const removal = equalBytes(entry.json, REMOVAL);
      // Only a state can make an id this connection's, so only its own id, or a state while it
      // has none yet, is something this connection says of itself.
      const claim = !own && this.own === null && !removal;
      if (own || claim) originated = true;
      const pass = (own || claim) && !ownSeen && this.admit(entry.clientId, entry.json, removal);
      if (entry.clientId === this.own) ownSeen = true;
      if (!pass) this.counts.dropped();
      return pass;
    });
    return { update: passed, originated };
  }

  /** For the own id or a first claim: free or held by this connection, within the size and the rate. */
  private admit(clientId: number, json: Uint8Array, removal: boolean): boolean {
    if (!this.owners.ownsOrFree(clientId)) {
      // Held by another peer or instance, or (for the own id) freed by a removal and taken since.
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
