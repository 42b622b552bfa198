import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, type BoardMessage } from './fanout';

const roundTrip = (m: BoardMessage) => {
  const { kind, data } = encodeMessage(m);
  return decodeMessage(kind, data);
};

describe('fan-out messages', () => {
  it('carry every kind across unchanged', () => {
    const messages: BoardMessage[] = [
      { kind: 'update', data: new Uint8Array([1, 2, 3]) },
      { kind: 'awareness', data: new Uint8Array([4]) },
      { kind: 'hello' },
      { kind: 'catch-up' },
      { kind: 'rotated', role: 'editor', keyVersion: 3 },
      { kind: 'event', event: { type: 'participant', participant: { participantId: 'p1', name: 'Kari', organisation: 'KS', role: 'commenter' } } },
      { kind: 'event', event: { type: 'changed', change: { part: 'proposals', action: 'saved', id: 'Ab3_x-9' } } },
      { kind: 'event', event: { type: 'changed', change: { part: 'rounds', action: 'revealed', id: 'r0und1' } } },
      { kind: 'event', event: { type: 'changed', change: { part: 'breakouts', action: 'split', round: 2 } } },
      { kind: 'event', event: { type: 'changed', change: { part: 'history', action: 'appended', seq: 41 } } },
    ];
    for (const m of messages) expect(roundTrip(m)).toEqual(m);
  });

  it('skip entries of an unknown kind, with JSON that does not parse, or with a payload outside the schema', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(decodeMessage('z', new Uint8Array())).toBeNull();
    expect(decodeMessage('e', bytes('{not json'))).toBeNull();
    expect(decodeMessage('e', bytes('{"type":"thread"}'))).toBeNull();
    // A change signal is checked as strictly: a known part with an action of its own and a well-formed id.
    expect(decodeMessage('e', bytes('{"type":"changed","change":{"part":"comments","action":"saved","id":"a"}}'))).toBeNull();
    expect(decodeMessage('e', bytes('{"type":"changed","change":{"part":"rounds","action":"split","id":"a"}}'))).toBeNull();
    expect(decodeMessage('e', bytes('{"type":"changed","change":{"part":"proposals","action":"saved","id":"../x"}}'))).toBeNull();
    expect(decodeMessage('e', bytes('{"type":"changed","change":{"part":"history","action":"appended","seq":0}}'))).toBeNull();
    expect(decodeMessage('r', bytes('{"role":"chair","keyVersion":1}'))).toBeNull();
    expect(decodeMessage('r', bytes('{"role":"viewer","keyVersion":-1}'))).toBeNull();
  });
});
