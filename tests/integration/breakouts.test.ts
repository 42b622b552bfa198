import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { breakoutComparisonSchema, breakoutListSchema, splitAnswerSchema, type SplitAnswer } from '@/lib/breakouts';
import { catalog } from '@/lib/catalog';
import { compareContents } from '@/lib/compare';
import { headlineOf, proposalSchema } from '@/lib/proposals';
import { call, join } from './comment-client';
import { cardLevel, connect, eventually, startServer, storedDoc, synced, type Client, type TestServer } from './harness';
import { api, moveAndStore, storedBoard } from './proposals-client';

let server: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  server = await startServer();
});
// Each stock client adds a process exit listener, so they go after every test, not at the end.
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await server.stop();
});

async function client(boardId: string, token: string): Promise<Client> {
  const c = connect(server.ws, boardId, token);
  clients.push(c);
  await synced(c);
  return c;
}

const tokenOf = (link: string) => new URLSearchParams(link.split('#')[1]).get('t')!;

/** A board with a joined facilitator and editor, legevakt moved to the hospitals before anything else. */
async function mainBoard() {
  const board = await server.board();
  const fasi = await join(server, board.id, board.tokens.facilitator, 'Fasilitator');
  const edith = await join(server, board.id, board.tokens.editor, 'Edith');
  const editor = await client(board.id, edith.token);
  await moveAndStore(server, editor, board.id, { legevakt: 'spesialisthelsetjenesten' });
  return { board, fasi, edith, editor };
}

async function split(boardId: string, token: string, body: unknown = { groups: 2 }): Promise<SplitAnswer> {
  const r = await call(server, 'POST', api(boardId, 'breakouts'), { token, body });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return splitAnswerSchema.parse(r.json);
}

describe('splitting a board into breakout groups', () => {
  it('lets only facilitators split, and refuses bad bodies by field', async () => {
    const { board, edith } = await mainBoard();
    for (const token of [board.tokens.editor, edith.token, board.tokens.commenter, board.tokens.viewer]) {
      const r = await call(server, 'POST', api(board.id, 'breakouts'), { token, body: { groups: 2 } });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(/only facilitators/);
    }
    expect((await call(server, 'POST', api(board.id, 'breakouts'), { body: { groups: 2 } })).status).toBe(401);
    const bad = async (body: unknown) => call(server, 'POST', api(board.id, 'breakouts'), { token: board.tokens.facilitator, body });
    expect((await bad({ groups: 1 })).json.fields).toHaveProperty('groups');
    expect((await bad({ groups: 9 })).status).toBe(400);
    expect((await bad({ groups: 2, names: ['a', 'b', 'c'] })).json.fields).toHaveProperty('names');
    expect((await bad({ groups: 2, author: 'x' })).json.fields).toEqual({ author: ['unknown field'] });
    expect((await bad('{"groups":')).status).toBe(400);
    expect(await server.stores.breakouts.listBreakouts(board.id)).toEqual([]);
  });

  it('gives each group a copy of the board as it is, titled after the group, with four links of its own that work', async () => {
    const { board } = await mainBoard();
    const answer = await split(board.id, board.tokens.facilitator, { groups: 3, names: ['Nord', ''] });
    expect(answer.round).toBe(1);
    expect(answer.groups.map((g) => [g.group, g.name])).toEqual([[1, 'Nord'], [2, 'Gruppe 2'], [3, 'Gruppe 3']]);
    for (const g of answer.groups) {
      expect(g.boardId).not.toBe(board.id);
      expect(Object.keys(g.links!).sort()).toEqual(['commenter', 'editor', 'facilitator', 'viewer']);
      expect(g.links!.editor).toMatch(new RegExp(`^/b/${g.boardId}#t=`));
      const info = await call(server, 'GET', `/api/boards/${g.boardId}`, { token: tokenOf(g.links!.editor) });
      expect(info.status).toBe(200);
      expect(info.json).toMatchObject({ id: g.boardId, title: `Test – ${g.name}`, role: 'editor' });
      // The move made before the split is in every group's copy, as stored and as read.
      expect(cardLevel(await storedDoc(server.stores, g.boardId), 'legevakt')).toBe('spesialisthelsetjenesten');
      expect((await storedBoard(server, g.boardId)).allocation).toEqual((await storedBoard(server, board.id)).allocation);
      // The main board's links do not open a group's board.
      expect((await call(server, 'GET', `/api/boards/${g.boardId}`, { token: board.tokens.facilitator })).status).toBe(403);
    }
  });

  it('keeps the groups apart: a move in group 1 reaches neither group 2 nor the main board', async () => {
    const { board, editor } = await mainBoard();
    const [one, two] = (await split(board.id, board.tokens.facilitator)).groups;
    const anne = await join(server, one!.boardId, tokenOf(one!.links!.editor), 'Anne');
    const bjorn = await join(server, two!.boardId, tokenOf(two!.links!.editor), 'Bjørn');
    const inOne = await client(one!.boardId, anne.token);
    const inTwo = await client(two!.boardId, bjorn.token);
    await moveAndStore(server, inOne, one!.boardId, { fastlege: 'fylkeskommune' });
    // A later move in group 2 shows the quiet on the other boards has had time to go wrong.
    await moveAndStore(server, inTwo, two!.boardId, { dps: 'kommune' });
    expect(cardLevel(inTwo.doc, 'fastlege')).toBe('kommune');
    expect(cardLevel(editor.doc, 'fastlege')).toBe('kommune');
    expect(cardLevel(await storedDoc(server.stores, two!.boardId), 'fastlege')).toBe('kommune');
    expect(cardLevel(await storedDoc(server.stores, board.id), 'fastlege')).toBe('kommune');
    expect(cardLevel(await storedDoc(server.stores, board.id), 'dps')).toBe('spesialisthelsetjenesten');
    expect(cardLevel(inOne.doc, 'dps')).toBe('spesialisthelsetjenesten');
  });

  it('refuses to split a group again (409), and starts a new round when the main board is split again', async () => {
    const { board } = await mainBoard();
    const first = await split(board.id, board.tokens.facilitator);
    const child = first.groups[0]!;
    const again = await call(server, 'POST', api(child.boardId, 'breakouts'), { token: tokenOf(child.links!.facilitator), body: { groups: 2 } });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatch(/breakout group/);
    const second = await split(board.id, board.tokens.facilitator, { groups: 4 });
    expect(second.round).toBe(2);
    expect(second.groups.map((g) => g.group)).toEqual([1, 2, 3, 4]);
    expect((await server.stores.breakouts.listBreakouts(board.id)).length).toBe(6);
  });
});

describe('listing the groups', () => {
  it("shows the newest round's groups to every role, their links only to facilitators, and tells a group's board which group it is", async () => {
    const { board, edith } = await mainBoard();
    await split(board.id, board.tokens.facilitator, { groups: 2 });
    const { groups } = await split(board.id, board.tokens.facilitator, { groups: 3 });
    const asFacilitator = breakoutListSchema.parse((await call(server, 'GET', api(board.id, 'breakouts'), { token: board.tokens.facilitator })).json);
    expect(asFacilitator).toEqual({ round: 2, groups, groupOf: null });
    for (const token of [edith.token, board.tokens.viewer]) {
      const r = await call(server, 'GET', api(board.id, 'breakouts'), { token });
      expect(r.status).toBe(200);
      const list = breakoutListSchema.parse(r.json);
      expect(list.groups.map((g) => [g.boardId, g.name, 'links' in g])).toEqual(groups.map((g) => [g.boardId, g.name, false]));
    }
    const child = groups[1]!;
    const fromChild = breakoutListSchema.parse((await call(server, 'GET', api(child.boardId, 'breakouts'), { token: tokenOf(child.links!.viewer) })).json);
    expect(fromChild).toEqual({ round: null, groups: [], groupOf: { round: 2, group: 2, name: 'Gruppe 2' } });
  });
});

describe('comparing the groups', () => {
  it("lists each group's moves against the main board with deltas, and the cards on which the groups differ", async () => {
    const { board, edith } = await mainBoard();
    const [one, two] = (await split(board.id, board.tokens.facilitator)).groups;
    const inOne = await client(one!.boardId, (await join(server, one!.boardId, tokenOf(one!.links!.editor), 'Anne')).token);
    const inTwo = await client(two!.boardId, (await join(server, two!.boardId, tokenOf(two!.links!.editor), 'Bjørn')).token);
    await moveAndStore(server, inOne, one!.boardId, { fastlege: 'fylkeskommune' });
    await moveAndStore(server, inTwo, two!.boardId, { dps: 'kommune', legevakt: 'kommune' });

    const r = await call(server, 'GET', api(board.id, 'breakouts/compare'), { token: edith.token });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const c = breakoutComparisonSchema.parse(r.json);
    expect(c.round).toBe(1);
    expect(c.main.boardId).toBe(board.id);
    const moves = (i: number) => c.groups[i]!.comparison.moved.map((m) => `${m.responsibility}:${m.from}>${m.to}`).sort();
    expect(c.groups.map((g) => [g.boardId, g.name])).toEqual([[one!.boardId, 'Gruppe 1'], [two!.boardId, 'Gruppe 2']]);
    expect(moves(0)).toEqual(['fastlege:kommune>fylkeskommune']);
    expect(moves(1)).toEqual(['dps:spesialisthelsetjenesten>kommune', 'legevakt:spesialisthelsetjenesten>kommune']);
    // Deltas are what the engine gives for the stored boards, group minus main.
    const content = async (id: string) => ({ ...(await storedBoard(server, id)), assumptions: [] });
    const main = await content(board.id);
    for (const [i, g] of [one!, two!].entries()) {
      const expected = compareContents(main, await content(g.boardId), catalog);
      if (!expected.ok) throw new Error('stored board does not fit the catalog');
      expect(c.groups[i]!.comparison.indicators).toEqual(expected.value.indicators);
    }
    const headline = headlineOf({ catalogVersion: catalog.version, ...main }, catalog);
    expect(headline.ok && c.main.headline).toEqual(headline.ok && headline.value);
    expect(Object.fromEntries(c.differences.map((d) => [d.responsibility, [d.main, d.levels[one!.boardId], d.levels[two!.boardId]]]))).toEqual({
      fastlege: ['kommune', 'fylkeskommune', 'kommune'],
      legevakt: ['spesialisthelsetjenesten', 'spesialisthelsetjenesten', 'kommune'],
      dps: ['spesialisthelsetjenesten', 'spesialisthelsetjenesten', 'kommune'],
    });
    // Any valid token of the main board reads the comparison; a group's token does not.
    expect((await call(server, 'GET', api(board.id, 'breakouts/compare'), { token: board.tokens.viewer })).status).toBe(200);
    expect((await call(server, 'GET', api(board.id, 'breakouts/compare'), { token: tokenOf(one!.links!.facilitator) })).status).toBe(403);
    expect((await call(server, 'POST', api(board.id, 'breakouts/compare'), { token: board.tokens.facilitator, body: {} })).status).toBe(405);
  });
});

describe('taking a group in as a proposal', () => {
  it("saves the group's board as it is now on the main board, by the facilitator, named after the group", async () => {
    const { board, fasi, edith } = await mainBoard();
    const [one, two] = (await split(board.id, board.tokens.facilitator)).groups;
    const inTwo = await client(two!.boardId, (await join(server, two!.boardId, tokenOf(two!.links!.editor), 'Bjørn')).token);
    await moveAndStore(server, inTwo, two!.boardId, { dps: 'kommune' });

    for (const token of [edith.token, board.tokens.commenter, board.tokens.viewer]) {
      expect((await call(server, 'POST', api(board.id, `breakouts/${two!.boardId}/adopt`), { token, body: {} })).status).toBe(403);
    }
    const shared = await call(server, 'POST', api(board.id, `breakouts/${two!.boardId}/adopt`), { token: board.tokens.facilitator, body: {} });
    expect(shared.status).toBe(403);
    expect(shared.json.error).toMatch(/join the board first/);
    const badName = await call(server, 'POST', api(board.id, `breakouts/${two!.boardId}/adopt`), { token: fasi.token, body: { name: '' } });
    expect(badName.status).toBe(400);
    expect(badName.json.fields).toHaveProperty('name');
    const notAGroup = await call(server, 'POST', api(board.id, `breakouts/${board.id}/adopt`), { token: fasi.token, body: {} });
    expect(notAGroup.status).toBe(404);
    expect(await server.stores.proposals.listProposals(board.id)).toEqual([]);

    const r = await call(server, 'POST', api(board.id, `breakouts/${two!.boardId}/adopt`), { token: fasi.token, body: {} });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    const proposal = proposalSchema.parse(r.json.proposal);
    const group = await storedBoard(server, two!.boardId);
    expect(proposal).toMatchObject({
      boardId: board.id,
      name: 'Gruppe 2',
      origin: 'breakout',
      author: { participantId: fasi.id, name: 'Fasilitator', role: 'facilitator' },
      content: { allocation: group.allocation, custom: group.custom, assumptions: [] },
    });
    expect(proposal.content.allocation).not.toEqual((await storedBoard(server, board.id)).allocation);
    expect((await server.stores.proposals.listProposals(board.id)).map((p) => p.id)).toEqual([proposal.id]);
    expect(await server.stores.proposals.listProposals(two!.boardId)).toEqual([]);

    const named = await call(server, 'POST', api(board.id, `breakouts/${one!.boardId}/adopt`), { token: fasi.token, body: { name: 'Nord sitt forslag' } });
    expect(named.status).toBe(201);
    expect(proposalSchema.parse(named.json.proposal).name).toBe('Nord sitt forslag');
    // A group of another board is not this board's to adopt.
    const other = await mainBoard();
    const foreign = (await split(other.board.id, other.board.tokens.facilitator)).groups[0]!;
    expect((await call(server, 'POST', api(board.id, `breakouts/${foreign.boardId}/adopt`), { token: fasi.token, body: {} })).status).toBe(404);
    await eventually(async () => expect(await server.stores.proposals.countProposals(board.id)).toBe(2));
  });
});
