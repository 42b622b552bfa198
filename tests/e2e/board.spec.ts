import { expect, test } from '@playwright/test';
import { card, column, createBoard, dragTo, headlines, joinAs, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';

test('a drag reaches the other screen with the same consequences; undo is per person', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn', 'Helse Nord');
  await expect(b.getByTestId('presence').getByRole('listitem', { name: /^Anne/ })).toBeVisible();

  await dragTo(a, 'Legevakt', SPESIALIST);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(card(column(b, SPESIALIST), 'Legevakt')).toBeVisible({ timeout: 1000 });
  await expect(card(column(b, KOMMUNE), 'Legevakt')).toHaveCount(0);
  const moneyTile = a.getByTestId('headline').filter({ hasText: 'Penger flyttet' });
  // Only the kommuner's 76 % of legevakt's 4,8 mrd. kr (2023) gets a new payer.
  await expect(moneyTile).toContainText('3,6 mrd. kr');
  await expect(moneyTile).toContainText('2023-tall');
  await expect.poll(() => headlines(b)).toEqual(await headlines(a));

  // B's undo history holds none of A's moves.
  await b.locator('main').click({ position: { x: 5, y: 5 } });
  await b.keyboard.press('Control+z');
  await b.waitForTimeout(500);
  await expect(card(column(b, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();

  await a.keyboard.press('Control+z');
  await expect(card(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(card(column(b, KOMMUNE), 'Legevakt')).toBeVisible({ timeout: 1000 });
  await expect(b.getByTestId('headline').filter({ hasText: 'Penger flyttet' })).toContainText('±0');
});

test('a keyboard-only move works and is announced', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  // Pick up with space, move right across one column with the arrow key, drop with space.
  await card(column(a, KOMMUNE), 'Legevakt').focus();
  await a.keyboard.press('Space');
  await expect(a.locator('[id^="DndLiveRegion"]')).toHaveText('Legevakt er over Kommune.');
  await a.keyboard.press('ArrowRight');
  await expect(a.locator('[id^="DndLiveRegion"]')).toHaveText('Legevakt er over Fylkeskommune.');
  await a.keyboard.press('Space');
  await expect(card(column(a, 'Fylkeskommune'), 'Legevakt')).toBeVisible();
  await expect(a.getByTestId('announcer')).toHaveText('Legevakt flyttet til Fylkeskommune.');
  await expect(card(column(b, 'Fylkeskommune'), 'Legevakt')).toBeVisible();
  // The others hear who moved it: the drag was published in A's presence.
  await expect(b.getByTestId('announcer')).toHaveText('Anne flyttet Legevakt til Fylkeskommune.');

  // The menu path, by keyboard alone: open with Enter, choose with the arrows and Enter.
  await a.getByRole('button', { name: 'Flytt til et annet nivå: Fastlege' }).focus();
  await a.keyboard.press('Enter');
  await expect(a.getByRole('menuitem').first()).toBeFocused();
  await a.keyboard.press('ArrowDown');
  await a.keyboard.press('Enter');
  await expect(card(column(a, SPESIALIST), 'Fastlege')).toBeVisible();
  await expect(a.getByTestId('announcer')).toHaveText('Fastlege flyttet til Spesialisthelsetjenesten.');
});

test('a viewer cannot move a card, and an edit forced into its document never reaches others', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne');
  const viewer = await joinAs(browser, links.viewer, 'Vera');

  await expect(card(column(viewer, KOMMUNE), 'Legevakt')).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' })).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' })).toHaveAttribute('title', /lesetilgang/);

  await viewer.evaluate(() => {
    const cards = window.ansvarstavla!.doc.getMap('cards');
    (cards.get('legevakt') as { set(k: string, v: unknown): void }).set('level', 'spesialisthelsetjenesten');
  });
  await expect(card(column(viewer, SPESIALIST), 'Legevakt')).toBeVisible();
  // A real move by A afterwards proves the connection works while the forced edit stays out.
  await moveWithMenu(a, 'Fastlege', SPESIALIST);
  await expect(card(column(viewer, SPESIALIST), 'Fastlege')).toBeVisible();
  await a.waitForTimeout(1000);
  await expect(card(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toHaveCount(0);
  const fresh = await joinAs(browser, links.editor, 'Frida');
  await expect(card(column(fresh, KOMMUNE), 'Legevakt')).toBeVisible();
});

test('moves made offline reach the others on reconnect', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  await a.context().setOffline(true);
  await expect(a.getByTestId('connection')).toHaveAttribute('data-state', 'offline');
  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await moveWithMenu(a, 'Fastlege', 'Fylkeskommune');
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(a.getByTestId('saved')).toHaveAttribute('data-state', 'local');
  await a.waitForTimeout(1000);
  await expect(card(column(b, KOMMUNE), 'Legevakt')).toBeVisible();
  await a.context().setOffline(false);

  await expect(card(column(b, SPESIALIST), 'Legevakt')).toBeVisible({ timeout: 15_000 });
  await expect(card(column(b, 'Fylkeskommune'), 'Fastlege')).toBeVisible();
  await expect(a.getByTestId('saved')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
});

test('two people moving one card at once end with it in one column on both screens', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  // Both move while neither can see the other's move: a true conflict, resolved on reconnect.
  await Promise.all([a.context().setOffline(true), b.context().setOffline(true)]);
  await expect(a.getByTestId('connection')).toHaveAttribute('data-state', 'offline');
  await expect(b.getByTestId('connection')).toHaveAttribute('data-state', 'offline');
  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await moveWithMenu(b, 'Legevakt', 'Fylkeskommune');
  await Promise.all([a.context().setOffline(false), b.context().setOffline(false)]);
  for (const page of [a, b]) await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await a.waitForTimeout(500);
  for (const page of [a, b]) await expect(page.locator('[data-card="legevakt"]')).toHaveCount(1);
  const where = async (page: typeof a) => page.locator('[data-testid="level"]', { has: page.locator('[data-card="legevakt"]') }).getAttribute('data-level');
  await expect.poll(async () => [await where(a), await where(b)]).toEqual([await where(a), await where(a)]);
  expect(['spesialisthelsetjenesten', 'fylkeskommune']).toContain(await where(a));
});

test('while one person drags, the others see a ghost of the card with the dragger’s name', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  const from = await card(a, 'Legevakt').boundingBox();
  const to = await column(a, SPESIALIST).boundingBox();
  await a.mouse.move(from!.x + 20, from!.y + 20);
  await a.mouse.down();
  await a.mouse.move(from!.x + 40, from!.y + 20, { steps: 3 });
  await a.mouse.move(to!.x + to!.width / 2, to!.y + 150, { steps: 10 });
  const ghost = column(b, SPESIALIST).getByTestId('ghost');
  await expect(ghost).toContainText('Anne drar');
  await expect(ghost).toContainText('Legevakt');
  await expect(b.locator('[data-card="legevakt"]')).toContainText('Anne drar');
  await a.mouse.up();
  await expect(column(b, SPESIALIST).getByTestId('ghost')).toHaveCount(0);
  await expect(card(column(b, SPESIALIST), 'Legevakt')).toBeVisible();
});
