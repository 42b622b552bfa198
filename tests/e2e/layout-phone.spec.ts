import { expect, test, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, shotPath } from './board-helpers';
import { axeFindings } from './axe';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const picker = (page: Page) => page.getByRole('group', { name: 'Vis nivå' });
const shownColumns = (page: Page) => page.getByTestId('level').evaluateAll((cs) => cs.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.getAttribute('aria-label')));

test('a phone shows one column at a time, picked by level, and moves cards with "Flytt til"', async ({ browser, request }, testInfo) => {
  const { links } = await createBoard(request);
  const phone = await joinAs(browser, links.editor, 'Frida', '', undefined, PHONE);
  const other = await joinAs(browser, links.editor, 'Ola');

  // Header and banners leave the screen to the board; the page is one column long.
  expect((await phone.locator('header').boundingBox())!.height).toBeLessThan(100);
  await expect(picker(phone).getByRole('button', { name: /^Kommune/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await shownColumns(phone)).toEqual(['Kommune']);
  expect(await phone.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);

  expect(await axeFindings(phone)).toEqual([]);
  await phone.screenshot({ path: shotPath(testInfo, 'board-phone.png') });

  await picker(phone).getByRole('button', { name: /^Fylkeskommune/ }).tap();
  expect(await shownColumns(phone)).toEqual(['Fylkeskommune']);
  await picker(phone).getByRole('button', { name: /^Kommune/ }).tap();
  expect(await shownColumns(phone)).toEqual(['Kommune']);

  // "Flytt til" is a full-size button on every card.
  await phone.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' }).tap();
  await phone.getByRole('menuitem', { name: 'Spesialisthelsetjenesten', exact: true }).tap();
  await expect(card(column(other, 'Spesialisthelsetjenesten'), 'Legevakt')).toBeVisible();
  await expect(card(column(phone, 'Kommune'), 'Legevakt')).toHaveCount(0);
  await picker(phone).getByRole('button', { name: /^Spesialisthelsetjenesten/ }).tap();
  await expect(card(column(phone, 'Spesialisthelsetjenesten'), 'Legevakt')).toBeVisible();
});

test('a comment badge on a phone opens the thread in the bottom sheet, where the page is', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const phone = await joinAs(browser, links.editor, 'Frida', '', undefined, PHONE);
  const sheet = phone.getByTestId('side-panel');
  await expect(sheet).toHaveAttribute('data-open', 'false');

  // A card far down the column, scrolled to as a reader would.
  const cards = column(phone, 'Kommune').getByTestId('card');
  const far = cards.nth((await cards.count()) - 3);
  await far.scrollIntoViewIfNeeded();
  const before = await phone.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(844);

  await far.getByTestId('comment-start').tap();
  await expect(sheet).toHaveAttribute('data-open', 'true');
  await expect(phone.getByRole('tab', { name: /^Kommentarer/ })).toHaveAttribute('aria-selected', 'true');
  const box = phone.getByRole('textbox', { name: 'Skriv en kommentar' });
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  const after = await phone.evaluate(() => window.scrollY);
  expect(Math.abs(after - before)).toBeLessThan(844);

  expect(await axeFindings(phone)).toEqual([]);

  // Written there, the comment belongs to the card; closing the sheet leaves the page where it was.
  await box.fill('Dette må avklares med fastlegene.');
  await phone.getByRole('button', { name: 'Start tråd' }).tap();
  await expect(phone.getByTestId('comment')).toHaveCount(1);
  await phone.getByRole('button', { name: 'Lukk panelet' }).tap();
  await expect(sheet).toHaveAttribute('data-open', 'false');
  await expect(far.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
});

test('a touch drag held at the bottom edge of a phone scrolls the page gently, not past the column', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const phone = await joinAs(browser, links.editor, 'Frida', '', undefined, PHONE);
  const kommune = column(phone, 'Kommune');
  const box = (await card(kommune, 'Legevakt').boundingBox())!;
  const cdp = await phone.context().newCDPSession(phone);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
  const from = { x: box.x + 40, y: box.y + 12 };
  const edge = { x: from.x, y: PHONE.viewport.height - 15 };
  await touch('touchStart', from);
  await phone.waitForTimeout(400);
  for (let step = 1; step <= 10; step++) await touch('touchMove', { x: from.x, y: from.y + ((edge.y - from.y) * step) / 10 });
  // The card is held over its column, in the bottom edge zone, for a second.
  await expect(kommune).toHaveAttribute('data-drop-over', 'true');
  const before = await phone.evaluate(() => window.scrollY);
  await phone.waitForTimeout(1000);
  const scrolled = (await phone.evaluate(() => window.scrollY)) - before;
  await touch('touchEnd');
  // It does scroll, so a card can reach the end of a long column, but well under a screen a second.
  expect(scrolled).toBeGreaterThan(0);
  expect(scrolled).toBeLessThan(PHONE.viewport.height / 2);
});
