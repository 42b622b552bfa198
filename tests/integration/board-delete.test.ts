import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { CLOSE, SYNC_PATH } from '@/lib/protocol';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import { RedisFanout } from '@/server/fanout/redis-fanout';
import { silentLogger } from '@/server/log';
import { openPgStores } from '@/server/storage/pg-stores';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';
import { boardHoldings, fillBoard } from './board-fill';
import { call, join, startThread } from './comment-client';
import { connect, eventually, rawSocket, SECRET, startServer, synced, type Client } from './harness';
import { postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';
import { shared } from './services/shared-store';
import { suiteTitle } from './services/skip';
import { serverForSuite } from './services/suite';

const MARKER = 'Hemmelig-innspill-7f3q';

/** Where the raw bytes of the SQLite file and its WAL hold `needle` (as UTF-8), by file. */
function foundIn(dataDir: string, needle: string): string[] {
  const file = path.join(dataDir, 'boards.sqlite');
  return [file, `${file}-wal`].filter((f) => fs.existsSync(f) && fs.readFileSync(f).includes(Buffer.from(needle, 'utf8'))).map((f) => path.basename(f));
}

describe('deleting a board (SQLite)', () => {
  const suite = serverForSuite();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.destroy()));

  it('refuses anyone but a facilitator, and a title that does not match', async () => {
    const { server } = suite;
    const board = await server.board();
    const path = `/api/boards/${board.id}`;
    expect((await call(server, 'DELETE', path, { token: board.tokens.editor, body: { title: 'Test' } })).status).toBe(403);
    expect((await call(server, 'DELETE', path, { body: { title: 'Test' } })).status).toBe(401);
    const wrong = await call(server, 'DELETE', path, { token: board.tokens.facilitator, body: { title: 'Tes' } });
    expect(wrong.status).toBe(422);
    expect(wrong.json.fields).toHaveProperty('title');
    expect((await call(server, 'DELETE', path, { token: board.tokens.facilitator, body: {} })).status).toBe(400);
    expect((await call(server, 'GET', path, { token: board.tokens.viewer })).status).toBe(200);
  });

  it('removes the board and its breakout board from every table, the file and its WAL, closes its sockets with 4410, and answers its links with 410', async () => {
    const { server } = suite;
    const board = await server.board();
    const group = 'grp' + board.id.slice(3);
    const kept = await server.board();
    // Content through the real paths: a document edit over the socket, a participant who joined, a thread.
    const editor = connect(server.ws, board.id, board.tokens.editor);
    clients.push(editor);
    await synced(editor);
    editor.doc.getMap('meta').set('note', `doc ${MARKER}`);
    const kari = await join(server, board.id, board.tokens.commenter, `Kari ${MARKER}`);
    await startThread(server, board.id, kari.token, { anchor: { kind: 'board' }, body: `innspill ${MARKER}` });
    // And the rest straight through the stores: proposals, history, a round with an answer, controls, a group board.
    await fillBoard(server.stores, board.id, MARKER, group);
    await fillBoard(server.stores, kept.id, 'KEPT');
    const keptBefore = await boardHoldings(server.stores, kept.id);
    await eventually(async () => expect((await server.stores.log.load(board.id)).updates.length).toBeGreaterThan(1));
    // The scan below can fail: before the deletion the bytes are there.
    for (const needle of [board.id, group, MARKER]) expect(foundIn(server.dataDir, needle)).not.toEqual([]);

    const viewer = rawSocket(`${server.ws}/${board.id}?token=${board.tokens.viewer}`);
    await viewer.opened;
    const r = await call(server, 'DELETE', `/api/boards/${board.id}`, { token: board.tokens.facilitator, body: { title: ' Test ' } });
    expect(r).toMatchObject({ status: 200, json: { deleted: true, boards: 2 } });
    expect(await viewer.closed).toMatchObject({ code: CLOSE.deleted });

    for (const needle of [board.id, group, MARKER]) expect(foundIn(server.dataDir, needle), needle).toEqual([]);
    expect(await boardHoldings(server.stores, kept.id)).toEqual(keptBefore);
    expect(foundIn(server.dataDir, 'KEPT')).not.toEqual([]);

    // Its links now say the board was deleted, over HTTP and over the socket.
    const gone = await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.viewer });
    expect(gone).toMatchObject({ status: 410, json: { error: 'this board was deleted', code: 'deleted' } });
    expect((await call(server, 'GET', `/api/boards/${board.id}/threads`, { token: kari.token })).status).toBe(410);
    expect(await rawSocket(`${server.ws}/${board.id}?token=${board.tokens.editor}`).closed).toMatchObject({ code: CLOSE.deleted });
    // A token for another board on a path naming a board that never was stays a plain 404.
    expect((await call(server, 'GET', `/api/boards/neverwas0001`, { token: kept.tokens.viewer })).status).toBe(404);
    // Deleting again: the link is dead.
    expect((await call(server, 'DELETE', `/api/boards/${board.id}`, { token: board.tokens.facilitator, body: { title: 'Test' } })).status).toBe(410);
  });
});

const skipShared = [postgresUnavailable(), redisUnavailable()].filter(Boolean).join('; ') || null;

/** Every row of every table of the database, each as its text form (the whole row cast to text). */
async function everyRow(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    const rows: string[] = [];
    for (const { table_name } of tables.rows) rows.push(...(await client.query<{ row: string }>(`SELECT t::text AS row FROM ${pg.escapeIdentifier(table_name)} t`)).rows.map((r) => `${table_name}: ${r.row}`));
    return rows;
  } finally {
    await client.end();
  }
}

/** Every Redis key (found with SCAN) and, for a stream, every field and value of every entry, as text. */
async function everyRedisKey(url: string): Promise<string[]> {
  const redis = new Redis(url);
  try {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scanBuffer(cursor, 'COUNT', 1000);
      cursor = next.toString();
      for (const key of keys) {
        found.push(`key ${key.toString('latin1')}`);
        if ((await redis.type(key)) !== 'stream') continue;
        for (const [id, fields] of await redis.xrangeBuffer(key, '-', '+')) found.push(`${key.toString('latin1')} ${id.toString()} ${fields.map((f) => f.toString('latin1')).join(' ')}`);
      }
    } while (cursor !== '0');
    return found;
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(skipShared !== null)(suiteTitle('deleting a board (PostgreSQL and Redis, two instances)', skipShared), () => {
  let postgres: PostgresServer;
  let redis: RedisServer;
  let url: string;
  let stores: Stores;
  const instances: { http: string; ws: string; close(): Promise<void> }[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    postgres = (await startPostgres())!;
    url = await postgres.createDatabase('deletion');
    stores = await openPgStores(url);
    redis = await startRedis();
    const config = loadConfig({ UNLOAD_AFTER_MS: '0' }, process.cwd());
    for (let i = 0; i < 2; i++) {
      // The stream of a deleted board goes 300 ms after its last message, not the default seconds, to keep the test short.
      const fanout = await RedisFanout.connect({ url: redis.url, log: silentLogger, dropAfterMs: 300 });
      const server = createBoardServer({ config, stores: shared(stores), catalog, secret: SECRET, log: silentLogger, fanout });
      const port = await server.listen(0);
      instances.push({ http: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}${SYNC_PATH}`, close: () => server.close() });
    }
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    for (const i of instances) await i.close();
    await stores?.close();
    await redis?.destroy();
    await postgres?.destroy();
  });

  const api = (i: number, method: string, path: string, token: string, body?: unknown) =>
    fetch(`${instances[i]!.http}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('leaves nothing of the board or its group in any table or any Redis key, and closes its sockets on both instances', async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Delt tavle', template: 'dagens-ordning' });
    const board = { ...record, ...boardLinks(record, SECRET) };
    const keptRecord = await createBoard(stores.boards, catalog, { title: 'Tavla ved siden av', template: 'dagens-ordning' });
    const kept = { ...keptRecord, ...boardLinks(keptRecord, SECRET) };
    const group = 'grp' + board.id.slice(3);
    await fillBoard(stores, board.id, MARKER, group);
    await fillBoard(stores, kept.id, 'KEPT');

    // An edit on instance 0 reaches a client of instance 1 through the board's Redis stream.
    const editor = connect(instances[0]!.ws, board.id, board.tokens.editor);
    const reader = connect(instances[1]!.ws, board.id, board.tokens.viewer);
    const keptEditor = connect(instances[1]!.ws, kept.id, kept.tokens.editor);
    clients.push(editor, reader, keptEditor);
    await Promise.all([editor, reader, keptEditor].map((c) => synced(c)));
    editor.doc.getMap('meta').set('note', `doc ${MARKER}`);
    keptEditor.doc.getMap('meta').set('note', 'doc KEPT');
    await eventually(() => expect(reader.doc.getMap('meta').get('note')).toBe(`doc ${MARKER}`));
    const keptBefore = await boardHoldings(stores, kept.id);
    // The scans below can fail: before the deletion they find the board.
    expect((await everyRedisKey(redis.url)).some((k) => k.includes(board.id))).toBe(true);
    expect((await everyRow(url)).filter((r) => r.includes(board.id) || r.includes(MARKER)).length).toBeGreaterThan(10);

    const onOther = rawSocket(`${instances[1]!.ws}/${board.id}?token=${board.tokens.commenter}`);
    const onThis = rawSocket(`${instances[0]!.ws}/${board.id}?token=${board.tokens.viewer}`);
    await Promise.all([onOther.opened, onThis.opened]);
    const r = await api(0, 'DELETE', `/api/boards/${board.id}`, board.tokens.facilitator, { title: 'Delt tavle' });
    expect(r.status).toBe(200);
    expect(await onThis.closed).toMatchObject({ code: CLOSE.deleted });
    expect(await onOther.closed).toMatchObject({ code: CLOSE.deleted });

    await eventually(async () => expect((await everyRedisKey(redis.url)).filter((k) => k.includes(board.id) || k.includes(group) || k.includes(MARKER))).toEqual([]), 5000);
    expect((await everyRow(url)).filter((row) => row.includes(board.id) || row.includes(group) || row.includes(MARKER))).toEqual([]);
    // The board beside it is whole, in the database and on its stream.
    expect(await boardHoldings(stores, kept.id)).toEqual(keptBefore);
    expect((await everyRow(url)).some((row) => row.includes('Tavla ved siden av'))).toBe(true);
    expect((await everyRedisKey(redis.url)).some((k) => k.includes(kept.id))).toBe(true);
    // Either instance answers the old link with 410.
    const gone = await api(1, 'GET', `/api/boards/${board.id}`, board.tokens.viewer);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toEqual({ error: 'this board was deleted', code: 'deleted' });
  });
});

describe('retention (RETENTION_DAYS)', () => {
  const DAY = 24 * 60 * 60_000;

  it('deletes at start the boards unchanged for longer than the period, with their groups, and keeps fresh ones and ones changed lately', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-'));
    const stores = openSqliteStores(path.join(dataDir, 'boards.sqlite'));
    // fillBoard's boards are made on 2025-03-01, long before any period of 30 days from now.
    await fillBoard(stores, 'oldboard01', MARKER, 'oldgroup01');
    await fillBoard(stores, 'touched001', 'TOUCHED');
    await stores.boards.touchBoard('touched001', new Date(Date.now() - 2 * DAY).toISOString());
    const fresh = await createBoard(stores.boards, catalog, { title: 'Ny', template: 'dagens-ordning' });
    await stores.close();

    const server = await startServer({ RETENTION_DAYS: '30' }, { dataDir });
    try {
      await eventually(async () => expect(await server.stores.boards.getBoard('oldboard01')).toBeNull());
      expect(await boardHoldings(server.stores, 'oldgroup01')).toMatchObject({ board: 0, threads: 0, updates: 0 });
      expect((await server.stores.boards.listBoards()).map((b) => b.id).sort()).toEqual([fresh.id, 'touched001'].sort());
      expect(foundIn(dataDir, MARKER)).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('counts a document edit over the socket as a change, so the board is no longer idle', async () => {
    const server = await startServer();
    try {
      await fillBoard(server.stores, 'editedold1', 'EDITED');
      const record = (await server.stores.boards.getBoard('editedold1'))!;
      const before = new Date(Date.now() - 30 * DAY).toISOString();
      expect(await server.stores.boards.idleBoards(before)).toContain('editedold1');
      const editor = connect(server.ws, record.id, boardLinks(record, SECRET).tokens.editor);
      try {
        await synced(editor);
        editor.doc.getMap('meta').set('note', 'endret');
        await eventually(async () => expect(await server.stores.boards.idleBoards(before)).not.toContain('editedold1'));
      } finally {
        editor.destroy();
      }
    } finally {
      await server.stop();
    }
  });
});
