import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_CRITERIA, resultsAnswerSchema } from '@/lib/ratings';
import { MEMORY_BOUND_MIB, startAttackServer, survives, type AttackServer } from './attack-server';

/**
 * Attacks that mint identities: one link joined over and over to vote or comment many times,
 * and boards created in bulk. Every call comes from one network address (127.0.0.1), as a
 * single attacker's would. The limits are set low so each attack meets them quickly; their
 * defaults are tested in http.test.ts and listed in docs/deployment.md.
 */
const LIMITS = { JOINS_PER_MINUTE_PER_ADDRESS: '3', COMMENTS_PER_MINUTE: '4', COMMENTS_PER_MINUTE_PER_ADDRESS: '6', BOARDS_PER_HOUR_PER_ADDRESS: '12' };

let server: AttackServer;
beforeAll(async () => {
  server = await startAttackServer(LIMITS);
}, 30_000);
afterAll(() => server?.stop());

const join = (boardId: string, link: string, body: Record<string, unknown>) => server.request('POST', `/api/boards/${boardId}/join`, { token: link, body });
const boardsStored = () => {
  const db = new Database(path.join(server.dataDir, 'boards.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('minted identities', () => {
  it('one commenter link joined ten times casts no more answers than the join limit lets through, and a rejoin with the grant cannot vote again', async () => {
    const board = await server.board();
    const rss = server.rss();
    const fasi = (await join(board.id, board.tokens.facilitator, { name: 'Fasi' })).json.token as string;
    const saved = await server.request('POST', `/api/boards/${board.id}/proposals`, { token: fasi, body: { name: 'Forslag A', note: '' } });
    expect(saved.status).toBe(201);
    const proposal = (saved.json.proposal as { id: string }).id;
    const opened = await server.request('POST', `/api/boards/${board.id}/rounds`, { token: fasi, body: { proposals: [proposal] } });
    expect(opened.status).toBe(201);
    const round = (opened.json.round as { id: string }).id;
    const answer = { proposal, criterion: RATING_CRITERIA[0]!, value: 5 };

    // The facilitator's join above spent one of this address's three.
    const tries = await Promise.all(Array.from({ length: 10 }, (_, i) => join(board.id, board.tokens.commenter, { name: `Sokk ${i}` })));
    expect(tries.map((t) => t.status).sort()).toEqual([200, 200, ...Array(8).fill(429)]);
    const voices = tries.filter((t) => t.status === 200).map((t) => t.json as { token: string; grant: string });
    const cast = await Promise.all(voices.map((v) => server.request('POST', `/api/boards/${board.id}/rounds/${round}/answers`, { token: v.token, body: answer })));
    expect(cast.map((c) => c.status)).toEqual([201, 201]);
    // Rejoining with a grant spends no join budget but gives the same participant, whose answer is in.
    const again = await join(board.id, board.tokens.commenter, { name: 'Sokk igjen', grant: voices[0]!.grant });
    expect(again.status).toBe(200);
    const repeat = await server.request('POST', `/api/boards/${board.id}/rounds/${round}/answers`, { token: again.json.token as string, body: answer });
    expect(repeat.status).toBe(409);

    expect((await server.request('POST', `/api/boards/${board.id}/rounds/${round}/reveal`, { token: fasi })).status).toBe(200);
    const results = await server.request('GET', `/api/boards/${board.id}/rounds/${round}/results`, { token: fasi });
    expect(resultsAnswerSchema.parse(results.json).results.round).toMatchObject({ respondents: 2, answers: 2 });
    await survives(server, board, rss);
  }, 60_000);

  it('rejoining after every 429 posts no more comments than the address may, and stores none of the refused', async () => {
    const board = await server.board();
    const rss = server.rss();
    const threads = `/api/boards/${board.id}/threads`;
    let first = await join(board.id, board.tokens.commenter, { name: 'Sokk' });
    const grant = first.json.grant as string;
    const statuses: number[] = [];
    // Sixty tries, joining anew (with the device's grant, which costs no join budget) after each refusal.
    for (let i = 0; i < 60; i++) {
      const r = await server.request('POST', threads, { token: first.json.token as string, body: { anchor: { kind: 'board' }, body: `innlegg ${i}` } });
      statuses.push(r.status);
      if (r.status === 429) first = await join(board.id, board.tokens.commenter, { name: `Sokk ${i}`, grant });
    }
    // Four a minute for the participant, whatever name it rejoins under; six for the address.
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(56);
    const list = await server.request('GET', threads, { token: board.tokens.viewer });
    expect((list.json.threads as unknown[]).length).toBe(4);
    await survives(server, board, rss);
  }, 60_000);

  it('boards past the hourly limit per address get 429 with Retry-After and create nothing', async () => {
    const rss = server.rss();
    const before = boardsStored();
    const left = 12 - server.boardsCreated;
    const made = await Promise.all(Array.from({ length: 30 }, (_, i) => server.request('POST', '/api/boards', { body: { title: `Masse ${i}`, template: 'dagens-ordning' } })));
    const created = made.filter((m) => m.status === 201);
    const refused = made.filter((m) => m.status === 429);
    expect(created.length + refused.length).toBe(30);
    expect(created).toHaveLength(left);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.every((r) => r.json.id === undefined)).toBe(true);
    expect(boardsStored()).toBe(before + created.length);
    expect(server.rss() - rss).toBeLessThan(MEMORY_BOUND_MIB);
  }, 60_000);
});
