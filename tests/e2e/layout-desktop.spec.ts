import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, shotPath } from './board-helpers';
import { axeFindings } from './axe';

const VIEW = { width: 1280, height: 720 };

/** Adds a preset level with the board's own "add level" control. */
async function addLevel(page: Page, name: string) {
  await page.getByLabel('Nivå som skal legges til').selectOption({ label: name });
  await page.getByRole('button', { name: 'Legg til nivå' }).click();
  await expect(column(page, name)).toBeAttached();
}

/** Each column header: where it is, and whether its name or heading is cut. */
const headers = (page: Page) =>
  page.getByTestId('level').evaluateAll((columns) =>
    columns.map((c) => {
      const heading = c.querySelector('h2')!;
      const name = c.querySelector<HTMLElement>('[data-testid="level-name"]')!;
      const box = heading.getBoundingClientRect();
      return {
        name: name.textContent,
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
        cut: heading.scrollWidth > heading.clientWidth || name.scrollWidth > name.clientWidth,
      };
    }),
  );

const panel = (page: Page) => page.getByTestId('side-panel');
/** How opaque an element shows on screen: its own opacity times its ancestors'. */
const shownOpacity = (locator: Locator) =>
  locator.evaluate((el) => {
    let opacity = 1;
    for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return opacity;
  });
const resizer = (page: Page) => page.getByRole('separator', { name: 'Bredde på sidepanelet' });
const board = (page: Page) => page.getByRole('main');

test('four columns fit beside the collapsed panel, and its state and width survive a reload', async ({ browser, request }, testInfo) => {
  const { links } = await createBoard(request);
  const page = await joinAs(browser, links.facilitator, 'Frida');
  await addLevel(page, 'Staten');

  // Open by default at this size; resized by keyboard and then by dragging the handle.
  await expect(panel(page)).toHaveAttribute('data-open', 'true');
  await expect(resizer(page)).toHaveAttribute('aria-valuenow', '480');
  await resizer(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(resizer(page)).toHaveAttribute('aria-valuenow', '512');
  const grip = (await resizer(page).boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 - 40, grip.y + grip.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(resizer(page)).toHaveAttribute('aria-valuenow', '552');
  expect(Math.round((await panel(page).boundingBox())!.width)).toBe(552);

  // Collapsed, the four columns stand whole on screen, none of their names cut.
  await page.getByRole('button', { name: 'Skjul sidepanelet' }).click();
  await expect(panel(page)).toHaveAttribute('data-open', 'false');
  await expect(resizer(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Flere kolonner/ })).toHaveCount(0);
  const expectAllFour = async () => {
    // Adding the level scrolled the board down to the form below the columns; the headers are at its top.
    await board(page).evaluate((el) => el.scrollTo(0, 0));
    const shown = await headers(page);
    expect(shown.map((h) => h.name)).toEqual(['Kommune', 'Fylkeskommune', 'Spesialisthelsetjenesten', 'Staten']);
    for (const h of shown) {
      expect(h, h.name!).toMatchObject({ cut: false });
      expect(h.left, h.name!).toBeGreaterThanOrEqual(0);
      expect(h.right, h.name!).toBeLessThanOrEqual(VIEW.width);
      expect(h.top, h.name!).toBeGreaterThanOrEqual(0);
      expect(h.bottom, h.name!).toBeLessThanOrEqual(VIEW.height);
    }
  };
  await expectAllFour();
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: shotPath(testInfo, 'board-1280-collapsed.png') });

  // After a reload the panel is still collapsed, and opens again at the width it had.
  await page.reload();
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  await expect(panel(page)).toHaveAttribute('data-open', 'false');
  await expectAllFour();
  await page.getByRole('button', { name: /^Vis sidepanelet/ }).click();
  await expect(panel(page)).toHaveAttribute('data-open', 'true');
  await expect(resizer(page)).toHaveAttribute('aria-valuenow', '552');

  // A stored value that makes no sense is ignored: the defaults come back.
  await page.evaluate(() => localStorage.setItem('ansvarstavla:board-layout', JSON.stringify({ open: 'maybe', width: 99999 })));
  await page.reload();
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  await expect(panel(page)).toHaveAttribute('data-open', 'true');
  await expect(resizer(page)).toHaveAttribute('aria-valuenow', '480');
});

test('columns hidden past the edge are marked, and the cue scrolls to them', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const page = await joinAs(browser, links.facilitator, 'Frida');
  await addLevel(page, 'Staten');
  await addLevel(page, 'Folkevalgt region');
  await addLevel(page, 'Interkommunalt samarbeid');

  // Six columns beside the open panel: some are out of sight to the right.
  const more = page.getByRole('button', { name: /^Flere kolonner/ });
  const back = page.getByRole('button', { name: /^Forrige kolonner/ });
  await expect(more).toBeVisible();
  await expect(page.getByTestId('overflow-fade-after')).toBeVisible();
  await expect(back).toHaveCount(0);
  const last = column(page, 'Interkommunalt samarbeid');
  const rightEdge = async () => (await board(page).boundingBox())!;
  const fullyShown = async () => {
    const box = (await last.boundingBox())!;
    const view = await rightEdge();
    return box.x >= view.x && box.x + box.width <= view.x + view.width;
  };
  expect(await fullyShown()).toBe(false);

  // Each press brings the next hidden column into view, until the last one stands whole.
  const scrollLeft = () => board(page).evaluate((el) => el.scrollLeft);
  await more.click();
  await expect.poll(scrollLeft).toBeGreaterThan(0);
  await expect(back).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  for (let i = 0; i < 6 && (await more.count()) > 0; i++) {
    await more.click();
    await page.waitForTimeout(400);
  }
  await expect(more).toHaveCount(0);
  expect(await fullyShown()).toBe(true);
  await back.click();
  await expect(more).toBeVisible();
});

test('compact cards show their controls on hover, to the keyboard and on the selected card', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const page = await joinAs(browser, links.editor, 'Ola');
  const kommune = column(page, 'Kommune');
  const details = page.getByRole('button', { name: 'Vis detaljer om Legevakt' });
  const legevakt = card(kommune, 'Legevakt');
  const away = async () => page.mouse.move(640, 5);

  // Hidden until the card is pointed at, and hidden again after.
  await away();
  await expect.poll(() => shownOpacity(details)).toBe(0);
  await legevakt.hover();
  await expect.poll(() => shownOpacity(details)).toBe(1);
  await away();
  await expect.poll(() => shownOpacity(details)).toBe(0);

  // Tab from the card reaches its comment, details and move buttons, each shown when focused.
  await legevakt.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Kommenter Legevakt' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(details).toBeFocused();
  await expect.poll(() => shownOpacity(details)).toBe(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' })).toBeFocused();
  // Shift+Tab from the next card comes back to them as well.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' })).toBeFocused();
  await expect.poll(() => shownOpacity(page.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' }))).toBe(1);

  // A click selects the card: its controls stay while the pointer and focus are elsewhere.
  await legevakt.click();
  await page.getByRole('tab', { name: 'Historikk' }).focus();
  await away();
  await expect.poll(() => shownOpacity(details)).toBe(1);
  await page.mouse.click(640, 5);
  await expect.poll(() => shownOpacity(details)).toBe(0);

  // A column's editing controls show while its header is pointed at.
  const controls = page.getByRole('group', { name: 'Valg for Kommune' });
  await expect(controls).toBeHidden();
  await kommune.getByRole('heading').hover();
  await expect(controls.getByRole('button', { name: 'Gi nytt navn' })).toBeVisible();

  // Compact cards can be turned off on this device: everything shows, also after a reload.
  await page.getByRole('button', { name: 'Kompakte kort' }).click();
  await expect(page.getByRole('button', { name: 'Kompakte kort' })).toHaveAttribute('aria-pressed', 'false');
  await away();
  await expect.poll(() => shownOpacity(details)).toBe(1);
  await page.reload();
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByRole('group', { name: 'Valg for Kommune' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kompakte kort' })).toHaveAttribute('aria-pressed', 'false');
});
