import { expect, it } from 'vitest';
import { INITIAL_CONTROL, type ControlRecord } from '@/lib/control';
import type { StoresHarness } from './stores.contract';

const running: ControlRecord = {
  locked: true,
  lockedBy: 'Kari «fasilitator» 🙂',
  timer: { status: 'running', durationMs: 600_000, remainingMs: 600_000, endsAt: 1_750_000_600_000 },
  follow: { participantId: 'kari-0001', name: 'Kari' },
};

/**
 * The ControlStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function controlStoreContract(harness: () => StoresHarness): void {
  it('answers null before any control is stored, and the last record stored after, per board', async () => {
    const { control } = harness().stores;
    expect(await control.getControl('a')).toBeNull();
    await control.setControl('a', INITIAL_CONTROL);
    await control.setControl('a', running);
    await control.setControl('b', INITIAL_CONTROL);
    expect(await control.getControl('a')).toEqual(running);
    expect(await control.getControl('b')).toEqual(INITIAL_CONTROL);
  });

  it('refuses a control record that breaks the schema and keeps the one before', async () => {
    const { control } = harness().stores;
    await control.setControl('a', running);
    const broken = { ...running, timer: { ...running.timer, status: 'stopped' } } as unknown as ControlRecord;
    await expect(control.setControl('a', broken)).rejects.toThrow();
    expect(await control.getControl('a')).toEqual(running);
  });

  it('keeps controls across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.control.setControl('a', running);
    await h.stores.close();
    const again = await h.reopen();
    expect(await again.control.getControl('a')).toEqual(running);
  });
}
