import { expect, test } from '@playwright/test';

test('the home page shows the baseline board with its consequences', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Ansvarstavla' })).toBeVisible();
  const levels = page.getByTestId('level');
  await expect(levels).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /^Kommune/ })).toBeVisible();
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
  const moneyTile = page.getByTestId('headline').filter({ hasText: 'Penger flyttet' });
  await expect(moneyTile).not.toContainText('±0');
  await moneyTile.getByText('Hvordan beregnes dette?').click();
  await expect(moneyTile.getByRole('link').first()).toBeVisible();
  await expect(page.locator('[data-status="contradicted"]').first()).toBeVisible();
});

test('an unknown template name shows a clear message and the baseline', async ({ page }) => {
  await page.goto('/?mal=finnes-ikke');
  await expect(page.getByRole('alert').filter({ hasText: 'Fant ingen mal' })).toContainText('finnes-ikke');
  await expect(page.getByTestId('level')).toHaveCount(3);
});
