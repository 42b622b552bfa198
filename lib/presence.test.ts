import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, colourFor, findLeader, followOnRequest, initials, readPeers, samePeers, viewOf, type FollowTarget, type Peer } from './presence';

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

describe('view in presence', () => {
  it('keeps a well-formed view and drops a state whose view is out of bounds', () => {
    const view = { tab: 'comments', card: 'legevakt', scrollX: 0, scrollY: 420 };
    const states = new Map<number, unknown>([
      [1, { user, view }],
      [2, { user, view: { ...view, scrollY: -5 } }],
      [3, { user, view: { ...view, tab: 'Comments<script>' } }],
      [4, { user, view: null }],
    ]);
    const peers = readPeers(states, 0);
    expect(peers.map((p) => p.clientId)).toEqual([1, 4]);
    expect(peers[0]!.view).toEqual(view);
    expect(viewOf(states, 1)).toEqual(view);
    expect(viewOf(states, 2)).toBeNull();
    expect(viewOf(states, 4)).toBeNull();
    expect(viewOf(states, 9)).toBeNull();
  });

  it('leaves views out when telling whether the peers on screen changed', () => {
    const view = { tab: 'comments', card: null, scrollX: 0, scrollY: 0 };
    const before = readPeers(new Map<number, unknown>([[1, { user, view }], [2, { user }]]), 0);
    const scrolled = readPeers(new Map<number, unknown>([[1, { user, view: { ...view, scrollY: 300 } }], [2, { user }]]), 0);
    const dragging = readPeers(new Map<number, unknown>([[1, { user, view }], [2, { user, drag: { card: 'legevakt', level: null } }]]), 0);
    const renamed = readPeers(new Map<number, unknown>([[1, { user: { ...user, name: 'Kari N.' }, view }], [2, { user }]]), 0);
    expect(samePeers(before, scrolled)).toBe(true);
    expect(samePeers(before, dragging)).toBe(false);
    expect(samePeers(before, renamed)).toBe(false);
    expect(samePeers(before, before.slice(1))).toBe(false);
  });
});

const peer = (clientId: number, participantId: string, name = 'Kari'): Peer => ({ clientId, user: { name, organisation: '', role: 'editor', participantId } });

describe('findLeader', () => {
  const peers = [peer(3, 'p-anne', 'Anne'), peer(5, 'p-bjorn', 'Bjørn'), peer(8, 'p-anne', 'Anne')];
  it('prefers the same client, then the first client of the same participant', () => {
    expect(findLeader(peers, { clientId: 8, participantId: 'p-anne' })?.clientId).toBe(8);
    expect(findLeader(peers, { clientId: 99, participantId: 'p-anne' })?.clientId).toBe(3);
    expect(findLeader(peers, { clientId: null, participantId: 'p-bjorn' })?.clientId).toBe(5);
  });
  it('answers null when the leader has left', () => {
    expect(findLeader(peers, { clientId: 99, participantId: 'p-cecilie' })).toBeNull();
    expect(findLeader(peers, { clientId: 99, participantId: null })).toBeNull();
  });
});

describe('followOnRequest', () => {
  const anne = { participantId: 'p-anne', name: 'Anne' };
  const own: FollowTarget = { clientId: 5, participantId: 'p-bjorn', name: 'Bjørn', requested: false };
  const asked: FollowTarget = { clientId: null, participantId: 'p-anne', name: 'Anne', requested: true };

  it('makes everyone but the asking facilitator follow a new request', () => {
    expect(followOnRequest(null, null, anne, 'p-me')).toEqual(asked);
    expect(followOnRequest(own, null, anne, 'p-me')).toEqual(asked);
    expect(followOnRequest(null, null, anne, 'p-anne')).toBeNull();
    expect(followOnRequest(own, null, anne, 'p-anne')).toEqual(own);
  });
  it('keeps a choice to stop following while the same request stands', () => {
    expect(followOnRequest(null, anne, anne, 'p-me')).toBeNull();
    expect(followOnRequest(own, anne, { ...anne, name: 'Anne N.' }, 'p-me')).toEqual(own);
  });
  it('releases those who followed because of a request when it ends, not those who chose to', () => {
    expect(followOnRequest(asked, anne, null, 'p-me')).toBeNull();
    expect(followOnRequest(own, anne, null, 'p-me')).toEqual(own);
  });
  it('follows again when the facilitator asks again after stopping', () => {
    const afterStop = followOnRequest(asked, anne, null, 'p-me');
    expect(followOnRequest(afterStop, null, anne, 'p-me')).toEqual(asked);
  });
});
