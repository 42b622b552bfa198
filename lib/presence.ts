import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * What one participant's awareness state holds. The server stamps `user` (name, organisation,
 * role, participant id) from the token; only the colour and the drag come from the client,
 * so every field is parsed before it is shown, and a state that does not parse is skipped.
 */
export const presenceSchema = z.object({
  user: z.object({
    name: z.string().min(1).max(60),
    organisation: z.string().max(80).default(''),
    role: roleSchema,
    participantId: z.string().max(32).nullable().optional(),
    colour: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
  }),
  /** The card this participant is dragging and the column it is over, while a drag lasts. */
  drag: z.object({ card: z.string().max(64), level: z.string().max(64).nullable() }).nullable().optional(),
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
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === self) continue;
    const parsed = presenceSchema.safeParse(state);
    if (parsed.success) peers.push({ ...parsed.data, clientId });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** Initials for an avatar: first letters of the first two words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?');
}
