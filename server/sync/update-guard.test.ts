import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { addCustomCard, addLevel, moveCard, removeCustomCard, removeLevel, renameLevel, reorderLevel, setLevelArrangement, writePlacement } from '@/lib/board-ops';
import { setBinding } from '@/lib/binding-ops';
import { catalog } from '@/lib/catalog';
import { setChoice } from '@/lib/choice-ops';
import { MAX_DELETE_DEPTH } from '@/lib/doc-depth';
import { restoreProposal } from '@/lib/restore';
import { readBoardDoc, ROOT } from '@/lib/board-doc';
import { silentLogger } from '../log';
import { Metrics } from '../metrics';
import { createBoard } from '../boards';
import { memoryStores } from '../storage/memory-stores';
import { Room } from './room';
import {
  checkUpdate,
  dropPending,
  MAX_KEY_LENGTH,
  MAX_NESTED_KEYS,
  MAX_PENDING_BYTES,
  MAX_ROOT_KEYS,
  MAX_STRING_LENGTH,
  MAX_VALUE_DEPTH,
  pendingBytes,
  type UpdateVerdict,
} from './update-guard';

const rooms: Room[] = [];
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.unload()));
});

/** A room on a fresh board in memory, loaded as the server loads one. */
async function loadRoom(template = 'dagens-ordning') {
  const stores = memoryStores();
  const board = await createBoard(stores.boards, catalog, { title: 'Vakt', template });
  const room = await Room.load(board.id, { stores, metrics: new Metrics(), log: silentLogger, compactAfter: 1000 });
  rooms.push(room);
  return { room, log: stores.log, id: board.id };
}

/** A client holding the room's board, and the updates its edits make from here on. */
function clientOf(doc: Y.Doc) {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  return { doc: client, updates, merged: () => Y.mergeUpdates(updates.splice(0)) };
}

/** What a room does with an update: judged, and applied only when the guard accepts it. */
function offer(room: Room, update: Uint8Array): UpdateVerdict {
  const verdict = checkUpdate(room.doc, update);
  if (verdict.ok) Y.applyUpdate(room.doc, update, 'peer');
  return verdict;
}

const refusal = (verdict: UpdateVerdict) => (verdict.ok ? null : verdict.refusal);

/** An update of hand-made items (parents, origins and contents as given) and no deletions. */
function rawUpdate(items: Y.Item[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, Y.Item[]>();
  for (const i of items) byClient.set(i.id.client, byClient.get(i.id.client) ?? []).get(i.id.client)!.push(i);
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

const item = (client: number, clock: number, at: { parent?: string | Y.ID; key?: string; origin?: Y.ID }, value: unknown = 1) =>
  new Y.Item(Y.createID(client, clock), null, at.origin ?? null, null, null, (at.parent ?? null) as never, at.key ?? null, new Y.ContentAny([value]));

/** A fresh client's update setting cards.<card> to a map nested `depth` maps deep, built level by level. */
function deepCard(card: string, depth: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    let m = doc.getMap(ROOT.cards).set(card, new Y.Map<unknown>());
    for (let i = 0; i < depth; i++) m = m.set('x', new Y.Map<unknown>());
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('the update guard', () => {
  it('accepts every edit the board page makes, each of which then reads as intended', async () => {
    const { room } = await loadRoom();
    const client = clientOf(room.doc);
    const d = client.doc;
    const undo = new Y.UndoManager(Object.values(ROOT).map((name) => d.getMap(name)), { trackedOrigins: new Set(['me']), captureTimeout: 0 });
    const note = 'n'.repeat(1000);
    const edits: [string, () => unknown][] = [
      ['move', () => moveCard(d, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, 'me')],
      ['add level', () => addLevel(d, { kind: 'region', name: 'Region Nord' }, 'me')],
      ['rename level', () => renameLevel(d, { level: 'region', name: 'Nord' }, 'me')],
      ['arrangement', () => setLevelArrangement(d, { level: 'region', arrangement: 'Samarbeid' }, 'me')],
      ['reorder', () => reorderLevel(d, { level: 'region', index: 0 }, 'me')],
      ['custom card', () => addCustomCard(d, { name: 'Eget kort', cost: 12, staff: 3, author: 'Kari', note, level: 'kommune' }, 'me', () => 'egen-abcd1234')],
      ['remove custom card', () => removeCustomCard(d, { card: 'egen-abcd1234' }, 'me')],
      ['undo the removal', () => undo.undo()],
      ['remove level', () => removeLevel(d, { level: 'region' }, 'me')],
      ['choice', () => setChoice(d, { choice: 'region-election', value: 'direct' }, 'me')],
      ['binding', () => setBinding(d, { pathway: catalog.pathways[0]!.id, bound: true }, 'me')],
      ['replace a malformed entry', () => d.transact(() => writePlacement(d.getMap(ROOT.cards), 'dps', 'kommune', 'a5'), 'me')],
      ['meta counter', () => d.getMap(ROOT.meta).set('edits', 7)],
      ['title', () => d.getMap(ROOT.meta).set('title', 'Verksted om helsereformen, andre runde')],
    ];
    for (const [label, edit] of edits) {
      edit();
      const update = client.merged();
      expect(offer(room, update), label).toMatchObject({ ok: true, missing: false });
    }
    expect(readBoardDoc(room.doc)).toEqual(readBoardDoc(d));
    expect(readBoardDoc(room.doc).skipped).toEqual([]);
  });

  it('accepts a whole board, as a first sync step 2 from a client that made it carries it', async () => {
    const { room } = await loadRoom('modell-2');
    const elsewhere = (await loadRoom('modell-2')).room.doc;
    // A different board's history is no dependency of this one: all of it is new, nothing pending.
    expect(checkUpdate(room.doc, Y.encodeStateAsUpdate(elsewhere))).toEqual({ ok: true, deletesOnly: false, missing: false });
  });

  it('accepts a proposal restored by another instance and a sync step 2 that repeats only deletions', async () => {
    const { room } = await loadRoom();
    const other = clientOf(room.doc);
    moveCard(other.doc, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, 'me');
    removeLevel(other.doc, { level: 'fylkeskommune' }, 'me');
    const before = readBoardDoc(other.doc);
    restoreProposal(other.doc, { catalogVersion: catalog.version, allocation: before.allocation, custom: [], assumptions: [], choices: before.choices }, 'me');
    expect(offer(room, other.merged()).ok).toBe(true);
    // What a client answers the greeting with when it holds nothing new: its delete set, no structs.
    expect(checkUpdate(room.doc, Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(room.doc)))).toMatchObject({ ok: true, deletesOnly: true });
  });

  it('refuses a card set to a map 12 000 levels deep, and nothing of it reaches the document or the store', async () => {
    const { room, log, id } = await loadRoom();
    const stored = await log.load(id);
    const deep = deepCard('tsb', 12_000);
    expect(deep.byteLength).toBeGreaterThan(100_000);
    expect(offer(room, deep)).toEqual({ ok: false, refusal: 'shape', reason: 'a shared type anywhere but in a root map' });
    await room.settled();
    expect(await log.load(id)).toEqual(stored);
    expect(room.doc.getMap(ROOT.cards).get('tsb')).toBeInstanceOf(Y.Map);
    expect((room.doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>).has('x')).toBe(false);
    // Two levels, a map in a root map, is the shape the board has.
    expect(checkUpdate(room.doc, deepCard('tsb', 0)).ok).toBe(true);
  });

  it('refuses roots, types, contents, keys and values the board does not have', async () => {
    const { room } = await loadRoom();
    const cases: [string, (d: Y.Doc) => void, string][] = [
      ['unknown root map', (d) => d.getMap('junk').set('k', 1), 'a root type the board does not have'],
      ['text as a root', (d) => d.getText('notes').insert(0, 'hei'), 'a root type the board does not have'],
      ['list in a known root', (d) => d.getArray(ROOT.cards).insert(0, [1]), 'list content where the board has maps'],
      ['text in a root map', (d) => d.getMap(ROOT.cards).set('t', new Y.Text('x')), 'a shared type that is not a map'],
      ['array in a root map', (d) => d.getMap(ROOT.levels).set('a', new Y.Array()), 'a shared type that is not a map'],
      ['map in a card map', (d) => (d.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>).set('x', new Y.Map()), 'a shared type anywhere but in a root map'],
      ['subdocument', (d) => d.getMap(ROOT.meta).set('sub', new Y.Doc()), 'content of a kind a board does not hold'],
      ['binary value', (d) => d.getMap(ROOT.meta).set('bin', new Uint8Array(8)), 'content of a kind a board does not hold'],
      ['long key', (d) => d.getMap(ROOT.meta).set('k'.repeat(MAX_KEY_LENGTH + 1), 1), `a map key over ${MAX_KEY_LENGTH} characters`],
      ['long text', (d) => d.getMap(ROOT.meta).set('t', 'x'.repeat(MAX_STRING_LENGTH + 1)), `a text over ${MAX_STRING_LENGTH} characters`],
      ['deep value', (d) => d.getMap(ROOT.meta).set('v', nest(MAX_VALUE_DEPTH + 1)), `a value nested more than ${MAX_VALUE_DEPTH} levels`],
      ['long key in a value', (d) => d.getMap(ROOT.meta).set('v', { ['k'.repeat(MAX_KEY_LENGTH + 1)]: 1 }), `a map key over ${MAX_KEY_LENGTH} characters`],
    ];
    for (const [label, edit, reason] of cases) {
      const client = clientOf(room.doc);
      edit(client.doc);
      const verdict = offer(room, client.merged());
      expect(verdict, label).toEqual({ ok: false, refusal: 'shape', reason });
      expect(Buffer.byteLength(`update refused: ${reason}`), 'fits a close frame').toBeLessThanOrEqual(123);
    }
    expect([...room.doc.share.keys()].sort()).toEqual(Object.values(ROOT).sort());
    // A value as deep as allowed, and as long, is taken.
    const fine = clientOf(room.doc);
    fine.doc.getMap(ROOT.meta).set('v', nest(MAX_VALUE_DEPTH));
    fine.doc.getMap(ROOT.meta).set('t', 'x'.repeat(MAX_STRING_LENGTH));
    expect(offer(room, fine.merged()).ok).toBe(true);
  });

  it('bounds the keys of a root map and of a map in it, counting those already there', async () => {
    const { room } = await loadRoom();
    const client = clientOf(room.doc);
    const card = client.doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>;
    for (let i = card.size; i < MAX_NESTED_KEYS; i++) card.set(`f${i}`, i);
    expect(offer(room, client.merged()).ok).toBe(true);
    card.set('one-more', 1);
    expect(offer(room, client.merged())).toMatchObject({ ok: false, reason: `more than ${MAX_NESTED_KEYS} keys in a nested map` });
    // Overwriting a key already there adds none.
    const again = clientOf(room.doc);
    (again.doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>).set('f10', 'ny');
    expect(offer(room, again.merged()).ok).toBe(true);

    const meta = clientOf(room.doc);
    meta.doc.transact(() => {
      for (let i = meta.doc.getMap(ROOT.meta).size; i <= MAX_ROOT_KEYS; i++) meta.doc.getMap(ROOT.meta).set(`k${i}`, i);
    });
    expect(offer(room, meta.merged())).toMatchObject({ ok: false, reason: `more than ${MAX_ROOT_KEYS} keys in a root map` });
  });

  it('takes an update that only deletes, and refuses a deletion of a tree too deep to delete in one step', async () => {
    const { room } = await loadRoom();
    const client = clientOf(room.doc);
    client.doc.getMap(ROOT.cards).delete('tsb');
    expect(offer(room, client.merged())).toEqual({ ok: true, deletesOnly: true, missing: false });
    expect(room.doc.getMap(ROOT.cards).has('tsb')).toBe(false);

    // A board an older version stored with a deep card: deleting or overwriting it in one go would
    // overflow the stack a few thousand levels down; deeper than MAX_DELETE_DEPTH is refused.
    Y.applyUpdate(room.doc, deepCard('gammel', MAX_DELETE_DEPTH + 100), 'load');
    const deleter = clientOf(room.doc);
    deleter.doc.getMap(ROOT.cards).delete('gammel');
    expect(offer(room, deleter.merged())).toMatchObject({ ok: false, refusal: 'shape', reason: 'deletes a tree too deep to delete; clean the board' });
    const overwriter = clientOf(room.doc);
    overwriter.doc.getMap(ROOT.cards).set('gammel', 'flat');
    expect(offer(room, overwriter.merged())).toMatchObject({ ok: false, refusal: 'shape', reason: 'overwrites a tree too deep to delete; clean the board' });
    expect(room.doc.getMap(ROOT.cards).get('gammel')).toBeInstanceOf(Y.Map);
  });

  it('lets a small update wait for what it lacks, refuses past MAX_PENDING_BYTES, and the dropped pending is gone', async () => {
    const { room } = await loadRoom();
    const client = clientOf(room.doc);
    // The first change never reaches the server, so every later one lacks it.
    client.doc.getMap(ROOT.meta).set('first', 1);
    const lost = client.merged();
    client.doc.getMap(ROOT.meta).set('second', 2);
    // An edit sent just before the client's handshake caught the server up: held, then integrated.
    expect(offer(room, client.merged())).toEqual({ ok: true, deletesOnly: false, missing: true });
    expect(pendingBytes(room.doc)).toBeGreaterThan(0);
    expect(offer(room, lost).ok).toBe(true);
    expect(pendingBytes(room.doc)).toBe(0);
    expect(room.doc.getMap(ROOT.meta).get('second')).toBe(2);

    client.doc.getMap(ROOT.meta).set('third', 3);
    client.merged();
    const junk = () => {
      client.doc.transact(() => {
        for (let i = 0; i < 30; i++) client.doc.getMap(ROOT.meta).set(`junk-${i}`, 'x'.repeat(MAX_STRING_LENGTH));
      });
      return client.merged();
    };
    let verdict: UpdateVerdict = { ok: true, deletesOnly: false, missing: false };
    let offered = 0;
    while (verdict.ok) {
      verdict = offer(room, junk());
      offered++;
    }
    expect(verdict).toEqual({ ok: false, refusal: 'pending', reason: `more than ${MAX_PENDING_BYTES / 1024} KiB waiting for what the board lacks` });
    expect(offered).toBeGreaterThan(1);
    expect(pendingBytes(room.doc)).toBeLessThanOrEqual(MAX_PENDING_BYTES);
    dropPending(room.doc);
    expect(pendingBytes(room.doc)).toBe(0);
    // What was dropped comes back whole with the client's next handshake.
    expect(offer(room, Y.encodeStateAsUpdate(client.doc, Y.encodeStateVector(room.doc))).ok).toBe(true);
    expect(room.doc.getMap(ROOT.meta).get('junk-0')).toHaveLength(MAX_STRING_LENGTH);
    expect(pendingBytes(room.doc)).toBe(0);
  });

  it('follows a place through neighbours, refuses items that refer to themselves, and never throws on garbage', async () => {
    const { room } = await loadRoom();
    const meta = room.doc.getMap(ROOT.meta);
    // An overwrite names no parent, only the value it replaces; that one's place decides.
    const current = meta._map.get('title')!;
    expect(checkUpdate(room.doc, rawUpdate([item(1, 0, { origin: current.id }, 'ny tittel')])).ok).toBe(true);
    expect(checkUpdate(room.doc, rawUpdate([item(1, 0, { origin: Y.createID(1, 0) })]))).toMatchObject({ ok: false, refusal: 'malformed' });
    // Two clients each taking their place from the other: a ring Yjs would hold pending for ever.
    const ring = rawUpdate([item(1, 0, { origin: Y.createID(2, 0) }), item(2, 0, { origin: Y.createID(1, 0) })]);
    expect(checkUpdate(room.doc, ring)).toMatchObject({ ok: false, refusal: 'malformed' });
    // A chain of neighbours 50 000 long is followed without recursion.
    const chain = [item(3, 0, { parent: ROOT.meta, key: 'lang' }), ...Array.from({ length: 50_000 }, (_, i) => item(3, i + 1, { origin: Y.createID(3, i) }))];
    expect(checkUpdate(room.doc, rawUpdate(chain)).ok).toBe(true);
    // A neighbour the document lacks: pending, its place unknown until it comes.
    expect(checkUpdate(room.doc, rawUpdate([item(4, 0, { origin: Y.createID(5, 9) })]))).toEqual({ ok: true, deletesOnly: false, missing: true });
    // A deletion range of length 0 beyond what the document has: applying it would make Yjs throw.
    const emptyDelete = new Y.UpdateEncoderV1();
    for (const n of [0, 1, 777, 1, 50, 0]) encoding.writeVarUint(emptyDelete.restEncoder, n);
    const update = emptyDelete.toUint8Array();
    expect(() => Y.applyUpdate(new Y.Doc(), update)).toThrow();
    expect(checkUpdate(room.doc, update)).toEqual({ ok: false, refusal: 'malformed', reason: 'an empty deletion range' });
    for (const garbage of [new Uint8Array([1, 2, 3]), new Uint8Array(64).fill(255), new Uint8Array(0)]) {
      const verdict = checkUpdate(room.doc, garbage);
      expect(refusal(verdict) === 'malformed' || verdict.ok).toBe(true);
    }
  });
});

/** An array nested `depth` levels deep. */
function nest(depth: number): unknown {
  let value: unknown = 'bunn';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
