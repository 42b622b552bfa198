import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../bench/processes';
import { connect, eventually, synced } from './harness';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-crash-'));
const children: ChildProcess[] = [];

async function startProcess() {
  const started = await startServerProcess({ DATA_DIR: dataDir, BOARD_SECRET: 'crash-test-secret-0123456789abcdefghij' });
  children.push(started.child);
  return started;
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('durability', () => {
  it('loses nothing any client had received when the server is killed with SIGKILL', async () => {
    const first = await startProcess();
    const created = await fetch(`http://127.0.0.1:${first.port}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Krasj', template: 'dagens-ordning' }),
    }).then((r) => r.json() as Promise<{ id: string; tokens: Record<string, string> }>);
    const ws = `ws://127.0.0.1:${first.port}/sync`;
    const writer = connect(ws, created.id, created.tokens.editor!);
    const reader = connect(ws, created.id, created.tokens.viewer!);
    await Promise.all([synced(writer), synced(reader)]);
    const counter = () => (reader.doc.getMap('meta').get('edits') as number | undefined) ?? 0;
    // A burst of edits; kill the moment the reader has seen the last one.
    for (let i = 1; i <= 100; i++) writer.doc.getMap('meta').set('edits', i);
    await eventually(() => expect(counter()).toBe(100), 10_000);
    first.child.kill('SIGKILL');
    const seen = Y.encodeStateAsUpdate(reader.doc);
    writer.destroy();
    reader.destroy();

    const second = await startProcess();
    const fresh = connect(`ws://127.0.0.1:${second.port}/sync`, created.id, created.tokens.viewer!);
    await synced(fresh);
    expect(fresh.doc.getMap('meta').get('edits')).toBe(100);
    // Everything the reader had is in the restarted server's state: for every writer, the
    // server holds at least as many operations as the reader had seen.
    const had = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(seen));
    const has = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    for (const [client, clock] of had) expect(has.get(client) ?? 0, `client ${client}`).toBeGreaterThanOrEqual(clock);
    fresh.destroy();
    second.child.kill('SIGTERM');
  }, 60_000);
});
