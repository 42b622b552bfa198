import { expect, test } from '@playwright/test';
import { card, column, createBoard, joinAs, moveWithMenu, serverLevelOf, tokenOf } from './board-helpers';

const SPESIALIST = 'Spesialisthelsetjenesten';

test('an editor reloads the board offline and sees the device copy with the last move, marked offline', async ({ browser, request, baseURL }) => {
  const { id, links } = await createBoard(request, 'Frakoblet');
  const a = await joinAs(browser, links.editor, 'Anne', 'Helse Nord');
  // The worker keeps the page and its files once it runs; the page is kept after its files.
  await expect.poll(() => a.evaluate(async () => (await caches.match(location.pathname)) !== undefined), { timeout: 30_000 }).toBe(true);

  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(a.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  expect(await serverLevelOf(baseURL!, id, tokenOf(links.viewer), 'legevakt')).toBe('spesialisthelsetjenesten');

  await a.context().setOffline(true);
  await a.reload();
  // The page came from the worker, and the board from the device copy, with the move.
  expect(await a.evaluate(() => navigator.onLine)).toBe(false);
  expect(await a.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(a.getByTestId('offline-banner')).toContainText('Frakoblet – viser kopien av tavla på denne enheten');
  await expect(a.getByTestId('connection')).toHaveAttribute('data-state', 'offline');

  // The worker kept board pages and build files only: no API answer, no board content.
  const kept = await a.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
    return paths;
  });
  expect(kept.length).toBeGreaterThan(1);
  for (const path of kept) expect(path).toMatch(/^\/(b\/[a-z0-9-]+|_next\/static\/.+)$/);

  // Back online, the page connects again and the mark goes.
  await a.context().setOffline(false);
  await expect(a.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(a.getByTestId('offline-banner')).toHaveCount(0);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
});
