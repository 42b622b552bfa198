import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Identity } from './connection';

/** One entry of an awareness update as it came off the wire, its state still undecoded JSON. */
export type PresenceEntry = { clientId: number; clock: number; json: Uint8Array };

const utf8 = new TextDecoder();

/**
 * Rewrites an awareness update so every state's `user` is the server's identity for the
 * sender, keeping only the entries `admit` lets through. `admit` sees each entry before its
 * state is decoded, so an entry it refuses costs no JSON parse however large it is. Returns
 * null when nothing is left. Throws on a malformed update (the caller closes the connection).
 */
export function stampAwareness(update: Uint8Array, identity: Identity, admit: (entry: PresenceEntry) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // The same bytes readVarString would decode: a length, then UTF-8.
    const json = decoding.readVarUint8Array(decoder);
    if (!admit({ clientId, clock, json })) continue;
    const state: unknown = JSON.parse(utf8.decode(json));
    if (state === null) {
      entries.push({ clientId, clock, state: 'null' });
      continue;
    }
    if (typeof state !== 'object' || Array.isArray(state)) throw new Error('awareness state must be an object');
    const user = { name: identity.name, organisation: identity.organisation, role: identity.role, participantId: identity.participantId, ...(identity.verified ? { verified: true } : {}) };
    entries.push({ clientId, clock, state: JSON.stringify({ ...(state as object), user: { ...readColour(state), ...user } }) });
  }
  if (entries.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}

/** The one user field a client may choose: a colour, if it is a plain hex colour. */
function readColour(state: object): { colour?: string } {
  const colour = (state as { user?: { colour?: unknown } }).user?.colour;
  return typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? { colour } : {};
}
