import { expect, test } from '@playwright/test';
import { card, column, createBoard, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const FYLKE = 'Fylkeskommune';

test('before drag and drop has loaded cards move by menu, and an open menu or a focused card is not lost when it arrives', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  // No service worker: its fetches would pass the page's routes by.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // The script that carries the drag library is held back until released; it is known by a
  // string of the library's own, since its file name changes with every build.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  let delivered = false;
  await page.route('**/_next/static/**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('DndLiveRegion')) {
      asked = true;
      await gate;
      delivered = true;
    }
    await route.fulfill({ response, body });
  });
  await page.goto(links.editor);
  await page.getByLabel('Navn').fill('Frida');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  const board = page.locator('[data-drag]');
  await expect(board).toHaveAttribute('data-drag', 'loading');
  await expect.poll(() => asked).toBe(true);

  // The menu moves a card without the drag library.
  await moveWithMenu(page, 'Fastlege', FYLKE);
  await expect(card(column(page, FYLKE), 'Fastlege')).toBeVisible();

  // A menu open when the library arrives stays open, with focus in it.
  const menuButton = page.getByRole('button', { name: 'Flytt til et annet nivå: Legevakt' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  release();
  await expect.poll(() => delivered).toBe(true);
  await page.waitForTimeout(500);
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await expect(board).toHaveAttribute('data-drag', 'loading');
  await page.keyboard.press('Escape');
  await expect(menuButton).toBeFocused();

  // Once focus is on a card, drag and drop takes over and the card keeps focus: space picks it up.
  const handle = card(column(page, KOMMUNE), 'Legevakt');
  await handle.focus();
  await expect(board).toHaveAttribute('data-drag', 'ready');
  await expect(handle).toBeFocused();
  const region = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(region).toHaveText(`Legevakt er over ${KOMMUNE}.`);
  await page.keyboard.press('ArrowRight');
  await expect(region).toHaveText(`Legevakt er over ${FYLKE}.`);
  await page.keyboard.press('Space');
  await expect(card(column(page, FYLKE), 'Legevakt')).toBeVisible();
  await context.close();
});
