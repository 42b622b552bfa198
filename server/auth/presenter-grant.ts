import { z } from 'zod';
import { presenterPath, type PresenterGrant } from '@/lib/presenter-grant';
import type { KeyScope, TokenPayload } from '@/lib/roles';
import { keyedSerial } from '../comments/serial';
import type { Logger } from '../log';
import type { SettingStore } from '../storage/setting-store';
import type { Stores } from '../storage/stores';
import { signToken, type Secret } from './tokens';

/*
 * Presenter grants: read-only tokens for a projector. They carry role viewer but their own key
 * scope ('presenter'), whose version lives in the store's settings beside the board, so replacing
 * the viewer link (or any other) leaves an open presenter view connected, and a facilitator
 * revokes presenter grants on their own.
 */

/**
 * How long a presenter grant lasts. A projector link is for a meeting, not a standing credential:
 * opening the presenter view from the board mints a fresh one, and a week covers a workshop over days.
 */
export const PRESENTER_TTL_SECONDS = 7 * 24 * 60 * 60;

const settingKey = (boardId: string) => `presenter-key:${boardId}`;
// Stored as text by the settings area; only this module writes it.
const storedKeySchema = z.coerce.number().int().positive();

/** The board's current presenter key version: 1 until presenter grants are first revoked. Throws on a garbled setting. */
export async function presenterKey(settings: Pick<SettingStore, 'getSetting'>, boardId: string): Promise<number> {
  const stored = await settings.getSetting(settingKey(boardId));
  return stored === null ? 1 : storedKeySchema.parse(stored);
}

/**
 * Moves the board's presenter key on and answers the new version. Two instances rotating the
 * same board at the same moment may both write the same next version; either way every grant
 * issued before is revoked, which is all rotating promises.
 */
export async function rotatePresenterKey(settings: SettingStore, boardId: string): Promise<number> {
  const next = (await presenterKey(settings, boardId)) + 1;
  await settings.setSetting(settingKey(boardId), String(next));
  return next;
}

/** A presenter grant's payload: role viewer, the presenter key scope, no participant, a week to live. */
export function presenterToken(boardId: string, keyVersion: number, now: number): TokenPayload {
  return { v: 1, b: boardId, r: 'viewer', k: keyVersion, s: 'presenter', iat: now, exp: now + PRESENTER_TTL_SECONDS };
}

/** What the presenter grants need: storage, the secret, and a way to end presenter sockets and feeds. */
export type PresenterGrantDeps = {
  stores: Pick<Stores, 'settings'>;
  secret: Secret;
  log: Logger;
  /** Closes the board's sockets opened with presenter grants, on every instance; answers how many here. */
  closeSockets: (boardId: string, keyVersion: number) => number;
  feed: { closeRole(boardId: string, scope: KeyScope): number };
  now?: () => number;
};

/**
 * Mints and revokes a board's presenter grants. Callers check the board and who asks: any
 * facilitator or editor may mint one, only a facilitator may revoke them.
 */
export function createPresenterGrants(deps: PresenterGrantDeps) {
  const now = deps.now ?? Date.now;
  // A mint queued behind a rotation on this instance gets the new key, never the revoked one.
  const serial = keyedSerial();
  const grant = (boardId: string, keyVersion: number): PresenterGrant => {
    const payload = presenterToken(boardId, keyVersion, Math.floor(now() / 1000));
    const token = signToken(payload, deps.secret);
    return { token, link: presenterPath(boardId, token), expiresAt: new Date(payload.exp! * 1000).toISOString() };
  };
  return {
    /** A fresh presenter grant for the board. */
    mint: (boardId: string): Promise<PresenterGrant> => serial(boardId, async () => grant(boardId, await presenterKey(deps.stores.settings, boardId))),

    /**
     * Revokes every presenter grant of the board: the key moves on, open presenter views are cut
     * off (4401 'link rotated') and their feeds end. Answers a fresh grant for the new key.
     */
    rotate: (boardId: string): Promise<PresenterGrant> =>
      serial(boardId, async () => {
        const keyVersion = await rotatePresenterKey(deps.stores.settings, boardId);
        const sockets = deps.closeSockets(boardId, keyVersion);
        const feeds = deps.feed.closeRole(boardId, 'presenter');
        deps.log('presenter-grants-revoked', { board: boardId, sockets, feeds });
        return grant(boardId, keyVersion);
      }),
  };
}

/** A server's presenter grants: see createPresenterGrants. */
export type PresenterGrants = ReturnType<typeof createPresenterGrants>;
