import { spawnSync } from 'node:child_process';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { catalog } from '@/lib/catalog';
import { boardLinks, createBoard } from '@/server/boards';
import { valueOf } from '@/server/metrics';
import { join, startThread } from './comment-client';
import { cardLevel, connect, eventually, SECRET, startServer, synced, type Client } from './harness';
import { redisUnavailable } from './services/redis';
import { suiteTitle } from './services/skip';
import { linkedInstancesForSuite, serverForSuite } from './services/suite';

/** One scrape of /metrics: its content type and text. */
async function scrape(http: string) {
  const res = await fetch(`${http}/metrics`);
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample (a metric name with no labels, or a histogram's _count or _sum); NaN when absent. */
function sample(text: string, name: string): number {
  const line = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  return line ? Number(line[1]) : Number.NaN;
}

/** What Prometheus's own linter says of an exposition: its exit status and every line it printed. */
function promtool(text: string) {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  if (run.error) throw new Error(`promtool did not run (${run.error.message}); it comes with Debian's prometheus package`);
  return { status: run.status, said: `${run.stdout}${run.stderr}`.trim() };
}

const setLevel = (client: Client, card: string, level: string) => (client.doc.getMap('cards').get(card) as Y.Map<unknown>).set('level', level);

describe('/metrics', () => {
  const suite = serverForSuite();
  const { clients } = suite;
  const open = (boardId: string, token: string) => {
    const client = connect(suite.server.ws, boardId, token);
    clients.push(client);
    return client;
  };

  it('counts a viewer’s handshakes as no write and its real write as one, and passes promtool with process and event-loop metrics', async () => {
    const board = await suite.server.board();
    const editor = open(board.id, board.tokens.editor);
    await synced(editor);
    setLevel(editor, 'legevakt', 'fylkeskommune');
    await eventually(async () => expect(sample((await scrape(suite.server.http)).text, 'ansvarstavla_persist_seconds_count')).toBe(1));

    // A first join answers the greeting with the empty update; a reconnect answers with the
    // whole delete set of what it already holds (the level it saw replaced). Neither is a write.
    const received = await valueOf(suite.server.metrics.updatesIn);
    const viewer = open(board.id, board.tokens.viewer);
    await synced(viewer);
    await eventually(async () => expect(await valueOf(suite.server.metrics.updatesIn)).toBe(received + 1));
    expect(Y.encodeStateAsUpdate(viewer.doc, Y.encodeStateVector(viewer.doc)).byteLength).toBeGreaterThan(2);
    viewer.provider.disconnect();
    viewer.provider.connect();
    await synced(viewer);
    await eventually(async () => expect(await valueOf(suite.server.metrics.updatesIn)).toBe(received + 2));
    expect(await valueOf(suite.server.metrics.droppedWrites)).toBe(0);

    // Relayed to the viewer: the sync path and the fan-out to peers are timed and counted.
    setLevel(editor, 'dps', 'kommune');
    await eventually(() => expect(cardLevel(viewer.doc, 'dps')).toBe('kommune'));

    setLevel(viewer, 'bup', 'stat');
    await eventually(async () => expect(await valueOf(suite.server.metrics.droppedWrites)).toBe(1));

    const kari = await join(suite.server, board.id, board.tokens.commenter, 'Kari');
    await startThread(suite.server, board.id, kari.token);

    const { type, text } = await scrape(suite.server.http);
    expect(type).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
    expect(promtool(text)).toEqual({ status: 0, said: '' });

    expect(sample(text, 'ansvarstavla_dropped_writes_total')).toBe(1);
    expect(sample(text, 'ansvarstavla_locked_writes_total')).toBe(0);
    expect(sample(text, 'ansvarstavla_comment_writes_total')).toBe(1);
    expect(sample(text, 'ansvarstavla_connections')).toBe(2);
    expect(sample(text, 'ansvarstavla_rooms')).toBe(1);
    expect(sample(text, 'ansvarstavla_updates_out_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ansvarstavla_persist_seconds_count')).toBe(2);
    expect(sample(text, 'ansvarstavla_sync_relay_seconds_count')).toBe(2);
    expect(sample(text, 'ansvarstavla_sync_relay_seconds_sum')).toBeGreaterThan(0);
    expect(sample(text, 'ansvarstavla_update_bytes_count')).toBe(2);
    expect(sample(text, 'ansvarstavla_update_bytes_sum')).toBeGreaterThan(0);
    // Durations in seconds: no family keeps the old millisecond name.
    expect(text).not.toMatch(/^ansvarstavla_\w*_ms\b/m);

    // prom-client's process and event-loop metrics, from this server's own registry.
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'process_open_fds', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p99_seconds']) {
      expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps each server’s counts to itself', async () => {
    const other = await startServer();
    try {
      const { text } = await scrape(other.http);
      expect(sample(text, 'ansvarstavla_comment_writes_total')).toBe(0);
      expect(sample(text, 'ansvarstavla_persist_seconds_count')).toBe(0);
      expect(promtool(text)).toEqual({ status: 0, said: '' });
    } finally {
      await other.stop();
    }
  });
});

const skip = redisUnavailable();

describe.skipIf(skip)(suiteTitle('/metrics of instances linked through Redis', skip), () => {
  const { stores, instances, clients } = linkedInstancesForSuite(2);

  it('times publishing to Redis on the sender and delivery on the receiver', async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Metrics', template: 'dagens-ordning' });
    const { tokens } = { ...record, ...boardLinks(record, SECRET) };
    const [here, there] = instances.map((i) => connect(i.ws, record.id, tokens.editor));
    clients.push(here!, there!);
    await Promise.all([synced(here!), synced(there!)]);
    setLevel(here!, 'legevakt', 'fylkeskommune');
    await eventually(() => expect(cardLevel(there!.doc, 'legevakt')).toBe('fylkeskommune'));

    const [sender, receiver] = await Promise.all(instances.map(async (i) => (await scrape(i.http)).text));
    expect(sample(sender!, 'ansvarstavla_fanout_publish_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(receiver!, 'ansvarstavla_fanout_delivery_seconds_count')).toBeGreaterThanOrEqual(1);
    for (const text of [sender!, receiver!]) expect(promtool(text)).toEqual({ status: 0, said: '' });
  });
});
