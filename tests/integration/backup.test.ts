import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { CLOSE } from '@/lib/protocol';
import { boardLinks, createBoard } from '@/server/boards';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import { agreedContent, connectDoc as openDoc, contentOf, expectConverged, expectHoldsAcknowledged, startAsMain, startWriting, svSum } from './backup-harness';
import { rawSocket, storedDoc, synced } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-backup-'));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(scratch, { recursive: true, force: true });
});

let dirs = 0;
const freshDir = () => path.join(scratch, `dir-${++dirs}`);

/** The real board server on SQLite in `dataDir`, signing with the key ring in its secret.key (made on first start), as `npm start` does. */
async function startOn(dataDir: string) {
  const server = await startAsMain({ DATA_DIR: dataDir }, root);
  cleanups.push(server.close);
  return server;
}

/** A stock y-websocket client, destroyed after the tests. */
function connectDoc(...args: Parameters<typeof openDoc>) {
  const client = openDoc(...args);
  cleanups.push(() => client.destroy());
  return client;
}

/** Runs `npm run <script> -- ...args` as its own process with DATA_DIR and nothing else of ours in its environment. */
function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['BOARD_SECRET', 'BOARD_SECRET_PREVIOUS', 'BOARD_SECRET_PARTICIPANT_IDS', 'DATABASE_URL', 'REDIS_URL', 'PORT'] as const) if (!(name in env)) delete clean[name];
  const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: root, env: clean });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run backup and npm run restore', { timeout: 180_000 }, () => {
  it('a backup taken while clients write holds every acknowledged update, and the clients converge on the restored server', async () => {
    const dataDir = freshDir();
    const first = await startOn(dataDir);
    const record = await createBoard(first.stores.boards, catalog, { title: 'Sikkerhetskopi', template: 'dagens-ordning' });
    // Links made before the backup: after the restore they must still open the board.
    const { tokens } = boardLinks(record, first.secret);
    // Other boards make the store a few MiB, so the copy takes long enough for writes to land during it.
    for (let i = 0; i < 300; i++) await createBoard(first.stores.boards, catalog, { title: `Fyll ${i}`, template: 'dagens-ordning' });

    const writers = [0, 1, 2].map(() => connectDoc(first.ws, record.id, tokens.editor));
    const observer = connectDoc(first.ws, record.id, tokens.viewer);
    await Promise.all([...writers, observer].map((c) => synced(c)));

    const writing = startWriting(writers);
    await writing.underWay(observer);

    // "Acknowledged" means: received by the observer, a separate connection. The server relays an
    // update to peers only after the store's append has committed it (room.ts, persistThenRelay),
    // so whatever the observer holds is committed to boards.sqlite. Taken just before the backup
    // process starts, so all of it was committed before the backup's read snapshot began.
    const acknowledged = Y.encodeStateAsUpdate(observer.doc);
    const ackedBefore = svSum(observer.doc);
    const target = path.join(scratch, 'boards.backup');
    const writtenBefore = writing.total();
    const backup = await npmRun('backup', [target], { DATA_DIR: dataDir });
    const ackedDuring = svSum(observer.doc) - ackedBefore;
    const writtenDuring = writing.total() - writtenBefore;
    await writing.stop();

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backup written to .*boards\.backup: [\d.]+ MiB, 301 boards, in /);
    expect(backup.stdout).toMatch(/holds the secret key/);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    // The server kept storing updates while the backup ran.
    expect(ackedDuring).toBeGreaterThan(0);
    expect(writtenDuring).toBeGreaterThan(30);
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Everyone on the old server agrees before it goes; that state is what the clients carry over.
    const finalState = await agreedContent([...writers, observer]);
    for (const c of [...writers, observer]) c.provider.disconnect();
    await first.close();

    const restoredDir = freshDir();
    const restore = await npmRun('restore', [target], { DATA_DIR: restoredDir });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(readdirSync(restoredDir).sort()).toEqual(['boards.sqlite', 'secret.key']);
    for (const f of ['boards.sqlite', 'secret.key']) expect(statSync(path.join(restoredDir, f)).mode & 0o777, f).toBe(0o600);
    expect(readFileSync(path.join(restoredDir, 'secret.key'), 'utf8')).toBe(readFileSync(path.join(dataDir, 'secret.key'), 'utf8'));

    const second = await startOn(restoredDir);
    // What the restored store holds, before any client brings anything back to it.
    expectHoldsAcknowledged(await storedDoc(second.stores, record.id), acknowledged, writers);

    // A link from before the backup opens the restored board: the key came back with it.
    const latecomer = connectDoc(second.ws, record.id, tokens.viewer);
    await synced(latecomer, 10_000);

    // The clients reconnect with the documents they kept, and all converge on one state.
    const again = [...writers.map((w) => connectDoc(second.ws, record.id, tokens.editor, w.doc)), connectDoc(second.ws, record.id, tokens.viewer, observer.doc)];
    await Promise.all(again.map((c) => synced(c, 10_000)));
    await expectConverged([...again, latecomer], finalState);
    expect(contentOf(await storedDoc(second.stores, record.id))).toBe(finalState);
    await second.close();
  });

  it('restore refuses a non-empty DATA_DIR, a file that is not a backup, and a damaged one', async () => {
    const dataDir = freshDir();
    const server = await startOn(dataDir);
    const record = await createBoard(server.stores.boards, catalog, { title: 'Merketittel for skade', template: 'dagens-ordning' });
    await server.close();
    const good = path.join(scratch, 'good.backup');
    expect((await npmRun('backup', [good], { DATA_DIR: dataDir })).code).toBe(0);

    const occupied = freshDir();
    mkdirSync(occupied);
    writeFileSync(path.join(occupied, 'notes.txt'), 'keep me');
    // A byte of the board's title changed: SQLite's structure is intact, only the checksum can tell.
    const bytes = readFileSync(good);
    const at = bytes.indexOf('Merketittel for skade');
    expect(at).toBeGreaterThan(0);
    const flipped = Buffer.from(bytes);
    flipped[at] = 'N'.charCodeAt(0);
    writeFileSync(path.join(scratch, 'flipped.backup'), flipped);
    writeFileSync(path.join(scratch, 'truncated.backup'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const plainDatabase = path.join(scratch, 'plain.sqlite');
    copyFileSync(path.join(dataDir, 'boards.sqlite'), plainDatabase);

    const cases = [
      { file: good, dir: occupied, error: /DATA_DIR .* is not empty/ },
      { file: path.join(root, 'package.json'), dir: freshDir(), error: /is not a backup made by npm run backup \(not an SQLite file\)/ },
      { file: plainDatabase, dir: freshDir(), error: /is not a backup made by npm run backup$/m },
      { file: path.join(scratch, 'flipped.backup'), dir: freshDir(), error: /is damaged: its contents do not match the checksum/ },
      { file: path.join(scratch, 'truncated.backup'), dir: freshDir(), error: /is damaged|cannot be opened/ },
      { file: path.join(scratch, 'missing.backup'), dir: freshDir(), error: /does not exist/ },
    ];
    const runs = await Promise.all(cases.map((c) => npmRun('restore', [c.file], { DATA_DIR: c.dir })));
    runs.forEach((run, i) => {
      const { file, dir, error } = cases[i]!;
      expect(run.code, file).toBe(1);
      expect(run.stderr, file).toMatch(error);
      // Nothing was written: the refused directory is as it was, or was never made.
      if (dir === occupied) expect(readdirSync(dir)).toEqual(['notes.txt']);
      else expect(existsSync(dir), file).toBe(false);
    });

    // The good file itself restores, and the board in it is there.
    const restoredDir = freshDir();
    expect((await npmRun('restore', [good], { DATA_DIR: restoredDir })).code).toBe(0);
    const restored = openSqliteStores(path.join(restoredDir, 'boards.sqlite'));
    expect(await restored.boards.getBoard(record.id)).toMatchObject({ title: 'Merketittel for skade' });
    await restored.close();
  });

  it('backup refuses an existing file without --force, PostgreSQL, and a missing store; without the key it says so', async () => {
    const dataDir = freshDir();
    const server = await startOn(dataDir);
    await server.close();
    const existing = path.join(scratch, 'existing.backup');
    writeFileSync(existing, 'older backup');
    const secret = 'operator-kept-secret-0123456789abcdefgh';
    const [exists, forced, postgres, noStore, envKey] = await Promise.all([
      npmRun('backup', [existing], { DATA_DIR: dataDir }),
      npmRun('backup', [path.join(scratch, 'forced.backup'), '--force'], { DATA_DIR: dataDir }),
      npmRun('backup', [path.join(scratch, 'pg.backup')], { DATA_DIR: dataDir, DATABASE_URL: 'postgres://u@127.0.0.1:1/db', BOARD_SECRET: secret }),
      npmRun('backup', [path.join(scratch, 'none.backup')], { DATA_DIR: freshDir() }),
      npmRun('backup', [path.join(scratch, 'env.backup')], { DATA_DIR: dataDir, BOARD_SECRET: secret }),
    ]);
    expect(exists).toMatchObject({ code: 1 });
    expect(exists.stderr).toMatch(/already exists: choose another name, or add --force/);
    expect(readFileSync(existing, 'utf8')).toBe('older backup');
    expect(forced.code).toBe(0);
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toMatch(/PostgreSQL.*pg_dump/);
    expect(noStore.code).toBe(1);
    expect(noStore.stderr).toMatch(/there is no board store at .*boards\.sqlite/);
    expect(envKey.code).toBe(0);
    expect(envKey.stdout).toMatch(/BOARD_SECRET is set, so the key is NOT in this backup/);
    expect(readFileSync(path.join(scratch, 'env.backup')).includes(readFileSync(path.join(dataDir, 'secret.key')).subarray(0, 64))).toBe(false);

    // --force replaces an existing backup.
    const replaced = await npmRun('backup', [existing, '--force'], { DATA_DIR: dataDir });
    expect(replaced.code).toBe(0);
    expect(readFileSync(existing).subarray(0, 15).toString()).toBe('SQLite format 3');

    // Restoring the keyless backup writes no secret.key and says which secret to start with.
    const keyless = freshDir();
    const restore = await npmRun('restore', [path.join(scratch, 'env.backup')], { DATA_DIR: keyless });
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Start the server with the BOARD_SECRET it had/);
    expect(readdirSync(keyless)).toEqual(['boards.sqlite']);
  });

  it('rotating the key keeps old links and participants, and dropping the old key refuses what it alone signed', async () => {
    const dataDir = freshDir();
    const before = await startOn(dataDir);
    const record = await createBoard(before.stores.boards, catalog, { title: 'Rotasjon', template: 'dagens-ordning' });
    const oldLinks = boardLinks(record, before.secret).tokens;
    const join = (http: string, grant?: string) =>
      fetch(`${http}/api/boards/${record.id}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${oldLinks.editor}` },
        body: JSON.stringify({ name: 'Kari', organisation: 'KS', grant }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { participantId: string; grant: string } }));
    const joined = await join(before.http);
    expect(joined.status).toBe(200);
    await before.close();

    const rotate = await npmRun('board', ['rotate-secret'], { DATA_DIR: dataDir });
    expect(rotate.code).toBe(0);
    expect(rotate.stdout).toMatch(/A new key now comes first/);

    const rotated = await startOn(dataDir);
    expect(rotated.secret.keys).toHaveLength(2);
    const newLinks = boardLinks(record, rotated.secret).tokens;
    expect(newLinks.editor).not.toBe(oldLinks.editor);
    await synced(connectDoc(rotated.ws, record.id, oldLinks.editor), 10_000);
    await synced(connectDoc(rotated.ws, record.id, newLinks.editor), 10_000);
    // The same device comes back as the same participant, with a grant now signed by the new key.
    const rejoined = await join(rotated.http, joined.body.grant);
    expect(rejoined.status).toBe(200);
    expect(rejoined.body.participantId).toBe(joined.body.participantId);
    await rotated.close();

    // The operator drops the old key (its line), keeping the new key and the participant-ids line.
    const keyFile = path.join(dataDir, 'secret.key');
    const [newest, oldest, ...rest] = readFileSync(keyFile, 'utf8').trim().split('\n');
    expect(rest).toEqual([`participant-ids ${oldest}`]);
    writeFileSync(keyFile, `${newest}\n${rest.join('\n')}\n`);

    const dropped = await startOn(dataDir);
    const refused = rawSocket(`${dropped.ws}/${record.id}?token=${oldLinks.editor}`);
    expect((await refused.closed).code).toBe(CLOSE.unauthorized);
    await synced(connectDoc(dropped.ws, record.id, newLinks.editor), 10_000);
    const again = await fetch(`${dropped.http}/api/boards/${record.id}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${newLinks.editor}` },
      body: JSON.stringify({ name: 'Kari', organisation: 'KS', grant: rejoined.body.grant }),
    }).then(async (r) => (await r.json()) as { participantId: string });
    expect(again.participantId).toBe(joined.body.participantId);
    await dropped.close();
  });
});
