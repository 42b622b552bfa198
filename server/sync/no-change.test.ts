import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changesNothing } from './no-change';

/** A server document and a client that has synced with it, both gc'ing like the room. */
function pair() {
  const server = new Y.Doc({ gc: true });
  const cards = server.getMap<Y.Map<unknown>>('cards');
  for (const id of ['a', 'b', 'c']) {
    const card = new Y.Map<unknown>();
    card.set('level', 'kommune');
    cards.set(id, card);
  }
  cards.get('a')!.set('level', 'stat');
  cards.delete('c');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What the client sends in answer to the server's sync step 1. */
const step2 = (client: Y.Doc, server: Y.Doc) => Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
const contained = (server: Y.Doc, update: Uint8Array) => Y.snapshotContainsUpdate(Y.snapshot(server), update);

describe('changesNothing', () => {
  it('holds for the empty update and for the handshake answer of a client with nothing new, deletions included', () => {
    const { server, client } = pair();
    expect(changesNothing(server, Y.encodeStateAsUpdate(new Y.Doc(), Y.encodeStateVector(server)))).toBe(true);
    const answer = step2(client, server);
    // The answer repeats the whole delete set, so it is more than the empty update.
    expect(answer.byteLength).toBeGreaterThan(2);
    expect(changesNothing(server, answer)).toBe(true);
    expect(changesNothing(server, Y.encodeStateAsUpdate(server))).toBe(true);
  });

  it('fails for a new struct, a new deletion, and a deletion of what the document has not seen', () => {
    const { server, client } = pair();
    const edits: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => edits.push(u));
    client.getMap<Y.Map<unknown>>('cards').get('b')!.set('level', 'fylke');
    client.getMap<Y.Map<unknown>>('cards').delete('a');
    expect(edits.map((u) => changesNothing(server, u))).toEqual([false, false]);

    const stranger = new Y.Doc();
    stranger.getMap('cards').set('x', 1);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(stranger));
    const deletion: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => deletion.push(u));
    other.getMap('cards').delete('x');
    expect(changesNothing(server, deletion[0]!)).toBe(false);
  });

  it('agrees with comparing against a snapshot of the whole document', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), doc: fc.integer({ min: 0, max: 2 }), key: fc.constantFrom('a', 'b', 'c', 'd'), value: fc.integer() }),
      fc.record({ kind: fc.constant('delete' as const), doc: fc.integer({ min: 0, max: 2 }), key: fc.constantFrom('a', 'b', 'c', 'd') }),
      fc.record({ kind: fc.constant('sync' as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const docs = [new Y.Doc({ gc: true }), new Y.Doc(), new Y.Doc()];
        for (const o of ops) {
          if (o.kind === 'sync') Y.applyUpdate(docs[o.to]!, Y.encodeStateAsUpdate(docs[o.from]!));
          else if (o.kind === 'set') docs[o.doc]!.getMap('m').set(o.key, o.value);
          else docs[o.doc]!.getMap('m').delete(o.key);
        }
        const server = docs[0]!;
        for (const d of docs.slice(1)) {
          for (const u of [step2(d, server), Y.encodeStateAsUpdate(d)]) expect(changesNothing(server, u)).toBe(contained(server, u));
        }
      }),
    );
  });

  it('throws on bytes that are no update', () => {
    const { server } = pair();
    expect(() => changesNothing(server, new Uint8Array([200, 1, 7]))).toThrow();
  });
});
