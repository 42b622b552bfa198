import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { card, column, createBoard, dragTo, joinAs, moveWithMenu, openBoardDoc, tokenOf, shotPath, type Links } from './board-helpers';

const KOMMUNE = 'Kommune';
const FYLKE = 'Fylkeskommune';
const SPESIALIST = 'Spesialisthelsetjenesten';
const PROJECTORS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** The facilitator's page on the Verksted tab, and the presenter link it offers. */
async function presenterLink(browser: Browser, links: Links): Promise<{ fac: Page; href: string }> {
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  const href = await fac.getByRole('link', { name: 'Åpne presentasjonsvisning' }).getAttribute('href');
  expect(href).toMatch(/\/present#t=/);
  return { fac, href: href! };
}

async function openScreen(browser: Browser, href: string, viewport = PROJECTORS[1]!, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const screen = await (await browser.newContext({ viewport, reducedMotion })).newPage();
  await screen.goto(href);
  await expect(screen.getByTestId('presenter-connection')).toHaveAttribute('data-state', 'live');
  return screen;
}

/**
 * Whether the whole board is on screen: no page scroll either way, the board fitted, and every
 * card inside the window and inside its own column's list (a list clips what overflows it).
 */
async function expectAllCardsOnScreen(screen: Page, cards: number): Promise<void> {
  await expect(screen.getByTestId('card')).toHaveCount(cards);
  await expect(screen.getByTestId('presenter-board')).toHaveAttribute('data-fit', 'fits');
  // A moved card slides in; its box is where it lands once the slide is over.
  await screen.waitForFunction(() => document.getAnimations().length === 0);
  const found = await screen.evaluate(() => {
    const page = document.scrollingElement!;
    const outside = [...document.querySelectorAll<HTMLElement>('[data-testid="card"]')].filter((el) => {
      const r = el.getBoundingClientRect();
      const list = el.closest('ul')!.getBoundingClientRect();
      const inWindow = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      const inList = r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5 && r.left >= list.left - 0.5 && r.right <= list.right + 0.5;
      return r.width === 0 || !inWindow || !inList;
    });
    return { scroll: [page.scrollWidth <= innerWidth, page.scrollHeight <= innerHeight], outside: outside.map((el) => el.dataset.card) };
  });
  expect(found).toEqual({ scroll: [true, true], outside: [] });
}

/** Computed font sizes in px: the smallest headline figure and a card's cost badge. */
const fontSizes = (screen: Page) =>
  screen.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const figures = [...document.querySelectorAll('[data-testid="headline-figure"]')].map(px);
    const badge = document.querySelector('[data-testid="card"] [title]');
    return { figure: Math.min(...figures), badge: badge ? px(badge) : 0 };
  });

test('every card of the current arrangement fits a 16:9 projector, at 1920×1080 and 1280×720, with figures readable from the room', async ({ browser, request, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Projektor');
  const { href } = await presenterLink(browser, links);
  const screen = await openScreen(browser, href, PROJECTORS[0]);
  await expectAllCardsOnScreen(screen, 38);
  const large = await fontSizes(screen);
  expect(large.figure).toBeGreaterThanOrEqual(24);
  expect(large.badge).toBeGreaterThanOrEqual(16);
  await screen.screenshot({ path: shotPath(testInfo, 'presenter-1920.png') });

  // Resized in place, the board fits again.
  await screen.setViewportSize(PROJECTORS[1]!);
  await expectAllCardsOnScreen(screen, 38);
  const small = await fontSizes(screen);
  expect(small.figure).toBeGreaterThanOrEqual(24);
  expect(small.badge).toBeGreaterThanOrEqual(11);
  expect(small.badge).toBeLessThan(large.badge);

  // Loaded at 720 lines, too, and with every card in one column, which then wraps into several.
  const fresh = await openScreen(browser, href, PROJECTORS[1]);
  await expectAllCardsOnScreen(fresh, 38);
  const board = await openBoardDoc(baseURL!, id, tokenOf(links.facilitator));
  try {
    board.doc.transact(() => board.doc.getMap('cards').forEach((entry) => (entry as Y.Map<unknown>).set('level', 'kommune')));
    await expect(column(fresh, KOMMUNE).getByTestId('card')).toHaveCount(38);
    await expectAllCardsOnScreen(fresh, 38);
    expect(await column(fresh, KOMMUNE).locator('ul').evaluate((list) => Number(getComputedStyle(list).columnCount))).toBeGreaterThan(1);
    await fresh.setViewportSize(PROJECTORS[0]!);
    await expectAllCardsOnScreen(fresh, 38);
  } finally {
    board.close();
  }
});

test('a presenter view opened from the board keeps showing moves after the viewer link is replaced, and opens again', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { id, links } = await createBoard(request, 'Rotasjon');
  const { fac, href } = await presenterLink(browser, links);
  const screen = await openScreen(browser, href);
  const kari = await joinAs(browser, links.editor, 'Kari', 'KS');

  const viewerLink = fac.getByRole('textbox', { name: 'Lenken for tilskuer' });
  const before = await viewerLink.inputValue();
  await fac.getByRole('button', { name: 'Lag ny lenke for tilskuer' }).click();
  await fac.getByRole('button', { name: 'Ja, lag ny lenke' }).click();
  await expect(viewerLink).not.toHaveValue(before);
  expect((await request.get(`/api/boards/${id}`, { headers: { authorization: `Bearer ${tokenOf(links.viewer)}` } })).status()).toBe(401);

  await moveWithMenu(kari, 'Legevakt', FYLKE);
  await expect(column(screen, FYLKE).getByRole('listitem', { name: 'Legevakt' })).toBeVisible();
  await expect(screen.getByTestId('presenter-connection')).toHaveAttribute('data-state', 'live');
  await expect(screen.getByTestId('presenter-lock')).toHaveAttribute('data-locked', 'false');

  const again = await openScreen(browser, href);
  await expect(column(again, FYLKE).getByRole('listitem', { name: 'Legevakt' })).toBeVisible();
  await expect(column(again, KOMMUNE).getByRole('listitem', { name: 'Legevakt' })).toHaveCount(0);
});

test("a move made elsewhere is outlined on the projector and captioned with the mover's name", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { links } = await createBoard(request, 'Siste endring');
  const { href } = await presenterLink(browser, links);
  const screen = await openScreen(browser, href);
  const calm = await openScreen(browser, href, PROJECTORS[1], 'reduce');
  const kari = await joinAs(browser, links.editor, 'Kari', 'KS');
  const caption = screen.getByTestId('latest-change');
  await expect(caption).toHaveText('Siste endring: Flyttinger vises her.');

  // A move with the menu: the mover is named from the board's history.
  await moveWithMenu(kari, 'Legevakt', FYLKE);
  const moved = column(screen, FYLKE).getByRole('listitem', { name: 'Legevakt' });
  await expect(moved).toHaveAttribute('data-latest', 'true');
  await expect(caption).toHaveText('Siste endring: Kari (KS) flyttet Legevakt til Fylkeskommune');
  expect(await moved.evaluate((el) => getComputedStyle(el).animationName)).toBe('arrive');
  // Without motion the card is outlined all the same, and does not slide.
  const still = column(calm, FYLKE).getByRole('listitem', { name: 'Legevakt' });
  await expect(still).toHaveAttribute('data-latest', 'true');
  expect(await still.evaluate((el) => [getComputedStyle(el).animationName, getComputedStyle(el).outlineStyle])).toEqual(['none', 'solid']);
  await expect(calm.getByTestId('latest-change')).toHaveText('Siste endring: Kari (KS) flyttet Legevakt til Fylkeskommune');
  // The outline goes after a few seconds; the caption stays until the next change.
  await expect(moved).not.toHaveAttribute('data-latest', 'true', { timeout: 15_000 });
  await expect(caption).toContainText('Kari (KS) flyttet Legevakt');

  // A drag: the mover is named from their presence at once; in English when switched.
  const ola = await joinAs(browser, links.editor, 'Ola', 'Helse Nord');
  await screen.getByRole('button', { name: 'English', exact: true }).click();
  await dragTo(ola, 'Fastlege', SPESIALIST);
  await expect(card(column(ola, SPESIALIST), 'Fastlege')).toBeVisible();
  await expect(screen.getByTestId('card').and(screen.locator('[data-latest="true"]'))).toHaveCount(1);
  await expect(screen.locator('[data-latest="true"]')).toHaveAttribute('data-card', 'fastlege');
  await expect(caption).toHaveText(/^Latest change: Ola \(Helse Nord\) moved .+ to Specialist health service$/);
});

test('a refused presenter grant says so instead of "Åpen", and closing the presenter views cuts an open one off', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { id, links } = await createBoard(request, 'Avvist');
  const bogus = await (await browser.newContext({ viewport: PROJECTORS[1] })).newPage();
  await bogus.goto(`/b/${id}/present#t=${'x'.repeat(40)}.${'y'.repeat(43)}`);
  await expect(bogus.getByTestId('presenter-connection')).toHaveAttribute('data-state', 'refused');
  await expect(bogus.getByTestId('presenter-connection')).toHaveText('Avvist');
  await expect(bogus.getByTestId('presenter-refused')).toContainText('Presentasjonsvisningen får ikke lenger vise tavla');
  await expect(bogus.getByText('Åpen', { exact: true })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page: bogus }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const { fac, href } = await presenterLink(browser, links);
  const screen = await openScreen(browser, href);
  await expect(screen.getByTestId('presenter-lock')).toHaveText('Åpen');
  await fac.getByRole('button', { name: 'Steng presentasjonsvisningene' }).click();
  await fac.getByRole('button', { name: 'Ja, steng dem' }).click();
  await expect(fac.getByRole('status').filter({ hasText: 'Presentasjonsvisningene er stengt.' })).toBeVisible();

  await expect(screen.getByTestId('presenter-connection')).toHaveAttribute('data-state', 'refused');
  await expect(screen.getByTestId('presenter-connection')).toHaveText('Avvist');
  await expect(screen.getByTestId('presenter-lock')).toHaveCount(0);
  await expect(screen.getByTestId('presenter-refused')).toContainText('lenken er byttet ut');
  // The old link stays refused on a fresh load; the one the board offers now works.
  const reloaded = await (await browser.newContext({ viewport: PROJECTORS[1] })).newPage();
  await reloaded.goto(href);
  await expect(reloaded.getByTestId('presenter-connection')).toHaveAttribute('data-state', 'refused');
  const renewed = await fac.getByRole('link', { name: 'Åpne presentasjonsvisning' }).getAttribute('href');
  expect(renewed).not.toBe(href);
  await openScreen(browser, renewed!);
});
