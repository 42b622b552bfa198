import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BoardChange, FeedEvent } from '@/lib/board-feed';
import { moveCard } from '@/lib/board-ops';
import { splitAnswerSchema } from '@/lib/breakouts';
import { roundAnswerSchema } from '@/lib/ratings';
import { boardWithPeople, call, openFeed } from './comment-client';
import { connect, synced } from './harness';
import { api, raw, save } from './proposals-client';
import { serverForSuite } from './services/suite';

const suite = serverForSuite();
const { clients } = suite;

const feedUrl = (boardId: string, token: string) => `${suite.server.http}/api/boards/${boardId}/events?token=${encodeURIComponent(token)}`;
const isChange = (change: BoardChange) => (e: FeedEvent) => e.type === 'changed' && isDeepStrictEqual(e.change, change);
const changes = (events: FeedEvent[], part: BoardChange['part']) => events.flatMap((e) => (e.type === 'changed' && e.change.part === part ? [e.change] : []));

/** Posts and expects `status`, answering the JSON. */
async function post(path: string, token: string, body: unknown, status = 201) {
  const r = await call(suite.server, 'POST', path, { token, body });
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

describe('the board feed announces each stored change to a part of the board', () => {
  it('sends a signal for proposals saved, imported, restored and adopted, rounds opened, answered, revealed and closed, and a split', async () => {
    const { board, fasi, kari, edith, vera } = await boardWithPeople(suite.server);
    // A viewer's feed: every role hears every signal, and each signal names no more than an id.
    const feed = openFeed(feedUrl(board.id, vera.token));
    await feed.next((e) => e.type === 'snapshot');

    const a = await save(suite.server, board.id, edith.token, 'Forslag A');
    await feed.next(isChange({ part: 'proposals', action: 'saved', id: a.id }));
    const file = JSON.parse((await raw(suite.server, 'GET', api(board.id, `proposals/${a.id}/export?format=json`), { token: edith.token })).text) as unknown;
    const imported = (await post(api(board.id, 'proposals/import'), edith.token, file)) as { proposal: { id: string } };
    await feed.next(isChange({ part: 'proposals', action: 'imported', id: imported.proposal.id }));
    await post(api(board.id, `proposals/${a.id}/restore`), edith.token, undefined, 200);
    await feed.next(isChange({ part: 'proposals', action: 'restored', id: a.id }));

    const round = roundAnswerSchema.parse(await post(api(board.id, 'rounds'), fasi.token, { proposals: [a.id] })).round;
    await feed.next(isChange({ part: 'rounds', action: 'opened', id: round.id }));
    await post(api(board.id, `rounds/${round.id}/answers`), kari.token, { proposal: a.id, criterion: 'beredskap', value: 4, reason: 'hemmelig begrunnelse' });
    await feed.next(isChange({ part: 'rounds', action: 'answered', id: round.id }));
    // Refused: a second answer to the same question changes nothing, so nothing is announced.
    await post(api(board.id, `rounds/${round.id}/answers`), kari.token, { proposal: a.id, criterion: 'beredskap', value: 1 }, 409);
    await post(api(board.id, `rounds/${round.id}/reveal`), fasi.token, undefined, 200);
    await feed.next(isChange({ part: 'rounds', action: 'revealed', id: round.id }));
    await post(api(board.id, `rounds/${round.id}/close`), fasi.token, undefined, 200);
    await feed.next(isChange({ part: 'rounds', action: 'closed', id: round.id }));

    const split = splitAnswerSchema.parse(await post(api(board.id, 'breakouts'), fasi.token, { groups: 2 }));
    await feed.next(isChange({ part: 'breakouts', action: 'split', round: 1 }));
    const adopted = (await post(api(board.id, `breakouts/${split.groups[0]!.boardId}/adopt`), fasi.token, {})) as { proposal: { id: string } };
    await feed.next(isChange({ part: 'proposals', action: 'adopted', id: adopted.proposal.id }));

    expect(changes(feed.events, 'proposals').map((c) => c.action)).toEqual(['saved', 'imported', 'restored', 'adopted']);
    expect(changes(feed.events, 'rounds').map((c) => c.action)).toEqual(['opened', 'answered', 'revealed', 'closed']);
    expect(changes(feed.events, 'breakouts')).toEqual([{ part: 'breakouts', action: 'split', round: 1 }]);
    // No answer, reason or author travels on the feed: each page reads those with its own token.
    expect(feed.raw.join('\n')).not.toMatch(/hemmelig|beredskap/);
    feed.close();
  });

  it('sends a signal with the sequence number of each history entry recorded', async () => {
    const { board, edith, vera } = await boardWithPeople(suite.server);
    const feed = openFeed(feedUrl(board.id, vera.token));
    await feed.next((e) => e.type === 'snapshot');
    const editor = connect(suite.server.ws, board.id, edith.token);
    clients.push(editor);
    await synced(editor);
    // Loading the room records the board as it stands: the first entry.
    await feed.next(isChange({ part: 'history', action: 'appended', seq: 1 }), 5000);
    expect(moveCard(editor.doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, 'test')).toEqual({ ok: true, value: { changed: true } });
    await feed.next(isChange({ part: 'history', action: 'appended', seq: 2 }), 5000);
    const entries = (await call(suite.server, 'GET', api(board.id, 'history?after=1'), { token: vera.token })).json.entries as { seq: number }[];
    expect(entries.map((e) => e.seq)).toEqual([2]);
    expect(changes(feed.events, 'history')).toHaveLength(2);
    feed.close();
  });

  it('sends nothing to the feeds of another board', async () => {
    const one = await boardWithPeople(suite.server);
    const other = await boardWithPeople(suite.server);
    const feed = openFeed(feedUrl(other.board.id, other.vera.token));
    await feed.next((e) => e.type === 'snapshot');
    const p = await save(suite.server, one.board.id, one.edith.token, 'Bare her');
    const mine = await save(suite.server, other.board.id, other.edith.token, 'Der');
    await feed.next(isChange({ part: 'proposals', action: 'saved', id: mine.id }));
    expect(feed.events.some(isChange({ part: 'proposals', action: 'saved', id: p.id }))).toBe(false);
    feed.close();
  });
});
