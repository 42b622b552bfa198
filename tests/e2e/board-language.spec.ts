import { expect, test } from '@playwright/test';
import { card, column, createBoard, joinAs, moveWithMenu, shotPath } from './board-helpers';

test('the board switches between Bokmål and English, keeps the choice, and fits 1280x720', async ({ browser, request }, testInfo) => {
  const { links } = await createBoard(request, 'Verksted: hvem gjør hva?');
  const page = await joinAs(browser, links.facilitator, 'Kari Nordmann', 'KS');
  await joinAs(browser, links.editor, 'Ola Hansen', 'Helse Nord RHF');
  await expect(page.getByTestId('presence').getByRole('listitem')).toHaveCount(2);
  await moveWithMenu(page, 'Legevakt', 'Spesialisthelsetjenesten');
  await moveWithMenu(page, 'Distriktspsykiatrisk senter (DPS)', 'Kommune');
  await expect(card(column(page, 'Kommune'), 'Distriktspsykiatrisk senter (DPS)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Konsekvenser mot dagens ordning' })).toBeVisible();
  // A projector shows the whole width: the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: shotPath(testInfo, 'board-nb.png') });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(column(page, 'Specialist health service')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Consequences against today’s arrangement' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move to another level: Legevakt (out-of-hours emergency primary care)' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: shotPath(testInfo, 'board-en.png') });

  await page.reload();
  await expect(column(page, 'Specialist health service')).toBeVisible();
  await page.getByRole('button', { name: 'Norsk' }).click();
  await expect(column(page, 'Spesialisthelsetjenesten')).toBeVisible();
});

test('a bad or incomplete link explains what is wrong and what to do', async ({ page, request }) => {
  const { id } = await createBoard(request);
  // Next.js keeps an empty route announcer with the alert role on every page.
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await page.goto(`/b/${id}#t=not-a-real-token`);
  await expect(alert).toContainText('Lenken er trukket tilbake eller utløpt.');
  await expect(alert).toContainText('Be tilretteleggeren om en ny lenke');
  await page.goto(`/b/${id}`);
  await page.reload();
  await expect(alert).toContainText('Lenken mangler tilgangsnøkkel.');
  await expect(page.getByRole('link', { name: 'Til forsiden' })).toBeVisible();
});
