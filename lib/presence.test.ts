import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, colourFor, initials, readPeers } from './presence';

const user = { name: 'Kari Nordmann', organisation: 'KS', role: 'editor' };

describe('readPeers', () => {
  it('skips oneself and every state that does not parse, and keeps the rest in client order', () => {
    const states = new Map<number, unknown>([
      [9, { user, drag: { card: 'legevakt', level: 'kommune' } }],
      [1, { user: { ...user, name: 'Ola' } }],
      [5, { user }],
      [3, { user: { ...user, role: 'owner' } }],
      [4, { user: { ...user, colour: 'red; background: url(x)' } }],
      [6, 'not an object'],
      [7, { user: { ...user, name: 'x'.repeat(61) } }],
    ]);
    const peers = readPeers(states, 5);
    expect(peers.map((p) => p.clientId)).toEqual([1, 9]);
    expect(peers[1]!.drag).toEqual({ card: 'legevakt', level: 'kommune' });
  });
});

describe('colourFor and initials', () => {
  it('gives the same palette colour for the same seed', () => {
    expect(colourFor('abc')).toBe(colourFor('abc'));
    expect(PRESENCE_COLOURS).toContain(colourFor('anything'));
  });
  it('takes up to two initials', () => {
    expect(initials('kari  nordmann berg')).toBe('KN');
    expect(initials('   ')).toBe('?');
  });
});
