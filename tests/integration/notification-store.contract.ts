import { expect, it } from 'vitest';
import type { NotificationRecord } from '@/lib/notifications';
import type { StoresHarness } from './stores.contract';

const note = (id: string, recipientId: string, createdAt: string, more: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id,
  boardId: 'board-a',
  recipientId,
  kind: 'mention',
  threadId: 't1',
  commentId: `c-${id}`,
  anchor: { kind: 'card', id: 'legevakt' },
  actor: { participantId: 'writer-0001', name: 'Kari «nøkkel» \u0000', organisation: 'Bodø' },
  excerpt: 'Hei 🙂',
  createdAt,
  readAt: null,
  ...more,
});

/** The NotificationStore and MailStore contracts, registered inside storesContract so every backend runs them. */
export function notificationStoreContract(harness: () => StoresHarness): void {
  it("lists a recipient's own newest first, counts unread, and keeps an id once", async () => {
    const { notifications } = harness().stores;
    await notifications.addNotifications([note('n1', 'ola-0000001', '2025-01-15T10:00:00.000Z'), note('n2', 'ola-0000001', '2025-01-15T11:00:00.000Z'), note('n3', 'per-0000001', '2025-01-15T11:00:00.000Z')]);
    await notifications.addNotifications([note('n1', 'ola-0000001', '2025-01-15T12:00:00.000Z', { excerpt: 'changed' })]);
    const own = await notifications.listNotifications('board-a', 'ola-0000001', 10);
    expect(own.map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(own[1]).toEqual({ ...note('n1', '', '2025-01-15T10:00:00.000Z'), recipientId: undefined });
    expect(await notifications.listNotifications('board-a', 'ola-0000001', 1)).toHaveLength(1);
    expect(await notifications.countUnread('board-a', 'ola-0000001')).toBe(2);
    expect(await notifications.getNotification('board-a', 'per-0000001', 'n1')).toBeNull();
    expect((await notifications.notificationsBetween('board-a', 'ola-0000001', '2025-01-15T10:30:00.000Z', '2025-01-15T11:00:00.001Z')).map((n) => n.id)).toEqual(['n2']);
  });

  it("marks read only the recipient's own, then all, and erases a participant", async () => {
    const { notifications } = harness().stores;
    await notifications.addNotifications([note('n1', 'ola-0000001', '2025-01-15T10:00:00.000Z'), note('n2', 'ola-0000001', '2025-01-15T11:00:00.000Z'), note('n3', 'writer-0001', '2025-01-15T11:00:00.000Z', { actor: { participantId: 'ola-0000001', name: 'Ola', organisation: '' } })]);
    expect(await notifications.markRead('board-a', 'per-0000001', ['n1'], '2025-01-15T12:00:00.000Z')).toBe(0);
    expect(await notifications.markRead('board-a', 'ola-0000001', ['n1', 'n3'], '2025-01-15T12:00:00.000Z')).toBe(1);
    expect(await notifications.markRead('board-a', 'ola-0000001', 'all', '2025-01-15T13:00:00.000Z')).toBe(1);
    expect((await notifications.listNotifications('board-a', 'ola-0000001', 10)).map((n) => n.readAt)).toEqual(['2025-01-15T13:00:00.000Z', '2025-01-15T12:00:00.000Z']);
    expect(await notifications.eraseParticipant('board-a', 'ola-0000001')).toBe(2);
    expect(await notifications.listNotifications('board-a', 'ola-0000001', 10)).toEqual([]);
    expect((await notifications.listNotifications('board-a', 'writer-0001', 10))[0]).toMatchObject({ actor: { participantId: 'ola-0000001', name: '', organisation: '' }, excerpt: '' });
  });
}

const address = (participantId: string, more: Record<string, unknown> = {}) => ({
  boardId: 'board-a',
  participantId,
  address: `${participantId}@example.no`,
  lang: 'nb' as const,
  instant: true,
  digest: true,
  confirmedAt: null as string | null,
  createdAt: '2025-01-15T10:00:00.000Z',
  ...more,
});
const entry = (key: string, participantId = 'ola-0000001') => ({ boardId: 'board-a', participantId, key, kind: 'event' as const, data: '{}', nextAt: '2025-01-15T10:00:00.000Z', createdAt: '2025-01-15T10:00:00.000Z' });

export function mailStoreContract(harness: () => StoresHarness): void {
  it('keeps a setting per participant, confirms only the address it holds, and lists confirmed digest readers', async () => {
    const { mail } = harness().stores;
    await mail.setAddress(address('ola-0000001'));
    await mail.setAddress(address('per-0000001', { digest: false }));
    expect(await mail.confirmAddress('board-a', 'ola-0000001', 'other@example.no', '2025-01-15T11:00:00.000Z')).toBe(false);
    expect(await mail.confirmAddress('board-a', 'ola-0000001', 'ola-0000001@example.no', '2025-01-15T11:00:00.000Z')).toBe(true);
    await mail.confirmAddress('board-a', 'per-0000001', 'per-0000001@example.no', '2025-01-15T11:00:00.000Z');
    expect(await mail.getAddress('board-a', 'ola-0000001')).toEqual(address('ola-0000001', { confirmedAt: '2025-01-15T11:00:00.000Z' }));
    expect(await mail.digestReaders()).toEqual([{ boardId: 'board-a', participantId: 'ola-0000001' }]);
    expect(await mail.removeAddress('board-a', 'ola-0000001')).toBe(true);
    expect(await mail.getAddress('board-a', 'ola-0000001')).toBeNull();
  });

  it('queues a key once, claims due rows under a lease, retries later, and finishes them', async () => {
    const { mail } = harness().stores;
    expect(await mail.enqueue(entry('k1'))).toBe(true);
    expect(await mail.enqueue(entry('k1'))).toBe(false);
    await mail.enqueue({ ...entry('k2'), nextAt: '2025-01-15T12:00:00.000Z' });
    const [claimed, ...rest] = await mail.claim('2025-01-15T10:00:00.000Z', '2025-01-15T10:05:00.000Z', 10);
    expect(rest).toEqual([]);
    expect(claimed).toMatchObject({ key: 'k1', attempts: 1 });
    // The lease runs: nobody else gets the row until it ends.
    expect(await mail.claim('2025-01-15T10:04:00.000Z', '2025-01-15T10:09:00.000Z', 10)).toEqual([]);
    expect(await mail.claim('2025-01-15T10:05:00.000Z', '2025-01-15T10:10:00.000Z', 10)).toMatchObject([{ key: 'k1', attempts: 2 }]);
    await mail.retryAt(claimed!.seq, '2025-01-15T11:00:00.000Z', 'busy');
    expect(await mail.claim('2025-01-15T10:30:00.000Z', '2025-01-15T10:35:00.000Z', 10)).toEqual([]);
    const again = await mail.claim('2025-01-15T12:00:00.000Z', '2025-01-15T12:05:00.000Z', 10);
    expect(again.map((r) => r.key)).toEqual(['k1', 'k2']);
    await mail.finish(again[0]!.seq, 'sent', '2025-01-15T12:01:00.000Z');
    await mail.finish(again[1]!.seq, 'skipped', '2025-01-15T12:01:00.000Z');
    expect(await mail.claim('2025-01-16T00:00:00.000Z', '2025-01-16T00:05:00.000Z', 10)).toEqual([]);
    expect(await mail.countOutbox()).toEqual({ pending: 0, sent: 1, skipped: 1, failed: 0 });
  });

  it("gives each due row to one of two claims racing, and erases a participant's setting and queue", async () => {
    const { mail } = harness().stores;
    for (let i = 0; i < 20; i++) await mail.enqueue(entry(`k${i}`, i % 2 ? 'ola-0000001' : 'per-0000001'));
    const claims = await Promise.all([0, 1, 2, 3].map(() => mail.claim('2025-01-15T10:00:00.000Z', '2025-01-15T10:05:00.000Z', 5)));
    const keys = claims.flat().map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(20);
    await mail.setAddress(address('ola-0000001'));
    await mail.eraseParticipant('board-a', 'ola-0000001');
    expect(await mail.getAddress('board-a', 'ola-0000001')).toBeNull();
    expect((await mail.countOutbox()).pending).toBe(10);
  });

  it("counts one participant's queued and finished messages on one board, and none of anyone else's", async () => {
    const { mail } = harness().stores;
    for (const key of ['o1', 'o2', 'o3']) await mail.enqueue(entry(key));
    await mail.enqueue(entry('p1', 'per-0000001'));
    await mail.enqueue({ ...entry('elsewhere'), boardId: 'board-b' });
    const [first] = await mail.claim('2025-01-15T10:00:00.000Z', '2025-01-15T10:05:00.000Z', 1);
    expect(first!.key).toBe('o1');
    await mail.finish(first!.seq, 'sent', '2025-01-15T10:01:00.000Z');
    expect(await mail.countOutbox({ boardId: 'board-a', participantId: 'ola-0000001' })).toEqual({ pending: 2, sent: 1, skipped: 0, failed: 0 });
    expect(await mail.countOutbox({ boardId: 'board-a', participantId: 'per-0000001' })).toEqual({ pending: 1, sent: 0, skipped: 0, failed: 0 });
    expect(await mail.countOutbox({ boardId: 'board-a', participantId: 'nobody-0001' })).toEqual({ pending: 0, sent: 0, skipped: 0, failed: 0 });
    expect(await mail.countOutbox()).toEqual({ pending: 4, sent: 1, skipped: 0, failed: 0 });
    await mail.eraseParticipant('board-a', 'ola-0000001');
    expect(await mail.countOutbox({ boardId: 'board-a', participantId: 'ola-0000001' })).toEqual({ pending: 0, sent: 0, skipped: 0, failed: 0 });
    expect(await mail.countOutbox({ boardId: 'board-b', participantId: 'ola-0000001' })).toEqual({ pending: 1, sent: 0, skipped: 0, failed: 0 });
  });
}
