import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, MESSAGE, SYNC } from '@/lib/protocol';
import { linkToken, signToken } from '@/server/auth/tokens';
import { valueOf } from '@/server/metrics';
import { cardLevel, connect, eventually, rawSocket, SECRET, startServer, storedDoc, synced, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MAX_MESSAGE_BYTES: String(64 * 1024), MESSAGES_PER_SECOND: '50' });
});
afterAll(async () => {
  await server.stop();
});

const frame = (...parts: ((e: encoding.Encoder) => void)[]) => {
  const e = encoding.createEncoder();
  parts.forEach((p) => p(e));
  return encoding.toUint8Array(e);
};

describe('bad input on the sync endpoint', () => {
  it('refuses bad tokens and unknown boards with named close codes, and keeps serving others', async () => {
    const board = await server.board();
    const other = await server.board();
    const bystander = connect(server.ws, board.id, board.tokens.editor);
    await synced(bystander);
    const before = Y.encodeStateAsUpdate(await storedDoc(server.stores, board.id));

    const [payload, sig] = board.tokens.editor.split('.') as [string, string];
    const tampered = `${payload.slice(0, -2)}${payload.at(-2) === 'A' ? 'B' : 'A'}${payload.at(-1)}.${sig}`;
    const expired = signToken({ ...linkToken(board.id, 'editor', 1), exp: Math.floor(Date.now() / 1000) - 10 }, SECRET);
    const foreign = signToken(linkToken(board.id, 'editor', 1), 'another-secret-that-is-long-enough-123456');
    const cases: [string, string, number][] = [
      ['no token', `${server.ws}/${board.id}`, CLOSE.unauthorized],
      ['malformed token', `${server.ws}/${board.id}?token=not-a-token`, CLOSE.unauthorized],
      ['tampered token', `${server.ws}/${board.id}?token=${tampered}`, CLOSE.unauthorized],
      ['expired token', `${server.ws}/${board.id}?token=${expired}`, CLOSE.unauthorized],
      ['token signed elsewhere', `${server.ws}/${board.id}?token=${foreign}`, CLOSE.unauthorized],
      ["another board's token", `${server.ws}/${board.id}?token=${other.tokens.editor}`, CLOSE.forbidden],
      ['unknown board', `${server.ws}/zzzzzzzzzzzz?token=${other.tokens.editor}`, CLOSE.unknownBoard],
      // Only the server signs tokens, for boards it made: its own token for a board that is not there means the board was deleted.
      ['board gone', `${server.ws}/zzzzzzzzzzzz?token=${signToken(linkToken('zzzzzzzzzzzz', 'editor', 1), SECRET)}`, CLOSE.deleted],
      ['not a board id', `${server.ws}/NOT_AN_ID?token=x`, CLOSE.unknownBoard],
    ];
    for (const [label, url, code] of cases) {
      const { closed } = rawSocket(url);
      expect((await closed).code, label).toBe(code);
    }
    (cards(bystander.doc).get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'tsb')).toBe('kommune'));
    const after = await storedDoc(server.stores, board.id);
    // Nothing the refused sockets did reached the board: only the bystander's move changed it.
    const expected = docFrom(before);
    (cards(expected).get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    expect(cards(after).toJSON()).toEqual(cards(expected).toJSON());
    bystander.destroy();
  });

  it('closes a connection that sends garbage, truncated, oversized or too many messages, and only that one', async () => {
    const board = await server.board();
    const bystander = connect(server.ws, board.id, board.tokens.editor);
    await synced(bystander);
    const stateBefore = (await storedDoc(server.stores, board.id)).getMap('cards').toJSON();
    const url = `${server.ws}/${board.id}?token=${board.tokens.editor}`;

    const sendAndClose = async (data: Uint8Array | Uint8Array[]) => {
      const s = rawSocket(url);
      await s.opened;
      for (const d of Array.isArray(data) ? data : [data]) s.ws.send(d);
      return s.closed;
    };
    const random = new Uint8Array(64).map((_, i) => (i * 97 + 13) % 256);
    random[0] = 0x7f;
    expect((await sendAndClose(random)).code).toBe(CLOSE.badMessage);
    const update = Y.encodeStateAsUpdate(bystander.doc);
    const truncated = frame((e) => encoding.writeVarUint(e, MESSAGE.sync), (e) => encoding.writeVarUint(e, SYNC.update), (e) => encoding.writeVarUint8Array(e, update)).slice(0, 40);
    expect((await sendAndClose(truncated)).code).toBe(CLOSE.badMessage);
    const garbageUpdate = frame((e) => encoding.writeVarUint(e, MESSAGE.sync), (e) => encoding.writeVarUint(e, SYNC.update), (e) => encoding.writeVarUint8Array(e, random));
    expect((await sendAndClose(garbageUpdate)).code).toBe(CLOSE.badMessage);
    const oversized = frame((e) => encoding.writeVarUint(e, MESSAGE.sync), (e) => encoding.writeVarUint(e, SYNC.update), (e) => encoding.writeVarUint8Array(e, new Uint8Array(100 * 1024)));
    expect((await sendAndClose(oversized)).code).toBe(CLOSE.tooLarge);
    const query = frame((e) => encoding.writeVarUint(e, MESSAGE.queryAwareness));
    expect((await sendAndClose(Array.from({ length: 200 }, () => query))).code).toBe(CLOSE.rateLimited);

    expect((await storedDoc(server.stores, board.id)).getMap('cards').toJSON()).toEqual(stateBefore);
    (cards(bystander.doc).get('bup') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'bup')).toBe('kommune'));
    expect(bystander.provider.wsconnected).toBe(true);
    bystander.destroy();
  });
});

describe('room lifecycle', () => {
  it('1 000 join and leave cycles over 50 boards leave no room resident', async () => {
    const boards = await Promise.all(Array.from({ length: 50 }, () => server.board()));
    for (let round = 0; round < 20; round++) {
      const clients = boards.map((b) => connect(server.ws, b.id, b.tokens.viewer));
      await Promise.all(clients.map((c) => synced(c, 10_000)));
      clients.forEach((c) => c.destroy());
    }
    await eventually(async () => {
      expect({ connections: await valueOf(server.metrics.connections), rooms: server.rooms.size }).toEqual({ connections: 0, rooms: 0 });
    }, 10_000);
  }, 120_000);
});

const cards = (doc: Y.Doc) => doc.getMap('cards');
function docFrom(update: Uint8Array) {
  const d = new Y.Doc();
  Y.applyUpdate(d, update);
  return d;
}

describe('per-board limits', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startServer({ MAX_PEERS_PER_BOARD: '2', MAX_DOC_BYTES: String(32 * 1024) });
  });
  afterAll(async () => {
    await small.stop();
  });

  it('refuses a connection past the per-board cap with 4409', async () => {
    const board = await small.board();
    const first = connect(small.ws, board.id, board.tokens.viewer);
    const second = connect(small.ws, board.id, board.tokens.viewer);
    await Promise.all([synced(first), synced(second)]);
    const third = rawSocket(`${small.ws}/${board.id}?token=${board.tokens.viewer}`);
    expect((await third.closed).code).toBe(CLOSE.boardFull);
    first.destroy();
    second.destroy();
  });

  it('refuses an update that would grow the document past its cap with 4413, storing nothing', async () => {
    const board = await small.board();
    const before = (await storedDoc(small.stores, board.id)).getMap('meta').toJSON();
    const s = rawSocket(`${small.ws}/${board.id}?token=${board.tokens.editor}`);
    await s.opened;
    const big = new Y.Doc();
    big.getMap('meta').set('padding', 'x'.repeat(40 * 1024));
    s.ws.send(frame((e) => encoding.writeVarUint(e, MESSAGE.sync), (e) => encoding.writeVarUint(e, SYNC.update), (e) => encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(big))));
    expect((await s.closed).code).toBe(CLOSE.tooLarge);
    expect((await storedDoc(small.stores, board.id)).getMap('meta').toJSON()).toEqual(before);
  });
});
