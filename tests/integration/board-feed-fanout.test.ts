import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BoardChange, FeedEvent } from '@/lib/board-feed';
import { moveCard } from '@/lib/board-ops';
import { catalog } from '@/lib/catalog';
import { boardLinks, createBoard } from '@/server/boards';
import { openFeed } from './comment-client';
import { connect, SECRET, synced } from './harness';
import { suiteTitle } from './services/skip';
import { redisUnavailable } from './services/redis';
import { linkedInstancesForSuite } from './services/suite';

// Two instances in this process, one store between them, a real Redis: what one instance stores
// reaches the live feeds open on the other only through the fan-out.
const skip = redisUnavailable();

describe.skipIf(skip)(suiteTitle('board feed signals between instances', skip), () => {
  const { stores, instances, clients } = linkedInstancesForSuite(2);

  /** Posts to instance 0 and expects `status`, answering the JSON. */
  async function post(path: string, token: string, body: unknown, status = 201): Promise<Record<string, unknown>> {
    const res = await fetch(`${instances[0]!.http}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(json)).toBe(status);
    return json;
  }
  const isChange = (change: BoardChange) => (e: FeedEvent) => e.type === 'changed' && isDeepStrictEqual(e.change, change);

  it('carries each signal from the instance that stored the change to a feed open on the other', async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Signaler', template: 'dagens-ordning' });
    const { tokens } = boardLinks(record, SECRET);
    const base = `/api/boards/${record.id}`;
    const joined = async (link: string, name: string) => (await post(`${base}/join`, link, { name, organisation: 'KS' }, 200)).token as string;
    const [editor, rater] = [await joined(tokens.editor, 'Edith'), await joined(tokens.commenter, 'Kari')];

    const feed = openFeed(`${instances[1]!.http}${base}/events?token=${encodeURIComponent(tokens.viewer)}`);
    await feed.next((e) => e.type === 'snapshot');

    const proposal = (await post(`${base}/proposals`, editor, { name: 'Forslag A', note: '' })).proposal as { id: string };
    await feed.next(isChange({ part: 'proposals', action: 'saved', id: proposal.id }), 5000);
    const round = (await post(`${base}/rounds`, tokens.facilitator, { proposals: [proposal.id] })).round as { id: string };
    await feed.next(isChange({ part: 'rounds', action: 'opened', id: round.id }), 5000);
    await post(`${base}/rounds/${round.id}/answers`, rater, { proposal: proposal.id, criterion: 'beredskap', value: 3 });
    await feed.next(isChange({ part: 'rounds', action: 'answered', id: round.id }), 5000);
    await post(`${base}/breakouts`, tokens.facilitator, { groups: 2 });
    await feed.next(isChange({ part: 'breakouts', action: 'split', round: 1 }), 5000);

    // Saving loaded the board on instance 0, which recorded it as it stood; a move there is the
    // next entry, and both signals cross to instance 1.
    await feed.next(isChange({ part: 'history', action: 'appended', seq: 1 }), 5000);
    const client = connect(instances[0]!.ws, record.id, editor);
    clients.push(client);
    await synced(client);
    expect(moveCard(client.doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, 'test').ok).toBe(true);
    await feed.next(isChange({ part: 'history', action: 'appended', seq: 2 }), 5000);
    feed.close();
  });
});
