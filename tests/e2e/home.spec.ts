import { expect, test } from '@playwright/test';
import { card, column } from './board-helpers';

test('the home page shows the baseline board with its consequences', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Ansvarstavla' })).toBeVisible();
  const levels = page.getByTestId('level');
  await expect(levels).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /^Kommune \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Fylkeskommune/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Spesialisthelsetjenesten/ })).toBeVisible();
  expect(await page.getByTestId('card').count()).toBeGreaterThanOrEqual(30);
  await expect(page.locator('[data-card="legevakt"]')).toBeVisible();
  expect(await page.getByTestId('template').count()).toBeGreaterThanOrEqual(5);
  // The baseline moves nothing, so the money-moved headline is zero with no change.
  const moneyTile = page.getByTestId('headline').filter({ hasText: 'Penger flyttet' });
  await expect(moneyTile).toContainText('±0');
});

test('a template shows its moves, consequences and the sources behind a figure', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Modell 2/ }).first().click();
  await expect(page).toHaveURL(/mal=modell-2/);
  await expect(page.getByTestId('level')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /^Staten/ })).toBeVisible();
  await expect(page.locator('[data-card="sykehus"]')).toContainText('flyttet');
  // The state already pays for specialist care, so moving it is a reorganisation within one payer;
  // only the kommune's own part of fastlege and legevakt (4 516 + 3 648 mill. kr, 2023), which
  // model 2 as KS reads it also gives the state, gets a new payer.
  const moneyTile = page.getByTestId('headline').filter({ hasText: 'Penger flyttet' });
  await expect(moneyTile).toContainText('8,2 mrd. kr');
  await expect(page.getByTestId('moves-by-kind')).toContainText('Omorganisert innen samme betaler: 180,6 mrd. kr (2022)');
  const money = page.getByRole('region', { name: 'Penger og årsverk per nivå' });
  await money.getByText('Hvordan beregnes dette?').last().click();
  await expect(money.getByRole('link').first()).toBeVisible();
  // The state running specialist care is still the specialist side, so no stance about the
  // hospitals or DPS breaks; only the stances on fastlege, legevakt and KAD do (KS and St.meld. 47).
  await expect(page.getByTestId('position').first()).toBeAttached();
  await expect(page.locator('[data-testid="position"][data-status="contradicted"]')).toHaveCount(6);
  await expect(page.getByTestId('position-actor').filter({ hasText: 'KS: 9 oppfylt, 3 brutt' })).toBeVisible();
});

test('an unknown template name shows a clear message and the baseline', async ({ page }) => {
  await page.goto('/?mal=finnes-ikke');
  await expect(page.getByRole('alert').filter({ hasText: 'Fant ingen mal' })).toContainText('finnes-ikke');
  await expect(page.getByTestId('level')).toHaveCount(3);
});

test('a board started from a template opens live with the template’s moves', async ({ page }) => {
  await page.goto('/?mal=modell-2');
  const title = `Verksted ${Date.now()}`;
  await page.getByLabel('Tittel på tavla').fill(title);
  await page.getByRole('button', { name: /Start en tavle fra/ }).click();
  const status = page.getByRole('status').filter({ hasText: 'er opprettet' });
  await expect(status).toContainText(title);
  for (const role of ['facilitator', 'editor', 'commenter', 'viewer']) await expect(status.locator(`a[data-role="${role}"]`)).toHaveAttribute('href', /\/b\/[^#]+#t=/);
  await status.locator('a[data-role="facilitator"]').click();
  await page.getByLabel('Navn').fill('Fasilitator');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Modell 2 moves the hospitals to the state level; the live board opens with that move made.
  await expect(card(column(page, 'Staten'), 'Sykehus (somatikk')).toBeVisible();
});

test('models 3 and 4 start live boards from the home page, and show their own columns', async ({ page }) => {
  test.setTimeout(90_000);
  const start = async (template: string) => {
    await page.goto(`/?mal=${template}`);
    // `npm run screenshots` sets SCREENSHOT_DIR=docs to refresh the pictures of the templates.
    if (process.env.SCREENSHOT_DIR) {
      await page.getByTestId('level').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/template-${template}.png` });
    }
    const title = `Verksted ${template} ${Date.now()}`;
    await page.getByLabel('Tittel på tavla').fill(title);
    await page.getByRole('button', { name: /Start en tavle fra/ }).click();
    await page.getByRole('status').filter({ hasText: 'er opprettet' }).locator('a[data-role="facilitator"]').click();
    await page.getByLabel('Navn').fill('Fasilitator');
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  };
  // Model 3: the insurer holds the duty for the hospitals.
  await start('modell-3');
  await expect(card(column(page, 'Forsikringsordning'), 'Sykehus (somatikk')).toBeVisible();
  // Model 4: mental health and substance use form an arrangement of their own, shown on its column.
  await start('modell-4');
  const mental = page.getByTestId('level').filter({ has: page.getByTestId('level-arrangement').filter({ hasText: 'Psykisk helse og rus' }) });
  await expect(mental).toHaveCount(1);
  await expect(card(mental, 'Distriktspsykiatrisk senter')).toBeVisible();
});

test('the start form comes before the template texts, and a template chosen from the keyboard starts the board', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Start en tavle' });
  const [formBox, textBox] = [await form.boundingBox(), await page.getByTestId('template').first().boundingBox()];
  expect(formBox!.y + formBox!.height).toBeLessThan(textBox!.y);
  await expect(form.getByRole('radio', { name: /^Dagens ordning/ })).toBeChecked();
  // Each choice is read with its long description, which stands below the form.
  const choice = form.getByRole('radio', { name: /^Modell 2: staten/ });
  await expect(choice).toHaveAccessibleDescription(/\S.{100,}/);
  await choice.focus();
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  // The title follows the choice until someone writes their own.
  await expect(page.getByLabel('Tittel på tavla')).toHaveValue('Verksted: Modell 2: staten');
  const start = form.getByRole('button', { name: 'Start en tavle fra «Modell 2: staten»' });
  await start.focus();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'er opprettet' });
  await status.locator('a[data-role="facilitator"]').click();
  await page.getByLabel('Navn').fill('Fasilitator');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verksted: Modell 2: staten' })).toBeVisible();
  await expect(card(column(page, 'Staten'), 'Sykehus (somatikk')).toBeVisible();
});

test('a board cannot be started without a title', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tittel på tavla').fill('   ');
  await expect(page.getByRole('button', { name: /Start en tavle fra/ })).toBeDisabled();
});
