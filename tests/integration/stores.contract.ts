import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '@/server/storage/stores';
import { boardStoreContract } from './board-store.contract';
import { breakoutStoreContract } from './breakout-store.contract';
import { commentStoreContract } from './comment-store.contract';
import { consultationStoreContract } from './consultation-store.contract';
import { controlStoreContract } from './control-store.contract';
import { documentLogContract } from './document-log.contract';
import { historyStoreContract } from './history-store.contract';
import { mailStoreContract, notificationStoreContract } from './notification-store.contract';
import { ownDataStoreContract } from './own-data-store.contract';
import { proposalStoreContract } from './proposal-store.contract';
import { purgeContract } from './purge.contract';
import { ratingStoreContract } from './rating-store.contract';
import { settingStoreContract } from './setting-store.contract';

/**
 * What a contract run needs: fresh empty stores on one backend; `reopen`, when the backend is
 * durable, opens the same storage again after the suite closed `stores`; `cleanup` closes
 * whatever is still open and removes what the run created.
 */
export type StoresHarness = { stores: Stores; reopen?: () => Promise<Stores>; cleanup: () => Promise<void> };

/**
 * Registers, as one describe block, the contract of every store a backend must satisfy, each
 * in its own describe; every test gets fresh stores from `make`.
 */
export function storesContract(name: string, make: () => Promise<StoresHarness>): void {
  describe(name, () => {
    let h: StoresHarness;
    const harness = () => h;

    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => h.cleanup());

    it('answers ping, and not once closed', async () => {
      expect(await h.stores.ping()).toBe(true);
      await h.stores.close();
      expect(await h.stores.ping()).toBe(false);
    });

    it('answers ping after close and reopen when durable', async (ctx) => {
      if (!h.reopen) return ctx.skip();
      await h.stores.close();
      expect(await (await h.reopen()).ping()).toBe(true);
    });

    describe('document log', () => documentLogContract(harness));
    describe('boards', () => boardStoreContract(harness));
    describe('settings', () => settingStoreContract(harness));
    describe('comments', () => commentStoreContract(harness));
    describe('proposals', () => proposalStoreContract(harness));
    describe('history', () => historyStoreContract(harness));
    describe('rating rounds', () => ratingStoreContract(harness));
    describe('controls', () => controlStoreContract(harness));
    describe('breakout groups', () => breakoutStoreContract(harness));
    describe('consultation rounds', () => consultationStoreContract(harness));
    describe('notifications', () => notificationStoreContract(harness));
    describe('email settings and send queue', () => mailStoreContract(harness));
    describe('board purge', () => purgeContract(harness));
    describe('erasing a participant', () => ownDataStoreContract(harness));
  });
}
