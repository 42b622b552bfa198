import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { catalog } from '@/lib/catalog';
import { CLOSE, CLOSE_REASON } from '@/lib/protocol';
import { boardLinks, createBoard } from '@/server/boards';
import { memoryStores } from '@/server/storage/memory-stores';
import { call, join as joinAs, openFeed, startThread } from './comment-client';
import { closeOf } from './control-client';
import { connect, eventually, SECRET, synced, type Client, type TestServer } from './harness';
import { startBalancer, type Balancer } from './services/balancer';
import { startLinkedInstances, type Instance } from './services/instances';
import { suiteTitle } from './services/skip';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';

// Three instances in this process, one store between them, a real Redis: the fan-out logic on
// its own. tests/integration/scale-out.test.ts runs the same across processes on PostgreSQL.
const skip = redisUnavailable();

describe.skipIf(skip)(suiteTitle('fan-out between instances in one process', skip), () => {
  let redis: RedisServer;
  // Instance 0 reaches Redis through this proxy, so its link alone can be cut.
  let proxy: Balancer;
  const redisPort = () => Number(new URL(redis.url).port);
  const stores = memoryStores();
  const instances: Instance[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    proxy = await startBalancer(() => [redisPort()]);
    instances.push(...(await startLinkedInstances(stores, [0, 1, 2].map((i) => (i === 0 ? `redis://127.0.0.1:${proxy.port}` : redis.url)), { COMPACT_AFTER: '50' })));
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const i of instances) await i.close();
    await stores.close();
    await proxy?.close();
    await redis?.destroy();
  });

  const board = async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Fan-out', template: 'dagens-ordning' });
    return { ...record, ...boardLinks(record, SECRET) };
  };
  const join = async (instance: number, boardId: string, token: string) => {
    const client = connect(instances[instance]!.ws, boardId, token);
    clients.push(client);
    await synced(client);
    return client;
  };
  const stored = async (boardId: string) => {
    const doc = new Y.Doc();
    const { state, updates } = await stores.log.load(boardId);
    if (state) Y.applyUpdate(doc, state);
    for (const u of updates) Y.applyUpdate(doc, u);
    return doc;
  };
  const json = (doc: Y.Doc) => doc.getMap('meta').toJSON();

  it('carries concurrent edits on three instances to every client, and storage holds the same', async () => {
    const b = await board();
    const editors = await Promise.all([0, 1, 2, 0, 1, 2].map((i) => join(i, b.id, b.tokens.editor)));
    for (let round = 0; round < 20; round++) {
      editors.forEach((c, n) => c.doc.getMap('meta').set(`k${(round * 7 + n) % 12}`, `${n}:${round}`));
      await new Promise((r) => setTimeout(r, 5));
    }
    await eventually(() => {
      const first = json(editors[0]!.doc);
      for (const c of editors) expect(json(c.doc)).toEqual(first);
    }, 10_000);
    await eventually(async () => expect(json(await stored(b.id))).toEqual(json(editors[0]!.doc)), 10_000);
  });

  it('shows presence from a client on instance 1 to a client on instance 3, with the name the token gives', async () => {
    const b = await board();
    const here = await join(0, b.id, b.tokens.editor);
    here.provider.awareness.setLocalStateField('focus', 'legevakt');
    const there = await join(2, b.id, b.tokens.viewer);
    await eventually(() => {
      const state = there.provider.awareness.getStates().get(here.doc.clientID) as { focus?: string; user?: { role?: string } } | undefined;
      expect(state?.focus).toBe('legevakt');
      expect(state?.user?.role).toBe('editor');
    }, 10_000);
  });

  it('converges after Redis was away for two seconds during edits, without restarting an instance', async () => {
    const b = await board();
    const a = await join(0, b.id, b.tokens.editor);
    const c = await join(2, b.id, b.tokens.editor);
    await redis.stop();
    for (let i = 0; i < 10; i++) {
      a.doc.getMap('meta').set(`a${i}`, i);
      c.doc.getMap('meta').set(`c${i}`, i);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Each side saw only its own instance's edits while Redis was away.
    expect(c.doc.getMap('meta').get('a9')).toBeUndefined();
    await redis.start();
    await eventually(() => {
      expect(json(a.doc)).toEqual(json(c.doc));
      expect(Object.keys(json(a.doc)).filter((k) => /^[ac]\d$/.test(k))).toHaveLength(20);
    }, 15_000);
  });

  it('brings the others up to date when one instance alone lost Redis for a while', async () => {
    const b = await board();
    const cutOff = await join(0, b.id, b.tokens.editor);
    const others = await Promise.all([1, 2].map((i) => join(i, b.id, b.tokens.editor)));
    const port = proxy.port;
    await proxy.close();
    for (let i = 0; i < 10; i++) {
      cutOff.doc.getMap('meta').set(`alone${i}`, i);
      others[0]!.doc.getMap('meta').set(`together${i}`, i);
      await new Promise((r) => setTimeout(r, 150));
    }
    // Instances 1 and 2 still reach each other; instance 0's edits reach neither.
    await eventually(() => expect(others[1]!.doc.getMap('meta').get('together9')).toBe(9), 10_000);
    expect(others[1]!.doc.getMap('meta').get('alone9')).toBeUndefined();
    proxy = await startBalancer(() => [redisPort()], port);
    await eventually(() => {
      for (const c of [cutOff, ...others]) expect(Object.keys(json(c.doc)).filter((k) => /^(alone|together)\d$/.test(k))).toHaveLength(20);
    }, 15_000);
  });

  it("applies a facilitator's lock made on one instance to editors on another", async () => {
    const b = await board();
    const writer = await join(1, b.id, b.tokens.editor);
    const watcher = await join(2, b.id, b.tokens.viewer);
    const locked = await fetch(`${instances[0]!.http}/api/boards/${b.id}/control/lock`, {
      method: 'POST',
      headers: { authorization: `Bearer ${b.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locked: true }),
    });
    expect(locked.status).toBe(200);
    const lockedWrites = async () => Number(/ansvarstavla_locked_writes_total (\d+)/.exec(await (await fetch(`${instances[1]!.http}/metrics`)).text())?.[1]);
    let probe = 0;
    // The lock reaches instance 1 through Redis; from then on it refuses the editor's writes.
    await eventually(async () => {
      writer.doc.getMap('meta').set('probe', ++probe);
      expect(await lockedWrites()).toBeGreaterThan(0);
    }, 10_000);
    writer.doc.getMap('meta').set('while-locked', 1);
    const facilitator = await join(0, b.id, b.tokens.facilitator);
    facilitator.doc.getMap('meta').set('marker', 1);
    await eventually(() => expect(watcher.doc.getMap('meta').get('marker')).toBe(1), 10_000);
    expect(watcher.doc.getMap('meta').get('while-locked')).toBeUndefined();
  });

  it('delivers a comment made on one instance to a live feed open on another', async () => {
    const b = await board();
    const [first, third] = [{ http: instances[0]!.http }, { http: instances[2]!.http }] as TestServer[];
    const feed = openFeed(`${third!.http}/api/boards/${b.id}/events?token=${encodeURIComponent(b.tokens.viewer)}`);
    await feed.next((e) => e.type === 'snapshot');
    const kari = await joinAs(first!, b.id, b.tokens.commenter, 'Kari Nordmann');
    await startThread(first!, b.id, kari.token, { anchor: { kind: 'board' }, body: 'Fra instans 1' });
    const arrived = await feed.next((e) => e.type === 'thread' && e.thread.comments[0]?.body === 'Fra instans 1', 5000);
    expect(arrived.type === 'thread' && arrived.thread.comments[0]?.author.name).toBe('Kari Nordmann');
    feed.close();
  });

  it("closes a rotated role's sockets on every instance, and only that role's", async () => {
    const b = await board();
    const editor = await join(2, b.id, b.tokens.editor);
    const viewer = await join(2, b.id, b.tokens.viewer);
    const editorClosed = closeOf(editor);
    const rotated = await call({ http: instances[0]!.http } as TestServer, 'POST', `/api/boards/${b.id}/links/editor/rotate`, { token: b.tokens.facilitator });
    expect(rotated.status).toBe(200);
    expect(await editorClosed).toEqual({ code: CLOSE.unauthorized, reason: CLOSE_REASON.linkRotated });
    expect(viewer.provider.wsconnected).toBe(true);
  });

  it("keeps in a fold what another instance stored or folded that this instance's document lacked", async () => {
    const b = await board();
    const writer = await join(0, b.id, b.tokens.editor);
    // Another writer whose messages never arrived: one update in the log, and a fold of its own
    // that put a second change into the stored state.
    const other = new Y.Doc();
    Y.applyUpdate(other, (await stores.log.load(b.id)).state!);
    const updates: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => updates.push(u));
    other.getMap('meta').set('logged-elsewhere', 1);
    await stores.log.append(b.id, updates[0]!);
    other.getMap('meta').set('folded-elsewhere', 2);
    expect(await stores.log.fold(b.id, () => Y.encodeStateAsUpdate(other))).toBe(true);
    // Past COMPACT_AFTER (50), the writer's instance folds the log.
    for (let i = 0; i < 60; i++) writer.doc.getMap('meta').set('count', i);
    await eventually(async () => {
      const folded = await stored(b.id);
      expect(json(folded)).toMatchObject({ 'logged-elsewhere': 1, 'folded-elsewhere': 2, count: 59 });
      expect((await stores.log.load(b.id)).updates.length).toBeLessThan(50);
    }, 10_000);
    // The fold brought both into the room, and so to its clients.
    await eventually(() => expect(json(writer.doc)).toMatchObject({ 'logged-elsewhere': 1, 'folded-elsewhere': 2 }));
  });
});
