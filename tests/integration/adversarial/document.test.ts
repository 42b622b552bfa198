import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoardDoc } from '@/lib/board-doc';
import { CLOSE } from '@/lib/protocol';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import { connect, synced } from '../harness';
import { loadsFresh, sendUpdates, startAttackServer, stillServing, survives, type AttackServer, type Board } from './attack-server';

/**
 * Attacks through the document itself, each by an editor (the role that may write), against a
 * real server process. Each test states what the attacker gets (a close code or an HTTP status),
 * that nothing of the attack is stored, that another board is still served, that memory stays
 * within a bound, and that a fresh client still loads the attacked board.
 */
const MAX_DOC_BYTES = 400 * 1024;

let server: AttackServer;
beforeAll(async () => {
  server = await startAttackServer({ MAX_DOC_BYTES: String(MAX_DOC_BYTES), MESSAGES_PER_SECOND: '1000' });
}, 30_000);
afterAll(() => server?.stop());

/** An update that replaces a card of `base` with a map nested `depth` levels deep. */
function deepCard(card: string, depth: number, base: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const sv = Y.encodeStateVector(doc);
  doc.transact(() => {
    let m = doc.getMap('cards').set(card, new Y.Map<unknown>());
    for (let i = 0; i < depth; i++) m = m.set('x', new Y.Map<unknown>());
  });
  return Y.encodeStateAsUpdate(doc, sv);
}

let junkKeys = 0;

/** Junk written into `root` as `count` keys of `size` characters each, by a fresh client. */
function junk(root: string, count: number, size: number, doc = new Y.Doc()): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (let i = 0; i < count; i++) doc.getMap(root).set(`junk-${doc.clientID}-${junkKeys++}-${i}`, 'x'.repeat(size));
  });
  return Y.encodeStateAsUpdate(doc, before);
}

const hasDeepCard = (doc: Y.Doc) => (doc.getMap('cards').get('tsb') as Y.Map<unknown> | undefined)?.get('x') !== undefined;

async function restartAndLoad(board: Board): Promise<Y.Doc> {
  await server.restart();
  return loadsFresh(server, board);
}

describe('hostile document updates', () => {
  it('a card nested 12 000 maps deep is refused with 4422, stored nowhere, and the server and board go on', async () => {
    const board = await server.board();
    const rss = server.rss();
    const deep = deepCard('tsb', 12_000, await loadsFresh(server, board));
    expect(deep.byteLength).toBeGreaterThan(100_000);
    expect(await sendUpdates(server, board.id, board.tokens.editor, [deep])).toMatchObject({ code: CLOSE.badContent });
    // The history recorder reads the board a moment after a change; the process must outlive that.
    await new Promise((r) => setTimeout(r, 1500));
    expect(hasDeepCard(await survives(server, board, rss))).toBe(false);
    expect(hasDeepCard(await restartAndLoad(board))).toBe(false);
  }, 60_000);

  it('a board an older version stored with such a card still loads, reads, and can be cleaned by its facilitator', async () => {
    const board = await server.board();
    const deep = deepCard('tsb', 12_000, await loadsFresh(server, board));
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
    const stores = openSqliteStores(path.join(server.dataDir, 'boards.sqlite'));
    await stores.log.append(board.id, deep);
    await stores.close();
    await server.restart();
    const rss = server.rss();

    const loaded = await loadsFresh(server, board);
    const read = readBoardDoc(loaded);
    expect(read.skipped).toContain('card tsb');
    expect(read.allocation.placements.find((p) => p.responsibility === 'tsb')).toBeDefined();
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.alive()).toBe(true);
    expect((await server.request('GET', `/api/boards/${board.id}/consequences`, { token: board.tokens.viewer })).status).toBe(200);

    const cleaned = await server.request('POST', `/api/boards/${board.id}/clean`, { token: board.tokens.facilitator });
    expect(cleaned.status).toBe(200);
    expect(cleaned.json.removed).toContain('card tsb');
    expect((await server.request('POST', `/api/boards/${board.id}/clean`, { token: board.tokens.editor })).status).toBe(403);
    expect(readBoardDoc(await survives(server, board, rss)).skipped).toEqual([]);
  }, 60_000);

  it('a root map the page never reads is refused with 4422 and stored nowhere', async () => {
    const board = await server.board();
    const rss = server.rss();
    expect(await sendUpdates(server, board.id, board.tokens.editor, [junk('skrap', 10, 100)])).toMatchObject({ code: CLOSE.badContent });
    expect([...(await survives(server, board, rss)).share.keys()]).not.toContain('skrap');
    expect([...(await restartAndLoad(board)).share.keys()]).not.toContain('skrap');
  }, 30_000);

  it('updates missing what they depend on are refused past a small bound and never held', async () => {
    const board = await server.board();
    const rss = server.rss();
    const attacker = new Y.Doc();
    // The first change is never sent, so everything after it depends on something the server lacks.
    attacker.getMap('meta').set('first', 1);
    const gapped = Array.from({ length: 20 }, () => junk('meta', 50, 3000, attacker));
    const result = await sendUpdates(server, board.id, board.tokens.editor, gapped);
    expect(result).toMatchObject({ code: CLOSE.tooLarge });
    // Other boards were not stalled while the server turned the attack away.
    expect(await stillServing(server)).toBeLessThan(2000);
    const fresh = await survives(server, board, rss);
    expect([...fresh.getMap('meta').keys()].filter((k) => k.startsWith('junk'))).toEqual([]);
    // Nothing pending was kept either: after a restart the board holds none of it.
    expect([...(await restartAndLoad(board)).getMap('meta').keys()].filter((k) => k.startsWith('junk'))).toEqual([]);
  }, 60_000);

  it('a board filled to its limit refuses more with 4413 but takes deletions and its facilitator can clean it', async () => {
    const board = await server.board();
    const rss = server.rss();
    // A watcher keeps the board's room loaded, so no compaction between sockets frees room.
    const watcher = connect(server.ws, board.id, board.tokens.viewer);
    await synced(watcher);
    // Filled in ever smaller steps, each from a fresh client, until even a small change does not fit.
    for (const [count, size] of [[10, 3000], [1, 1000], [1, 10]] as const) {
      const filler = new Y.Doc();
      const updates = Array.from({ length: 60 }, () => junk('meta', count, size, filler));
      expect(await sendUpdates(server, board.id, board.tokens.editor, updates)).toMatchObject({ code: CLOSE.tooLarge });
    }
    // Even the facilitator's change of the title is now over the limit ...
    const retitle = new Y.Doc();
    Y.applyUpdate(retitle, Y.encodeStateAsUpdate(await loadsFresh(server, board)));
    const sv = Y.encodeStateVector(retitle);
    retitle.getMap('meta').set('title', 'Verksted om helsereformen, andre runde');
    expect(await sendUpdates(server, board.id, board.tokens.facilitator, [Y.encodeStateAsUpdate(retitle, sv)])).toMatchObject({ code: CLOSE.tooLarge });
    // ... but a deletion is always taken.
    const stored = await loadsFresh(server, board);
    const keys = [...stored.getMap('meta').keys()].filter((k) => k.startsWith('junk'));
    expect(keys.length).toBeGreaterThan(0);
    const del = new Y.Doc();
    Y.applyUpdate(del, Y.encodeStateAsUpdate(stored));
    const beforeDelete = Y.encodeStateVector(del);
    del.getMap('meta').delete(keys[0]!);
    expect(await sendUpdates(server, board.id, board.tokens.editor, [Y.encodeStateAsUpdate(del, beforeDelete)], 1500)).toBe('open');
    expect((await loadsFresh(server, board)).getMap('meta').has(keys[0]!)).toBe(false);

    const cleaned = await server.request('POST', `/api/boards/${board.id}/clean`, { token: board.tokens.facilitator });
    expect(cleaned.status).toBe(200);
    expect(cleaned.json.bytesAfter as number).toBeLessThan(cleaned.json.bytesBefore as number);
    // The board takes ordinary moves again.
    const again = new Y.Doc();
    Y.applyUpdate(again, Y.encodeStateAsUpdate(await loadsFresh(server, board)));
    const svAgain = Y.encodeStateVector(again);
    (again.getMap('cards').get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    expect(await sendUpdates(server, board.id, board.tokens.editor, [Y.encodeStateAsUpdate(again, svAgain)], 1500)).toBe('open');
    watcher.destroy();
    expect(((await survives(server, board, rss)).getMap('cards').get('tsb') as Y.Map<unknown>).get('level')).toBe('kommune');
  }, 60_000);

  it('a custom card costing 1e308 is skipped by every reader, so figures stay finite and proposals still save', async () => {
    const board = await server.board();
    const rss = server.rss();
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(await loadsFresh(server, board)));
    const sv = Y.encodeStateVector(writer);
    writer.transact(() => {
      const card = new Y.Map<unknown>();
      writer.getMap('custom').set('egen-aaaaaaaa', card);
      for (const [k, v] of Object.entries({ name: 'Uendelig', cost: 1e308, staff: 1e308, author: 'Angriper', baselineKind: 'kommune' })) card.set(k, v);
      const place = new Y.Map<unknown>();
      writer.getMap('cards').set('egen-aaaaaaaa', place);
      place.set('level', 'kommune');
      place.set('order', 'a0');
    });
    expect(await sendUpdates(server, board.id, board.tokens.editor, [Y.encodeStateAsUpdate(writer, sv)], 1000)).toBe('open');
    const read = readBoardDoc(await loadsFresh(server, board));
    expect(read.skipped).toContain('custom egen-aaaaaaaa');
    const consequences = await server.request('GET', `/api/boards/${board.id}/consequences`, { token: board.tokens.viewer });
    expect(consequences.status).toBe(200);
    expect(consequences.text).not.toMatch(/Infinity|NaN/);
    const joined = await server.request('POST', `/api/boards/${board.id}/join`, { token: board.tokens.editor, body: { name: 'Kari', organisation: 'KS' } });
    expect(joined.status).toBe(200);
    const saved = await server.request('POST', `/api/boards/${board.id}/proposals`, { token: joined.json.token as string, body: { name: 'Etter angrep', note: '' } });
    expect(saved.status).toBe(201);
    const headline = (saved.json.proposal as { headline: Record<string, number> }).headline;
    expect(Object.values(headline).every(Number.isFinite)).toBe(true);
    // The facilitator can take the card off the board altogether.
    const cleaned = await server.request('POST', `/api/boards/${board.id}/clean`, { token: board.tokens.facilitator });
    expect(cleaned.json.removed).toContain('custom egen-aaaaaaaa');
    expect(readBoardDoc(await survives(server, board, rss)).skipped).toEqual([]);
  }, 30_000);
});
