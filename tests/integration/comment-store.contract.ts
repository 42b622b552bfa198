import { expect, it } from 'vitest';
import type { Author, Comment, Participant } from '@/lib/comments';
import type { ThreadRecord } from '@/server/storage/comment-store';
import type { StoresHarness } from './stores.contract';

const kari: Author = { participantId: 'kari-0001', name: 'Kari', organisation: 'Bodø kommune', role: 'commenter' };
const ola: Author = { participantId: 'ola-00001', name: 'Ola', organisation: 'KS', role: 'editor' };
const fasi: Author = { participantId: 'fasi-0001', name: 'Fasilitator', organisation: '', role: 'facilitator' };

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const threadRecord = (id: string, over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  id,
  boardId: 'b1',
  anchor: { kind: 'board' },
  status: 'open',
  createdAt: at(0),
  resolvedAt: null,
  resolvedBy: null,
  ...over,
});

const comment = (id: string, threadId: string, author: Author, over: Partial<Comment> = {}): Comment => ({
  id,
  threadId,
  author,
  body: `comment ${id}`,
  stance: null,
  mentions: [],
  createdAt: at(1),
  editedAt: null,
  removedAt: null,
  removedBy: null,
  ...over,
});

const HOSTILE = '<script>alert("x")</script>\n<b onclick=\'y\'>fet</b> &amp; æøå 🙂 \u0000 \\u003c';

/**
 * The CommentStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function commentStoreContract(harness: () => StoresHarness): void {
  it('records participants once each, in joining order, per board', async () => {
    const store = harness().stores.comments;
    const p = (a: Author): Participant => ({ ...a });
    expect(await store.addParticipant('b1', p(kari), at(0))).toBe(true);
    expect(await store.addParticipant('b1', p(ola), at(1))).toBe(true);
    expect(await store.addParticipant('b1', { ...p(kari), name: 'Renamed' }, at(2))).toBe(false);
    expect(await store.addParticipant('b2', p(kari), at(3))).toBe(true);
    expect(await store.listParticipants('b1')).toEqual([kari, ola]);
    expect(await store.listParticipants('b2')).toEqual([kari]);
    expect(await store.listParticipants('none')).toEqual([]);
  });

  it('keeps whether an author was signed in: verified authors read back verified, others without the marker', async () => {
    const store = harness().stores.comments;
    const signedIn: Author = { ...ola, participantId: 'ola-signed', verified: true };
    await store.createThread(threadRecord('tv'), comment('cv1', 'tv', signedIn));
    expect(await store.addComment('b1', comment('cv2', 'tv', kari))).toBe(true);
    const authors = (await store.getThread('b1', 'tv'))!.comments.map((c) => c.author);
    expect(authors).toEqual([signedIn, kari]);
    expect(authors[1]).not.toHaveProperty('verified');
    expect((await store.getComment('b1', 'cv1'))!.author.verified).toBe(true);
  });

  it('stores threads with their comments in order, and every anchor kind, stance and body exactly', async () => {
    const store = harness().stores.comments;
    const anchors = [{ kind: 'board' }, { kind: 'card', id: 'legevakt' }, { kind: 'level', id: 'kommune' }, { kind: 'proposal', id: 'p-1' }, { kind: 'indicator', id: 'cost:total' }] as const;
    for (const [i, anchor] of anchors.entries()) {
      await store.createThread(threadRecord(`t${i}`, { anchor }), comment(`c${i}`, `t${i}`, kari, { stance: 'for', mentions: ['ola-00001'] }));
    }
    expect(await store.addComment('b1', comment('r1', 't1', ola, { body: HOSTILE, stance: 'question' }))).toBe(true);
    expect(await store.addComment('b1', comment('r2', 't1', kari, { createdAt: at(0) }))).toBe(true);
    await store.createThread(threadRecord('t0', { boardId: 'b2' }), comment('c0', 't0', ola));

    const t1 = await store.getThread('b1', 't1');
    expect(t1).toEqual({ ...threadRecord('t1', { anchor: anchors[1] }), comments: [
      comment('c1', 't1', kari, { stance: 'for', mentions: ['ola-00001'] }),
      comment('r1', 't1', ola, { body: HOSTILE, stance: 'question' }),
      comment('r2', 't1', kari, { createdAt: at(0) }),
    ] });
    const all = await store.listThreads('b1');
    expect(all.map((t) => [t.id, t.anchor, t.comments.map((c) => c.id)])).toEqual(anchors.map((a, i) => [`t${i}`, a, i === 1 ? ['c1', 'r1', 'r2'] : [`c${i}`]]));
    expect(all[1]).toEqual(t1);
    expect((await store.listThreads('b2')).map((t) => t.comments[0]?.author)).toEqual([ola]);
    expect(await store.getThread('b1', 'missing')).toBeNull();
    expect(await store.getThread('b3', 't1')).toBeNull();
    expect(await store.listThreads('none')).toEqual([]);
    expect(await store.countComments('b1')).toBe(7);
    expect(await store.countComments('b2')).toBe(1);
    expect(await store.countComments('none')).toBe(0);
  });

  it('refuses a reply to a thread the board does not have, and a duplicate thread id', async () => {
    const store = harness().stores.comments;
    await store.createThread(threadRecord('t1', { boardId: 'b2' }), comment('c1', 't1', kari));
    expect(await store.addComment('b1', comment('r1', 't1', kari))).toBe(false);
    expect(await store.addComment('b2', comment('r1', 'nope', kari))).toBe(false);
    await expect(store.createThread(threadRecord('t1', { boardId: 'b2' }), comment('c2', 't1', kari))).rejects.toThrow();
    expect(await store.countComments('b1')).toBe(0);
    expect(await store.countComments('b2')).toBe(1);
  });

  it('edits a comment that is there, and not one that is missing or removed', async () => {
    const store = harness().stores.comments;
    await store.createThread(threadRecord('t1'), comment('c1', 't1', kari, { stance: 'against' }));
    expect(await store.editComment('b1', 'c1', 'new <i>text</i> @Ola', ['ola-00001'], at(5))).toBe(true);
    expect(await store.getComment('b1', 'c1')).toEqual(comment('c1', 't1', kari, { stance: 'against', body: 'new <i>text</i> @Ola', mentions: ['ola-00001'], editedAt: at(5) }));
    expect(await store.editComment('b1', 'missing', 'x', [], at(6))).toBe(false);
    expect(await store.editComment('b2', 'c1', 'x', [], at(6))).toBe(false);
    expect(await store.getComment('b2', 'c1')).toBeNull();
    await store.removeComment('b1', 'c1', kari, at(7));
    expect(await store.editComment('b1', 'c1', 'back', [], at(8))).toBe(false);
    expect((await store.getComment('b1', 'c1'))?.body).toBe('');
  });

  it('removes softly, names a facilitator who removed, and logs every removal once', async () => {
    const store = harness().stores.comments;
    await store.createThread(threadRecord('t1'), comment('c1', 't1', kari, { stance: 'for', mentions: ['ola-00001'] }));
    await store.addComment('b1', comment('c2', 't1', ola, { stance: 'against' }));
    expect(await store.removeComment('b1', 'c1', kari, at(5))).toBe(true);
    expect(await store.removeComment('b1', 'c2', fasi, at(6))).toBe(true);
    expect(await store.removeComment('b1', 'c2', fasi, at(7))).toBe(false);
    expect(await store.removeComment('b1', 'missing', fasi, at(7))).toBe(false);
    const thread = await store.getThread('b1', 't1');
    expect(thread?.comments).toEqual([
      comment('c1', 't1', kari, { body: '', removedAt: at(5) }),
      comment('c2', 't1', ola, { body: '', removedAt: at(6), removedBy: fasi.participantId }),
    ]);
    expect(await store.listRemovals('b1')).toEqual([
      { commentId: 'c1', threadId: 't1', authorId: kari.participantId, by: kari, at: at(5) },
      { commentId: 'c2', threadId: 't1', authorId: ola.participantId, by: fasi, at: at(6) },
    ]);
    expect(await store.listRemovals('b2')).toEqual([]);
    expect(await store.countComments('b1')).toBe(2);
  });

  it('resolves and reopens a thread, keeping the first resolver when resolved twice', async () => {
    const store = harness().stores.comments;
    await store.createThread(threadRecord('t1'), comment('c1', 't1', kari));
    expect(await store.setThreadStatus('b1', 't1', 'resolved', ola, at(5))).toBe(true);
    expect(await store.setThreadStatus('b1', 't1', 'resolved', kari, at(6))).toBe(true);
    expect(await store.getThread('b1', 't1')).toMatchObject({ status: 'resolved', resolvedAt: at(5), resolvedBy: ola });
    expect(await store.setThreadStatus('b1', 't1', 'open', kari, at(7))).toBe(true);
    expect(await store.getThread('b1', 't1')).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    expect(await store.setThreadStatus('b1', 'missing', 'resolved', kari, at(8))).toBe(false);
    expect(await store.setThreadStatus('b2', 't1', 'resolved', kari, at(8))).toBe(false);
  });

  it('hands out copies, so a caller changing one cannot change what is stored', async () => {
    const store = harness().stores.comments;
    const first = comment('c1', 't1', { ...kari }, { mentions: ['x'] });
    await store.createThread(threadRecord('t1'), first);
    first.mentions.push('y');
    first.author.name = 'Forged';
    const thread = await store.getThread('b1', 't1');
    thread!.comments[0]!.body = 'changed';
    expect(await store.getComment('b1', 'c1')).toEqual(comment('c1', 't1', kari, { mentions: ['x'] }));
  });

  it('keeps participants, threads, comments, stances, resolution and removals across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    const store = h.stores.comments;
    await store.addParticipant('b1', kari, at(0));
    await store.addParticipant('b1', ola, at(0));
    await store.createThread(threadRecord('t1', { anchor: { kind: 'card', id: 'legevakt' } }), comment('c1', 't1', kari, { stance: 'for', body: HOSTILE }));
    await store.addComment('b1', comment('c2', 't1', ola, { stance: 'against', mentions: [kari.participantId] }));
    await store.addComment('b1', comment('c3', 't1', ola));
    await store.editComment('b1', 'c2', 'edited', [], at(4));
    await store.removeComment('b1', 'c3', fasi, at(5));
    await store.setThreadStatus('b1', 't1', 'resolved', ola, at(6));
    const before = { threads: await store.listThreads('b1'), participants: await store.listParticipants('b1'), removals: await store.listRemovals('b1') };
    await h.stores.close();

    const again = (await h.reopen()).comments;
    expect({ threads: await again.listThreads('b1'), participants: await again.listParticipants('b1'), removals: await again.listRemovals('b1') }).toEqual(before);
    expect(before.threads[0]).toMatchObject({ status: 'resolved', resolvedBy: ola });
    expect(before.threads[0]?.comments.map((c) => [c.body, c.stance, c.editedAt, c.removedBy])).toEqual([
      [HOSTILE, 'for', null, null],
      ['edited', 'against', at(4), null],
      ['', null, null, fasi.participantId],
    ]);
    expect(await again.countComments('b1')).toBe(3);
  });
}
