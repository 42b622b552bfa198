import { expect, test, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, moveWithMenu, serverLevelOf, tokenOf } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';
const NOTICE = 'Tavla er låst – endringen din ble ikke lagret';
const FEED = '**/api/boards/*/events';

/**
 * Keeps every saved state the toolbar shows from now on in `window.savedStates` (any change in
 * the page notes the current one; repeats are kept once), so a "Lagret" that flashed by between
 * two assertions is caught too.
 */
async function recordSavedStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { savedStates: seen });
    const note = () => {
      const el = document.querySelector('[data-testid="saved"]');
      const state = el && `${el.getAttribute('data-state')}:${el.textContent}`;
      if (state && state !== seen[seen.length - 1]) seen.push(state);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

const savedStates = (page: Page) => page.evaluate(() => (window as unknown as { savedStates: string[] }).savedStates);

test('a move racing the lock is rolled back on screen and on the device, and never sent again', async ({ browser, request, baseURL }) => {
  const { id, links } = await createBoard(request, 'Låst midt i en flytting');
  const facilitatorToken = tokenOf(links.facilitator);
  const lockBoard = async (locked: boolean) => {
    const res = await request.post(`/api/boards/${id}/control/lock`, { headers: { authorization: `Bearer ${facilitatorToken}` }, data: { locked } });
    expect(res.status()).toBe(200);
  };
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  // The editor's live feed never answers, so the page learns of the lock only from the server's refusal.
  const editor = await joinAs(browser, links.editor, 'Ola', 'Helse Nord', async (page) => {
    await page.route(FEED, (route) => route.abort());
  });
  const original = await serverLevelOf(baseURL!, id, facilitatorToken, 'legevakt');
  expect(original).toEqual(expect.any(String));

  await lockBoard(true);
  await expect(fac.getByTestId('lock-banner')).toBeVisible();
  await expect(editor.getByTestId('lock-banner')).toHaveCount(0);

  await recordSavedStates(editor);
  await moveWithMenu(editor, 'Legevakt', SPESIALIST);

  // The reason, in words, in a live region screen readers announce.
  const notice = editor.getByTestId('dropped-notice');
  await expect(notice).toContainText(NOTICE);
  await expect(editor.locator('[aria-live="assertive"]', { has: notice })).toContainText(NOTICE);
  // Back where it was, and the page now knows the board is locked although its feed is still down.
  await expect(card(column(editor, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(card(column(editor, SPESIALIST), 'Legevakt')).toHaveCount(0);
  await expect(editor.getByTestId('lock-banner')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' })).toHaveAttribute('aria-disabled', 'true');
  // Never "Lagret" for the dropped move, and no undo of it left behind.
  await expect(editor.getByTestId('saved')).toHaveAttribute('data-state', 'dropped');
  await expect(editor.getByTestId('saved')).toHaveText('Ikke lagret');
  // From the move on ("Lagrer …") the toolbar went to "Ikke lagret" without ever saying "Lagret".
  const states = await savedStates(editor);
  const sinceMove = states.slice(states.findIndex((s) => !s.startsWith('saved:')));
  expect(sinceMove.filter((s) => s.startsWith('saved:'))).toEqual([]);
  expect(sinceMove.at(-1)).toBe('dropped:Ikke lagret');
  await expect(editor.getByRole('button', { name: /Angre/ })).toBeDisabled();

  await notice.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(notice).toHaveCount(0);
  expect(await serverLevelOf(baseURL!, id, facilitatorToken, 'legevakt')).toBe(original);
  await expect(card(column(fac, KOMMUNE), 'Legevakt')).toBeVisible();

  // Unlocked and reloaded, the editor's device copy would send a kept move again at once.
  await lockBoard(false);
  await editor.unroute(FEED);
  await editor.reload();
  await expect(editor.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(editor.getByTestId('lock-banner')).toHaveCount(0);
  await editor.waitForTimeout(3000);
  await expect(card(column(editor, KOMMUNE), 'Legevakt')).toBeVisible();
  const fresh = await joinAs(browser, links.editor, 'Kari', 'Helse Vest');
  await expect(card(column(fresh, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(card(column(fac, KOMMUNE), 'Legevakt')).toBeVisible();
  expect(await serverLevelOf(baseURL!, id, facilitatorToken, 'legevakt')).toBe(original);

  // With the board open again the same move is saved and reaches everyone.
  await moveWithMenu(editor, 'Legevakt', SPESIALIST);
  await expect(editor.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  await expect(card(column(fresh, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(card(column(fac, SPESIALIST), 'Legevakt')).toBeVisible();
});
