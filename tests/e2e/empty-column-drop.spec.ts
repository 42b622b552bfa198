import { expect, test, type Browser, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, serverLevelOf, tokenOf, type Links } from './board-helpers';

const KOMMUNE = 'Kommune';
const NEW_LEVEL = 'Staten';
const CARD = 'Legevakt';

/** Adds the new, empty level as the facilitator and answers its level id. */
async function addEmptyLevel(page: Page): Promise<string> {
  await page.getByLabel('Nivå som skal legges til').selectOption({ label: NEW_LEVEL });
  await page.getByRole('button', { name: 'Legg til nivå' }).click();
  const target = column(page, NEW_LEVEL);
  await expect(target.getByTestId('card')).toHaveCount(0);
  return (await target.getAttribute('data-level'))!;
}

/** The card's id, for asking the server where it is. */
const cardId = async (page: Page) => (await page.getByTestId('card').filter({ has: card(page, CARD) }).getAttribute('data-card'))!;

/** Both the screen and the server have the card in the new column. */
async function expectLanded(page: Page, baseURL: string, board: { id: string; links: Links }, level: string, id: string) {
  await expect(card(column(page, NEW_LEVEL), CARD)).toBeVisible();
  await expect(card(column(page, KOMMUNE), CARD)).toHaveCount(0);
  await expect.poll(() => serverLevelOf(baseURL, board.id, tokenOf(board.links.facilitator), id)).toBe(level);
}

/** Wide enough that every column is on screen at once, so a pointer can reach both ends. */
const WIDE = { width: 1800, height: 900 };

const centre = async (page: Page, locator: ReturnType<Page['getByRole']>) => {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
};

test('a card dragged by mouse onto a new, empty column lands there', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request);
  const page = await joinAs(browser, board.links.facilitator, 'Frida');
  await page.setViewportSize(WIDE);
  const level = await addEmptyLevel(page);
  const id = await cardId(page);

  const from = await centre(page, card(column(page, KOMMUNE), CARD));
  const to = await centre(page, column(page, NEW_LEVEL));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  // The empty column shows that it is the target before the card is let go.
  await expect(column(page, NEW_LEVEL)).toHaveAttribute('data-drop-over', 'true');
  await page.mouse.up();
  await expectLanded(page, baseURL!, board, level, id);
});

test('a card moved by keyboard reaches a new, empty column and is announced over it', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request);
  const page = await joinAs(browser, board.links.facilitator, 'Frida');
  const level = await addEmptyLevel(page);
  const id = await cardId(page);
  const region = page.locator('[id^="DndLiveRegion"]');

  await card(column(page, KOMMUNE), CARD).focus();
  await page.keyboard.press('Space');
  await expect(region).toHaveText(`${CARD} er over ${KOMMUNE}.`);
  // One column per arrow, the last one out of sight until the board scrolls to it.
  for (const next of ['Fylkeskommune', 'Spesialisthelsetjenesten', NEW_LEVEL]) {
    await page.keyboard.press('ArrowRight');
    await expect(region).toHaveText(`${CARD} er over ${next}.`);
  }
  await expect(column(page, NEW_LEVEL)).toHaveAttribute('data-drop-over', 'true');
  // At the last column a further arrow keeps the card where it is.
  await page.keyboard.press('ArrowRight');
  await expect(region).toHaveText(`${CARD} er over ${NEW_LEVEL}.`);
  await page.keyboard.press('Space');
  await expectLanded(page, baseURL!, board, level, id);
});

/** A facilitator's page on a touch screen: the same join as `joinAs`, in a context with touch. */
async function joinByTouch(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WIDE, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Navn').fill('Frida');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  return page;
}

test('a card dragged by touch onto a new, empty column lands there', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request);
  const page = await joinByTouch(browser, board.links.facilitator);
  const level = await addEmptyLevel(page);
  const id = await cardId(page);

  const from = await centre(page, card(column(page, KOMMUNE), CARD));
  const to = await centre(page, column(page, NEW_LEVEL));
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
  await touch('touchStart', from);
  // Held still past the touch delay, which tells a drag from a scroll.
  await page.waitForTimeout(400);
  for (let step = 1; step <= 20; step++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * step) / 20, y: from.y + ((to.y - from.y) * step) / 20 });
    await page.waitForTimeout(16);
  }
  await expect(column(page, NEW_LEVEL)).toHaveAttribute('data-drop-over', 'true');
  await touch('touchEnd');
  await expectLanded(page, baseURL!, board, level, id);
});

test('a viewer and an editor on a locked board are told why a card does not move', async ({ browser, request }) => {
  const board = await createBoard(request);
  const viewer = await joinAs(browser, board.links.viewer, 'Vera');
  const notice = viewer.getByTestId('drag-refused');
  await expect(notice).toHaveText('');

  const from = await centre(viewer, card(column(viewer, KOMMUNE), CARD));
  await viewer.mouse.move(from.x, from.y);
  await viewer.mouse.down();
  await viewer.mouse.move(from.x + 200, from.y, { steps: 8 });
  await viewer.mouse.up();
  await expect(notice).toHaveText(/lesetilgang.*kan flytte kort/);
  await expect(card(column(viewer, KOMMUNE), CARD)).toBeVisible();

  const editor = await joinAs(browser, board.links.editor, 'Ola');
  const res = await request.post(`/api/boards/${board.id}/control/lock`, { headers: { authorization: `Bearer ${tokenOf(board.links.facilitator)}` }, data: { locked: true } });
  expect(res.status()).toBe(200);
  await expect(editor.getByTestId('lock-banner')).toBeVisible();
  await card(column(editor, KOMMUNE), CARD).focus();
  await editor.keyboard.press('Space');
  await expect(editor.getByTestId('drag-refused')).toHaveText(/låst/);
  await expect(card(column(editor, KOMMUNE), CARD)).toBeVisible();
});
