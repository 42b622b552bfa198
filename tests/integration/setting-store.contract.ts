import { expect, it } from 'vitest';
import type { StoresHarness } from './stores.contract';

/**
 * The SettingStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function settingStoreContract(harness: () => StoresHarness): void {
  it('stores settings', async () => {
    const { settings } = harness().stores;
    expect(await settings.getSetting('demoBoard')).toBeNull();
    await settings.setSetting('demoBoard', 'a');
    await settings.setSetting('demoBoard', 'b');
    expect(await settings.getSetting('demoBoard')).toBe('b');
  });

  it('keeps settings across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.settings.setSetting('demoBoard', 'a');
    await h.stores.close();
    expect(await (await h.reopen()).settings.getSetting('demoBoard')).toBe('a');
  });
}
