import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { CLOSE } from '@/lib/protocol';
import { boardLinks, createBoard } from '@/server/boards';
import { agreedContent, connectDoc, contentOf, expectConverged, expectHoldsAcknowledged, startAsMain, startWriting, svSum } from './backup-harness';
import { rawSocket, storedDoc, synced, type Client } from './harness';
import { postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { suiteTitle } from './services/skip';

// The procedure of docs/operations.md#postgresql, run with the PostgreSQL client programs of this
// machine against a private server: the board's own database user owns its database, a superuser
// makes the new one, and the board's user fills it.
const root = path.resolve(import.meta.dirname, '../..');
const BOARD_SECRET = 'pg-backup-test-secret-0123456789abcdef';
const USER = 'ansvarstavla';

const missingProgram = ['pg_dump', 'pg_restore', 'createdb'].find((p) => spawnSync(p, ['--version']).status !== 0);
const unavailable = postgresUnavailable() ?? (missingProgram ? `${missingProgram} is not installed; apt-get install postgresql-client` : null);

/** Runs a client program to completion with libpq's environment pointed at `port`. */
function run(program: string, args: string[], port: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(program, args, { cwd: scratch, env: { ...process.env, PGPORT: port, PGPASSWORD: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The PostgreSQL section of the operations guide. */
const documented = () => {
  const text = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
  const start = text.indexOf('\n## PostgreSQL');
  return text.slice(start, text.indexOf('\n## ', start + 1));
};

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-pg-backup-'));
const cleanups: (() => Promise<void> | void)[] = [];

describe.skipIf(unavailable !== null)(suiteTitle('pg_dump and pg_restore as the operations guide describes them', unavailable), () => {
  let server: PostgresServer;
  let port: string;
  const asUser = (database: string) => `postgresql://${USER}@127.0.0.1:${port}/${database}`;
  beforeAll(async () => {
    server = (await startPostgres())!;
    port = new URL(server.url()).port;
    const admin = new pg.Client({ connectionString: server.url() });
    await admin.connect();
    // As an operator sets it up: a login role of the board's own, owning the board's database.
    await admin.query(`CREATE ROLE ${USER} LOGIN`);
    await admin.query(`CREATE DATABASE ansvarstavla OWNER ${USER}`);
    await admin.end();
  }, 30_000);
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
    await server?.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  const start = async (database: string, secret = BOARD_SECRET) => {
    const s = await startAsMain({ DATABASE_URL: asUser(database), BOARD_SECRET: secret, DATA_DIR: path.join(scratch, 'data') }, root);
    cleanups.push(s.close);
    return s;
  };
  const connect = (...args: Parameters<typeof connectDoc>): Client => {
    const client = connectDoc(...args);
    cleanups.push(() => client.destroy());
    return client;
  };

  it('a dump taken while clients write holds every acknowledged update; restored into a new database, old links open the board and the clients converge', { timeout: 60_000 }, async () => {
    // The commands below are the guide's, with this machine's host, port and file name.
    const guide = documented();
    expect(guide).toMatch(/^pg_dump -Fc -f .+\.dump "\$DATABASE_URL"$/m);
    expect(guide).toMatch(/^createdb -h \S+ -U postgres -O ansvarstavla ansvarstavla_restored$/m);
    expect(guide).toMatch(/^pg_restore --no-owner --single-transaction -d "postgres:\/\/ansvarstavla:[^"]*\/ansvarstavla_restored" \S+\.dump$/m);

    const first = await start('ansvarstavla');
    const record = await createBoard(first.stores.boards, catalog, { title: 'Sikkerhetskopi i PostgreSQL', template: 'dagens-ordning' });
    // Links made before the dump: after the restore they must still open the board.
    const { tokens } = boardLinks(record, first.secret);
    // Other boards give the dump something to copy, so writes go on while it runs.
    for (let i = 0; i < 150; i++) await createBoard(first.stores.boards, catalog, { title: `Fyll ${i}`, template: 'dagens-ordning' });

    const writers = [0, 1, 2].map(() => connect(first.ws, record.id, tokens.editor));
    const observer = connect(first.ws, record.id, tokens.viewer);
    await Promise.all([...writers, observer].map((c) => synced(c)));
    const writing = startWriting(writers);
    await writing.underWay(observer);

    // "Acknowledged": received by the observer, a separate connection. The server relays an update
    // only after its INSERT has committed, so all of it was committed before pg_dump started and
    // took its snapshot.
    const acknowledged = Y.encodeStateAsUpdate(observer.doc);
    const ackedBefore = svSum(observer.doc);
    const writtenBefore = writing.total();
    const dump = path.join(scratch, 'ansvarstavla-2026-03-01.dump');
    const dumped = await run('pg_dump', ['-Fc', '-f', dump, asUser('ansvarstavla')], port);
    const ackedDuring = svSum(observer.doc) - ackedBefore;
    const writtenDuring = writing.total() - writtenBefore;
    await writing.stop();
    expect(dumped).toEqual({ code: 0, stderr: '' });
    // The server kept storing and relaying updates while pg_dump ran.
    expect(writtenDuring).toBeGreaterThan(0);
    expect(ackedDuring).toBeGreaterThan(0);

    // Everyone agrees before the instance stops; that state is what the clients carry over.
    const finalState = await agreedContent([...writers, observer]);
    for (const c of [...writers, observer]) c.provider.disconnect();
    await first.close();

    const created = await run('createdb', ['-h', '127.0.0.1', '-U', 'postgres', '-O', USER, 'ansvarstavla_restored'], port);
    expect(created).toEqual({ code: 0, stderr: '' });
    const restored = await run('pg_restore', ['--no-owner', '--single-transaction', '-d', asUser('ansvarstavla_restored'), dump], port);
    expect(restored).toEqual({ code: 0, stderr: '' });
    // Every table belongs to the board's user, so a later release's migration may alter it.
    const admin = new pg.Client({ connectionString: server.url('ansvarstavla_restored') });
    await admin.connect();
    const owners = await admin.query<{ tableowner: string }>(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`);
    await admin.end();
    expect(owners.rows).toEqual([{ tableowner: USER }]);

    const second = await start('ansvarstavla_restored');
    // What the restored database holds, before any client brings anything back to it.
    expectHoldsAcknowledged(await storedDoc(second.stores, record.id), acknowledged, writers);
    expect(await second.stores.boards.listBoards()).toHaveLength(151);

    // Links from before the dump open the restored board: the same BOARD_SECRET signs and checks them.
    const info = await fetch(`${second.http}/api/boards/${record.id}`, { headers: { authorization: `Bearer ${tokens.facilitator}` } });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ title: 'Sikkerhetskopi i PostgreSQL', role: 'facilitator' });
    const latecomer = connect(second.ws, record.id, tokens.viewer);
    await synced(latecomer, 10_000);

    // The clients reconnect with the documents they kept, and all converge on one state.
    const again = [...writers.map((w) => connect(second.ws, record.id, tokens.editor, w.doc)), connect(second.ws, record.id, tokens.viewer, observer.doc)];
    await Promise.all(again.map((c) => synced(c, 10_000)));
    await expectConverged([...again, latecomer], finalState);
    expect(contentOf(await storedDoc(second.stores, record.id))).toBe(finalState);

    // With another secret the boards are there, but no link from before opens them.
    const stranger = await start('ansvarstavla_restored', 'another-secret-entirely-0123456789abcdef');
    expect((await rawSocket(`${stranger.ws}/${record.id}?token=${tokens.viewer}`).closed).code).toBe(CLOSE.unauthorized);
  });
});
