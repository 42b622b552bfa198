import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, serverLevelOf, tokenOf, touchDrag, shotPath } from './board-helpers';

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
};

/** The columns whose whole width is inside the board's visible area. */
const wholeColumns = (page: Page) =>
  page.getByRole('main').evaluate((main) => {
    const view = main.getBoundingClientRect();
    return [...main.querySelectorAll<HTMLElement>('[data-testid="level"]')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 0 && r.left >= view.left && r.right <= view.right;
    }).length;
  });

test('a tablet shows three whole columns beside the collapsed panel, and a card dragged by touch lands for everyone', async ({ browser, request, baseURL }, testInfo) => {
  const board = await createBoard(request);
  const page = await joinAs(browser, board.links.facilitator, 'Frida', '', undefined, TABLET);
  const other = await joinAs(browser, board.links.editor, 'Ola');

  // Collapsed by default on a screen this size; the columns then get the width.
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-open', 'false');
  expect(await wholeColumns(page)).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('button', { name: /^Flere kolonner/ })).toHaveCount(0);

  // Touch shows a card's controls only once the card is tapped.
  const details = page.getByRole('button', { name: 'Vis detaljer om Legevakt' });
  await expect(details).toBeHidden();
  await card(column(page, 'Kommune'), 'Legevakt').tap();
  await expect(details).toBeVisible();

  const id = (await page.getByTestId('card').filter({ has: card(page, 'Legevakt') }).getAttribute('data-card'))!;
  // Held by its name: the tapped card's controls now cover its foot, and a press on them is no drag.
  const handle = (await card(column(page, 'Kommune'), 'Legevakt').boundingBox())!;
  await touchDrag(page, { x: handle.x + handle.width / 2, y: handle.y + 12 }, await centre(column(page, 'Fylkeskommune')));
  await expect(card(column(page, 'Fylkeskommune'), 'Legevakt')).toBeVisible();
  await expect(card(column(other, 'Fylkeskommune'), 'Legevakt')).toBeVisible();
  await expect(card(column(other, 'Kommune'), 'Legevakt')).toHaveCount(0);
  const level = await column(page, 'Fylkeskommune').getAttribute('data-level');
  await expect.poll(() => serverLevelOf(baseURL!, board.id, tokenOf(board.links.facilitator), id)).toBe(level);
  await page.screenshot({ path: shotPath(testInfo, 'board-tablet.png') });
});
