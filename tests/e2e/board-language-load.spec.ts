import { expect, test, type Page } from '@playwright/test';
import { boardText } from '@/lib/i18n/board';
import { boardEn } from '@/lib/i18n/en/board';
import { column, createBoard, joinAs } from './board-helpers';

// Texts a bundle carries as written: plain ASCII with no quotes or escapes a minifier could
// rewrite, long enough not to occur by chance, and different in the two languages.
const literal = (s: string) => s.length >= 20 && /^[\x20-\x7e]+$/.test(s) && !/['"\\`]/.test(s);
const onlyEnglish = Object.entries(boardEn)
  .filter(([key, en]) => literal(en) && en !== boardText.nb[key as keyof typeof boardText.nb])
  .map(([, en]) => en);
const bokmal = Object.values(boardText.nb).filter(literal);

/** The board page's English texts found in the scripts it has requested so far, and whether its Bokmål texts were found. */
async function textsInScripts(page: Page): Promise<{ english: string[]; bokmal: boolean }> {
  const sources = await page.evaluate(async () => {
    const urls = new Set(
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new URL(name).pathname.endsWith('.js')),
    );
    return Promise.all([...urls].map(async (url) => (await fetch(url)).text()));
  });
  return { english: onlyEnglish.filter((en) => sources.some((s) => s.includes(en))), bokmal: bokmal.some((nb) => sources.some((s) => s.includes(nb))) };
}

test('a Bokmål reader’s board is usable without fetching the English texts, which arrive when switched to', async ({ browser, request }) => {
  expect(onlyEnglish.length).toBeGreaterThan(20);
  const { links } = await createBoard(request);
  // No service worker, so the delay below reaches the page's own requests.
  const page = await joinAs(browser, links.editor, 'Kari Nordmann', 'KS', undefined, { serviceWorkers: 'block' });
  await expect(column(page, 'Kommune')).toBeVisible();
  expect(await textsInScripts(page)).toEqual({ english: [], bokmal: true });

  // A slow network: the switch says it is busy until English is there, and the board stays Bokmål meanwhile.
  await page.route('**/_next/static/**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const toEnglish = page.getByRole('button', { name: 'English', exact: true });
  await toEnglish.click();
  await expect(toEnglish).toHaveAttribute('aria-busy', 'true');
  await expect(column(page, 'Kommune')).toBeVisible();
  await expect(column(page, 'Specialist health service')).toBeVisible();
  const toBokmal = page.getByRole('button', { name: 'Norsk', exact: true });
  await expect(toBokmal).not.toHaveAttribute('aria-busy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await textsInScripts(page)).english).toEqual(onlyEnglish);
});

test('an English reader’s board opens in English, never in Bokmål first', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const page = await joinAs(browser, links.editor, 'Ola Hansen', 'Helse Nord RHF');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(column(page, 'Specialist health service')).toBeVisible();
  // From the first byte of the reload on: any Bokmål board (a column under its Bokmål name, or the
  // switch offering English) is noted the moment it is in the document.
  await page.addInitScript(() => {
    const w = window as unknown as { bokmalShown?: string };
    new MutationObserver(() => {
      if (w.bokmalShown) return;
      if (document.querySelector('section[aria-label="Spesialisthelsetjenesten"]')) w.bokmalShown = 'column';
      else if ([...document.querySelectorAll('button')].some((b) => b.textContent === 'English')) w.bokmalShown = 'switch';
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
  });
  await page.reload();
  await expect(column(page, 'Specialist health service')).toBeVisible();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  expect(await page.evaluate(() => (window as unknown as { bokmalShown?: string }).bokmalShown ?? null)).toBeNull();
});
