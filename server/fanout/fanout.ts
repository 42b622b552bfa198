import { z } from 'zod';
import { feedEventSchema, type FeedEvent } from '@/lib/board-feed';
import { keyScopeSchema, type KeyScope } from '@/lib/roles';

/**
 * What one instance tells the others about a board. Document updates are forwarded only after
 * they are stored, so storage always holds at least what any instance has relayed.
 * - update: document update bytes, as stored;
 * - awareness: a presence update of clients connected to the sender, already stamped;
 * - hello: the sender just loaded the board; instances with clients on it answer with their presence;
 * - catch-up: the sender could not forward something; reload the board from storage and renew its live feeds;
 * - event: a board feed event (a comment, the controls, a part of the board that changed) for the live feeds;
 * - rotated: a role's links (or the presenter grants) were replaced; close that scope's sockets and feeds;
 * - deleted: the board was deleted; close its sockets and feeds and drop its room without writing.
 */
export type BoardMessage =
  | { kind: 'update'; data: Uint8Array }
  | { kind: 'awareness'; data: Uint8Array }
  | { kind: 'hello' }
  | { kind: 'catch-up' }
  | { kind: 'event'; event: FeedEvent }
  | { kind: 'rotated'; role: KeyScope; keyVersion: number }
  | { kind: 'deleted' };

/** Receives what other instances published on a board, in the order they published it. */
export type BoardHandler = (message: BoardMessage) => void;

/**
 * Fan-out between server instances. Without it (one instance) a board's peers are all local.
 * subscribe resolves once the subscription's position is fixed: everything published after that
 * reaches the handler, so a caller subscribes first and reads storage second, and misses nothing.
 */
export interface Fanout {
  readonly instanceId: string;
  /** True while messages can go out and come in. */
  readonly connected: boolean;
  subscribe(boardId: string, handler: BoardHandler): Promise<() => void>;
  /** Sends to the other instances; never throws. A message that could not be sent is made good by a catch-up. */
  publish(boardId: string, message: BoardMessage): void;
  /**
   * Removes whatever the link keeps for a deleted board (Redis: its stream), once the others had
   * a moment to read the last message published on it. Never throws.
   */
  drop(boardId: string): void;
  /** Called after the link to the other instances was lost and is back: anything subscribed may have missed messages. */
  onResume(listener: () => void): void;
  /** Reports how long messages take from now on; the board server that owns the metrics calls it. */
  observe(timings: FanoutTimings): void;
  close(): Promise<void>;
}

/** Where a fan-out reports its timings, in seconds (a prom-client histogram fits each). */
export type FanoutTimings = {
  /** From publishing a message to the link acknowledging it. */
  publish: { observe(seconds: number): void };
  /** From a message entering the link on another instance to its delivery here. */
  delivery: { observe(seconds: number): void };
};

const KIND = { update: 'u', awareness: 'a', hello: 'h', 'catch-up': 'c', event: 'e', rotated: 'r', deleted: 'x' } as const;
const KIND_OF = Object.fromEntries(Object.entries(KIND).map(([k, v]) => [v, k])) as Record<string, BoardMessage['kind']>;
const rotatedSchema = z.object({ role: keyScopeSchema, keyVersion: z.number().int().nonnegative() });

/** A message as a kind code and a payload, the two fields an entry carries on the wire. */
export function encodeMessage(message: BoardMessage): { kind: string; data: Uint8Array } {
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  switch (message.kind) {
    case 'update':
    case 'awareness':
      return { kind: KIND[message.kind], data: message.data };
    case 'event':
      return { kind: KIND.event, data: json(message.event) };
    case 'rotated':
      return { kind: KIND.rotated, data: json({ role: message.role, keyVersion: message.keyVersion }) };
    default:
      return { kind: KIND[message.kind], data: new Uint8Array(0) };
  }
}

/** Reads an entry back; null when its kind is unknown or its payload does not parse (a newer or foreign writer). */
export function decodeMessage(kind: string, data: Uint8Array): BoardMessage | null {
  const name = KIND_OF[kind];
  const json = () => JSON.parse(new TextDecoder().decode(data)) as unknown;
  try {
    switch (name) {
      case 'update':
      case 'awareness':
        return { kind: name, data };
      case 'hello':
      case 'catch-up':
      case 'deleted':
        return { kind: name };
      case 'event': {
        const event = feedEventSchema.safeParse(json());
        return event.success ? { kind: 'event', event: event.data } : null;
      }
      case 'rotated': {
        const r = rotatedSchema.safeParse(json());
        return r.success ? { kind: 'rotated', ...r.data } : null;
      }
      default:
        return null;
    }
  } catch {
    // Unparseable JSON from another writer on the same stream: skipped like an unknown kind.
    return null;
  }
}
