import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, colourFor, createPeerReader, findLeader, followOnRequest, initials, latestDrags, noteDrags, readPeers, samePeers, viewOf, type DragsSeen, type FollowTarget, type Peer } from './presence';

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

/** A presence state that counts how often its `user` is read, which every parse of it does. */
function counted(state: { user: typeof user; drag?: unknown }) {
  const reads = { count: 0 };
  const wrapped = { ...state };
  Object.defineProperty(wrapped, 'user', {
    enumerable: true,
    get: () => {
      reads.count++;
      return state.user;
    },
  });
  return { state: wrapped, reads };
}

describe('createPeerReader', () => {
  it('parses a state object once and answers the same peer for it while it stays', () => {
    const read = createPeerReader();
    const anne = counted({ user: { ...user, name: 'Anne' } });
    const states = new Map<number, unknown>([[1, anne.state], [2, { user }]]);
    const first = read(states, 9);
    const readsAfterFirst = anne.reads.count;
    expect(readsAfterFirst).toBeGreaterThan(0);
    const second = read(states, 9);
    expect(anne.reads.count).toBe(readsAfterFirst);
    expect(second[0]).toBe(first[0]);
    expect(second).toEqual(readPeers(states, 9));
    expect(samePeers(first, second)).toBe(true);
  });

  it('parses a replaced state again, also one that no longer parses', () => {
    const read = createPeerReader();
    const states = new Map<number, unknown>([[1, { user }]]);
    const before = read(states, 9);
    states.set(1, { user, drag: { card: 'legevakt', level: 'kommune' } });
    const after = read(states, 9);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]!.drag).toEqual({ card: 'legevakt', level: 'kommune' });
    states.set(1, { user: { ...user, role: 'owner' } });
    expect(read(states, 9)).toEqual([]);
  });

  it('drops a client that left, so its old state is parsed afresh if the id comes back', () => {
    const read = createPeerReader();
    const back = counted({ user });
    const states = new Map<number, unknown>([[1, back.state], [2, { user }]]);
    read(states, 9);
    const reads = back.reads.count;
    states.delete(1);
    expect(read(states, 9).map((p) => p.clientId)).toEqual([2]);
    states.set(1, back.state);
    expect(read(states, 9).map((p) => p.clientId)).toEqual([1, 2]);
    expect(back.reads.count).toBeGreaterThan(reads);
  });

  it('never answers oneself, even for a state it has parsed as another client before', () => {
    const read = createPeerReader();
    const states = new Map<number, unknown>([[1, { user }], [2, { user }]]);
    expect(read(states, 9)).toHaveLength(2);
    expect(read(states, 1).map((p) => p.clientId)).toEqual([2]);
  });
});

const dragging = (clientId: number, card: string | null, level: string | null = 'kommune'): Peer => ({
  clientId,
  user: { ...user, role: 'editor' },
  drag: card === null ? null : { card, level },
});

describe('noteDrags and latestDrags', () => {
  it('orders drags by when they were seen to start or change, and keeps the newest few', () => {
    let seen: DragsSeen = new Map();
    seen = noteDrags(seen, [dragging(1, 'a'), dragging(2, 'b')], 10);
    seen = noteDrags(seen, [dragging(1, 'a'), dragging(2, 'b'), dragging(3, 'c')], 20);
    expect(latestDrags([dragging(1, 'a'), dragging(2, 'b'), dragging(3, 'c')], seen, 2).map((p) => p.clientId)).toEqual([3, 1]);
    // Client 2 moves over another column: its drag is the newest now.
    const now = [dragging(1, 'a'), dragging(2, 'b', 'fylke'), dragging(3, 'c')];
    seen = noteDrags(seen, now, 30);
    expect(latestDrags(now, seen, 2).map((p) => p.clientId)).toEqual([2, 3]);
  });

  it('keeps the map as it is when no drag changed, and forgets a peer that stopped dragging', () => {
    const peers = [dragging(1, 'a'), dragging(2, 'b')];
    const seen = noteDrags(new Map(), peers, 10);
    expect(noteDrags(seen, peers.map((p) => ({ ...p })), 99)).toBe(seen);
    const stopped = noteDrags(seen, [dragging(1, 'a'), dragging(2, null)], 40);
    expect([...stopped.keys()]).toEqual([1]);
    expect(stopped.get(1)!.at).toBe(10);
    expect(latestDrags([dragging(1, 'a'), dragging(2, null)], stopped, 5).map((p) => p.clientId)).toEqual([1]);
  });

  it('breaks ties by client id and puts drags it has not noted last', () => {
    const peers = [dragging(4, 'd'), dragging(2, 'b'), dragging(3, 'c')];
    const seen = noteDrags(new Map(), [dragging(4, 'd'), dragging(2, 'b')], 5);
    expect(latestDrags(peers, seen, 3).map((p) => p.clientId)).toEqual([2, 4, 3]);
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
