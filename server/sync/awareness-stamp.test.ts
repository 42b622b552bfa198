import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { stampAwareness } from './awareness-stamp';

const update = (state: unknown): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 7);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, JSON.stringify(state));
  return encoding.toUint8Array(e);
};
const stateOf = (stamped: Uint8Array | null): { user: Record<string, unknown> } => {
  const d = decoding.createDecoder(stamped!);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  return JSON.parse(decoding.readVarString(d)) as { user: Record<string, unknown> };
};
const who = { role: 'editor' as const, participantId: 'p1234567', name: 'Kari', organisation: 'KS' };

describe('stampAwareness and the verified marker', () => {
  it('marks a signed-in connection’s presence verified', () => {
    expect(stateOf(stampAwareness(update({ user: { colour: '#b91c1c' } }), { ...who, verified: true }, () => true)).user).toEqual({ ...who, colour: '#b91c1c', verified: true });
  });

  it('drops a verified claim the client makes itself', () => {
    const user = stateOf(stampAwareness(update({ user: { name: 'Ola', verified: true } }), who, () => true)).user;
    expect(user).toEqual(who);
  });
});
