import fc from 'fast-check';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { addCustomCard, addLevel, moveCard, removeLevel, renameLevel } from '@/lib/board-ops';
import { readBoardDoc, ROOT } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import { levelKindSchema } from '@/lib/catalog/schema';
import { setChoice } from '@/lib/choice-ops';
import { collectDeepFirst, liveItems, typeLevels } from '@/lib/doc-depth';
import { createBoard } from '../boards';
import { silentLogger } from '../log';
import { Metrics } from '../metrics';
import { memoryStores } from '../storage/memory-stores';
import { Room, type RoomOptions } from './room';
import { checkUpdate, dropPending, MAX_NESTING, MAX_PENDING_BYTES, MAX_STRING_LENGTH, pendingBytes } from './update-guard';

/**
 * Random and hostile updates, fed to a real room the way a connection feeds it (judged, applied
 * only when accepted, pending dropped past its bound): nothing throws, the live document keeps the
 * board's shape, and what the store holds loads again and reads.
 */

const ROOTS = Object.values(ROOT) as string[];
const root = fc.constantFrom(...ROOTS, ...ROOTS, 'junk', 'notes', '');
const key = fc.oneof(fc.constantFrom('tsb', 'legevakt', 'level', 'order', 'title', 'kommune', 'x'), fc.string({ maxLength: 8 }), fc.constant('k'.repeat(250)));
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(MAX_STRING_LENGTH, MAX_STRING_LENGTH + 1, 20_000).map((n) => 'x'.repeat(n)));
const deepValue = fc.integer({ min: 0, max: 60 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { v: value } : [value];
  return value;
});
const value = fc.oneof(fc.jsonValue({ maxDepth: 6 }), text, deepValue, fc.constant(new Uint8Array(4)));

/** One edit a client may make, in a transaction of its own. */
type Edit = (doc: Y.Doc) => void;
const kind = fc.constantFrom(...levelKindSchema.options);
const card = fc.constantFrom(...catalog.responsibilities.slice(0, 12).map((r) => r.id));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A value at a random place: a root, or maps nested below it `depth` deep (made one level at a time).
  fc.record({ root, path: fc.array(key, { maxLength: 4 }), key, value }).map(({ root, path, key, value }) => (doc: Y.Doc) => {
    let map = doc.getMap<unknown>(root);
    for (const step of path) {
      const next = map.get(step);
      map = next instanceof Y.Map ? next : (map.set(step, new Y.Map<unknown>()) as Y.Map<unknown>);
    }
    map.set(key, value);
  }),
  fc.record({ root, key }).map(({ root, key }) => (doc: Y.Doc) => doc.getMap(root).delete(key)),
  fc.record({ root, key, depth: fc.integer({ min: 1, max: 400 }) }).map(({ root, key, depth }) => (doc: Y.Doc) => {
    let map = doc.getMap<unknown>(root).set(key, new Y.Map<unknown>()) as Y.Map<unknown>;
    for (let i = 0; i < depth; i++) map = map.set('x', new Y.Map<unknown>()) as Y.Map<unknown>;
  }),
  fc.record({ root, key }).map(({ root, key }) => (doc: Y.Doc) => doc.getMap(root).set(key, new Y.Text('tekst'))),
  fc.record({ name: fc.constantFrom('notes', 'junk'), s: fc.string({ maxLength: 20 }) }).map(({ name, s }) => (doc: Y.Doc) => doc.getText(name).insert(0, s)),
  fc.record({ card, level: kind, index: fc.nat(5) }).map(({ card, level, index }) => (doc: Y.Doc) => void moveCard(doc, { card, toLevel: level, index }, 'me')),
  kind.map((k) => (doc: Y.Doc) => void addLevel(doc, { kind: k }, 'me')),
  kind.map((k) => (doc: Y.Doc) => void removeLevel(doc, { level: k }, 'me')),
  fc.record({ level: kind, name: fc.string({ maxLength: 90 }) }).map(({ level, name }) => (doc: Y.Doc) => void renameLevel(doc, { level, name }, 'me')),
  fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), note: fc.string({ maxLength: 1000 }) }).map(({ name, note }) => (doc: Y.Doc) => void addCustomCard(doc, { name, author: 'Kari', note, level: 'kommune' }, 'me')),
  fc.constantFrom('direct', 'indirect', 'open').map((v) => (doc: Y.Doc) => void setChoice(doc, { choice: 'region-election', value: v }, 'me')),
);

/** How a client's updates reach the server: all in order, merged, some lost (so later ones lack them), or reordered. */
const delivery = fc.constantFrom('in order', 'merged', 'first lost', 'some lost', 'reversed');

/**
 * Hand-made items, as no Yjs client writes them: parents, neighbours and contents at random,
 * referring to the board's own items (client 0 here stands for the board's creator), to each
 * other, to themselves and to items no one has.
 */
type Crafted = { client: number; clock: number; parent: string | [number, number] | null; key: string | null; origin: [number, number] | null; content: 'value' | 'map' | 'deleted' | 'text' };
const ref = fc.tuple(fc.constantFrom(0, 1, 2, 3), fc.nat(40));
const crafted = fc.array(
  fc.record({
    client: fc.constantFrom(1, 2, 3),
    clock: fc.nat(40),
    parent: fc.oneof(fc.constant(null), root, ref),
    key: fc.oneof(fc.constant(null), key),
    origin: fc.oneof(fc.constant(null), ref),
    content: fc.constantFrom('value', 'map', 'deleted', 'text'),
  }),
  { maxLength: 12 },
);

function craftUpdate(items: Crafted[], creator: number): Uint8Array {
  const id = ([client, clock]: [number, number]) => Y.createID(client === 0 ? creator : client, clock);
  const contents = { value: () => new Y.ContentAny([1]), map: () => new Y.ContentType(new Y.Map()), deleted: () => new Y.ContentDeleted(1), text: () => new Y.ContentString('x') };
  const byClient = new Map<number, Y.Item[]>();
  for (const c of items) {
    const list = byClient.get(c.client) ?? [];
    const clock = (list.length > 0 ? list[0]!.id.clock : c.clock) + list.length;
    // An item with neither parent nor neighbour has no encoding: the format writes a parent whenever there is no neighbour.
    const parent = Array.isArray(c.parent) ? id(c.parent) : (c.parent ?? (c.origin ? null : ROOT.meta));
    list.push(new Y.Item(Y.createID(c.client, clock), null, c.origin && id(c.origin), null, null, parent as never, c.key, contents[c.content]()));
    byClient.set(c.client, list);
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const item of list) item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** What one run sends: a client's edits delivered some way, with random bytes, corrupted copies and hand-made items mixed in. */
const run = fc.record({
  edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
  delivery,
  lostMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  garbage: fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 2 }),
  corruptions: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
  crafted: fc.array(crafted, { maxLength: 3 }),
});

function deliver(updates: Uint8Array[], how: string, lost: boolean[]): Uint8Array[] {
  if (how === 'merged') return updates.length > 0 ? [Y.mergeUpdates(updates)] : [];
  if (how === 'first lost') return updates.slice(1);
  if (how === 'some lost') return updates.filter((_, i) => !lost[i % lost.length]);
  if (how === 'reversed') return [...updates].reverse();
  return updates;
}

/** Throws unless the document has only the board's roots, maps nested at most MAX_NESTING deep, and bounded texts. */
function expectBoardShape(doc: Y.Doc): void {
  expect([...doc.share.keys()].filter((name) => !ROOTS.includes(name))).toEqual([]);
  for (const type of doc.share.values()) {
    for (const item of liveItems(type)) {
      expect(item.parentSub, 'map entries only').not.toBeNull();
      if (item.content instanceof Y.ContentType) expect(typeLevels(item.content.type).length).toBeLessThan(MAX_NESTING);
    }
  }
}

async function freshRoom() {
  const stores = memoryStores();
  const board = await createBoard(stores.boards, catalog, { title: 'Egenskaper', template: 'dagens-ordning' });
  const opts: RoomOptions = { stores, metrics: new Metrics(), log: silentLogger, compactAfter: 1000 };
  return { room: await Room.load(board.id, opts), opts, id: board.id };
}

describe('a room fed random and hostile updates', () => {
  it('never throws, keeps the board shape, and stores only what loads and reads again', async () => {
    await fc.assert(
      fc.asyncProperty(run, async ({ edits, delivery: how, lostMask, garbage, corruptions, crafted }) => {
        const { room, opts, id } = await freshRoom();
        const client = new Y.Doc();
        Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
        const made: Uint8Array[] = [];
        client.on('update', (u: Uint8Array) => made.push(u));
        for (const e of edits) {
          try {
            client.transact(() => e(client));
          } catch {
            // The client itself cannot make this edit (a root it already uses as another type): it sends nothing for it.
          }
        }
        const sent = deliver(made, how, lostMask);
        for (const [which, at, byte] of sent.length > 0 ? corruptions : []) {
          const copy = sent[which % sent.length]!.slice();
          copy[at % copy.length] = byte;
          sent.push(copy);
        }
        const creator = [...room.doc.store.clients.keys()][0]!;
        sent.push(...garbage, ...crafted.map((items) => craftUpdate(items, creator)));
        // Finally the client's handshake: everything the room lacks, as a sync step 2 carries it.
        sent.push(Y.encodeStateAsUpdate(client, Y.encodeStateVector(room.doc)));

        for (const update of sent) {
          const verdict = checkUpdate(room.doc, update);
          if (!verdict.ok) {
            expect(Buffer.byteLength(verdict.reason)).toBeLessThanOrEqual(100);
            if (verdict.refusal === 'pending') dropPending(room.doc);
            continue;
          }
          Y.applyUpdate(room.doc, update, 'peer');
          if (pendingBytes(room.doc) > MAX_PENDING_BYTES) dropPending(room.doc);
        }
        await room.settled();
        expect(() => readBoardDoc(room.doc)).not.toThrow();
        expectBoardShape(room.doc);

        const stored = await opts.stores.log.load(id);
        const fresh = new Y.Doc({ gcFilter: collectDeepFirst });
        Y.transact(fresh, () => [stored.state, ...stored.updates].forEach((u) => u && Y.applyUpdate(fresh, u)));
        expect(readBoardDoc(fresh)).toEqual(readBoardDoc(room.doc));
        await room.unload();
        const again = await Room.load(id, opts);
        expect(readBoardDoc(again.doc).allocation).toEqual(readBoardDoc(fresh).allocation);
        await again.unload();
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});
