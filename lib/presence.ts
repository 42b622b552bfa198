import * as z from 'zod/mini';
import type { Follow } from './control';
import { roleSchema } from './roles';

// Scroll offsets are CSS pixels; the bound only keeps a hostile value from sending a follower far off.
const scroll = z.number().check(z.minimum(0), z.maximum(1_000_000));

/**
 * Where a participant is looking: the selected side tab (an id the page checks against its own
 * tabs), the card whose details are open, and the board's scroll position.
 */
export const viewSchema = z.object({
  tab: z.string().check(z.regex(/^[a-z]{1,24}$/)),
  card: z.nullable(z.string().check(z.maxLength(64))),
  scrollX: scroll,
  scrollY: scroll,
});
export type View = z.infer<typeof viewSchema>;

/**
 * What one participant's awareness state holds. The server stamps `user` (name, organisation,
 * role, participant id) from the token; only the colour, the drag and the view come from the client,
 * so every field is parsed before it is shown, and a state that does not parse is skipped.
 */
export const presenceSchema = z.object({
  user: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    organisation: z._default(z.string().check(z.maxLength(80)), ''),
    role: roleSchema,
    participantId: z.optional(z.nullable(z.string().check(z.maxLength(32)))),
    colour: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/i))),
    /** Stamped by the server when the name came from a sign-in; the server drops any the client sends. */
    verified: z.optional(z.boolean()),
  }),
  /** The card this participant is dragging and the column it is over, while a drag lasts. */
  drag: z.optional(z.nullable(z.object({ card: z.string().check(z.maxLength(64)), level: z.nullable(z.string().check(z.maxLength(64))) }))),
  /** What this participant looks at, so others can follow them: side tab, open card, board scroll. */
  view: z.optional(z.nullable(viewSchema)),
});
export type Presence = z.infer<typeof presenceSchema>;

/** A remote participant as the board shows them. */
export type Peer = Presence & { clientId: number };

/** Colours with at least 4.5:1 contrast against white text, told apart by hue. */
export const PRESENCE_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'] as const;

/** A stable colour for a participant, so a person keeps their colour across reloads. */
export function colourFor(seed: string): string {
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) >>> 0;
  return PRESENCE_COLOURS[h % PRESENCE_COLOURS.length]!;
}

/** Every other participant whose state parses, in client-id order. */
export function readPeers(states: ReadonlyMap<number, unknown>, self: number): Peer[] {
  return createPeerReader()(states, self);
}

function parsePeer(clientId: number, state: unknown): Peer | null {
  const parsed = presenceSchema.safeParse(state);
  return parsed.success ? { ...parsed.data, clientId } : null;
}

/** readPeers with a memory: one per page (or per awareness), called on every presence change. */
export type PeerReader = (states: ReadonlyMap<number, unknown>, self: number) => Peer[];

/**
 * A readPeers that parses each client's state once: y-protocols replaces a state object whenever
 * it changes, so an unchanged object needs no second parse (with 300 people and 20 presence frames
 * a second that is thousands of parses saved a second), and keeps the same Peer for it. Clients
 * that are gone are forgotten.
 */
export function createPeerReader(): PeerReader {
  const parsed = new Map<number, { state: unknown; peer: Peer | null }>();
  return (states, self) => {
    const peers: Peer[] = [];
    for (const [clientId, state] of states) {
      if (clientId === self) continue;
      let entry = parsed.get(clientId);
      if (!entry || entry.state !== state) {
        entry = { state, peer: parsePeer(clientId, state) };
        parsed.set(clientId, entry);
      }
      if (entry.peer) peers.push(entry.peer);
    }
    for (const clientId of parsed.keys()) if (clientId === self || !states.has(clientId)) parsed.delete(clientId);
    return peers.sort((a, b) => a.clientId - b.clientId);
  };
}

/**
 * Whether two peer lists show the same: same clients, names, colours and drags. Views are left
 * out on purpose: a scroll changes one several times a second, and only a follower needs it.
 */
export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  if (a.length !== b.length) return false;
  const shown = (p: Peer) => JSON.stringify([p.clientId, p.user, p.drag ?? null]);
  // A cached reader hands back the same Peer for an unchanged state, which needs no comparing.
  return a.every((p, i) => p === b[i] || shown(p) === shown(b[i]!));
}

/** When this page first saw each peer's current drag (card and column): the order ghosts are picked in. */
export type DragsSeen = ReadonlyMap<number, { card: string; level: string | null; at: number }>;

/**
 * The drags seen after `peers` arrived at `now` (any increasing clock): an unchanged drag keeps
 * its time, a new one or one over another column gets `now`, and peers not dragging are dropped.
 * Answers `seen` itself when nothing changed.
 */
export function noteDrags(seen: DragsSeen, peers: readonly Peer[], now: number): DragsSeen {
  const next = new Map<number, { card: string; level: string | null; at: number }>();
  let changed = false;
  for (const p of peers) {
    if (!p.drag) continue;
    const before = seen.get(p.clientId);
    const same = before !== undefined && before.card === p.drag.card && before.level === p.drag.level;
    if (!same) changed = true;
    next.set(p.clientId, same ? before : { card: p.drag.card, level: p.drag.level, at: now });
  }
  return changed || next.size !== seen.size ? next : seen;
}

/**
 * The `max` dragging peers whose drag was seen start or change most recently, newest first (ties
 * by client id). A board with dozens dragging at once shows a few ghosts, not a wall of them.
 */
export function latestDrags(peers: readonly Peer[], seen: DragsSeen, max: number): Peer[] {
  const at = (p: Peer) => seen.get(p.clientId)?.at ?? -Infinity;
  return peers
    .filter((p) => p.drag)
    .sort((a, b) => at(b) - at(a) || a.clientId - b.clientId)
    .slice(0, max);
}

/** The view one client publishes, or null when it publishes none (or one that does not parse). */
export function viewOf(states: ReadonlyMap<number, unknown>, clientId: number): View | null {
  const parsed = presenceSchema.safeParse(states.get(clientId));
  return parsed.success ? (parsed.data.view ?? null) : null;
}

/** Initials for an avatar: first letters of the first two words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?');
}

/** Whom a page follows: a client id when picked from the avatars, and the participant behind it. */
export type FollowTarget = { clientId: number | null; participantId: string | null; name: string; requested: boolean };

/**
 * The peer a follower mirrors: the same client while it is here, else the first client of the
 * same participant (a reload gives the leader a new client id); null when neither is here.
 */
export function findLeader(peers: readonly Peer[], target: Pick<FollowTarget, 'clientId' | 'participantId'>): Peer | null {
  const same = target.clientId === null ? undefined : peers.find((p) => p.clientId === target.clientId);
  if (same) return same;
  return target.participantId ? (peers.find((p) => p.user.participantId === target.participantId) ?? null) : null;
}

/**
 * What following becomes when the facilitator's request (the control state's `follow`) changes
 * from `before` to `after`. A new request makes everyone but its facilitator follow; ending it
 * releases those who followed because of it; the same request again keeps each person's choice.
 */
export function followOnRequest(current: FollowTarget | null, before: Follow | null, after: Follow | null, self: string): FollowTarget | null {
  if (after && after.participantId !== before?.participantId) {
    return after.participantId === self ? (current?.requested ? null : current) : { clientId: null, participantId: after.participantId, name: after.name, requested: true };
  }
  if (!after && before && current?.requested && current.participantId === before.participantId) return null;
  return current;
}
