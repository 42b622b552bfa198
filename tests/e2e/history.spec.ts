import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, column, createBoard, joinAs, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';

/** A card in the read-only view: a plain list item named for the responsibility, no drag handle. */
const shownCard = (scope: Locator, name: string) => scope.getByRole('listitem', { name, exact: true });
const historyTab = (page: Page) => page.getByRole('tab', { name: 'Historikk' });

test('the history lists a move by its editor; an earlier moment shows read-only while the live board syncs on', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Historikk-tavle');
  const a = await joinAs(browser, links.editor, 'Hanne Berg', 'Helse Vest');
  const b = await joinAs(browser, links.editor, 'Per Lie', 'KS');
  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();

  await historyTab(a).click();
  const entries = a.getByTestId('history-entry');
  // The server records a burst of edits shortly after it ends, and the tab reads the history again on the feed's signal.
  await expect(entries.filter({ hasText: 'Legevakt: Kommune → Spesialisthelsetjenesten' })).toContainText('Hanne Berg (Helse Vest)', { timeout: 15_000 });
  await expect(entries.last()).toContainText('Tavla opprettet');

  // Scrub to the first entry with the keyboard: the board as it was, read-only.
  const slider = a.getByRole('slider', { name: /^Tidslinje/ });
  await slider.focus();
  await a.keyboard.press('Home');
  const preview = a.getByTestId('history-preview');
  await expect(preview.getByRole('status')).toContainText('Viser tavla slik den var');
  await expect(preview.getByRole('status')).toContainText('kun visning');
  await expect(shownCard(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(shownCard(column(a, SPESIALIST), 'Legevakt')).toHaveCount(0);
  await expect(entries.last()).toHaveAttribute('data-seq', '1');
  await expect(entries.last().getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  // No way to move anything: no drag handles, no move menus, and the live board is out of sight.
  await expect(a.getByRole('button', { name: /^Flytt / })).toHaveCount(0);
  await expect(a.locator('[aria-roledescription="sortable"]:visible')).toHaveCount(0);
  await expect(preview.getByTestId('headline').filter({ hasText: 'Penger flyttet' })).toContainText('±0');

  // Someone else edits meanwhile; the live board keeps up underneath the preview.
  await moveWithMenu(b, 'Fastlege', SPESIALIST);
  await expect(card(column(b, SPESIALIST), 'Fastlege')).toBeVisible();
  await expect(shownCard(column(a, KOMMUNE), 'Fastlege')).toBeVisible();

  await preview.getByRole('button', { name: 'Tilbake til nå' }).click();
  await expect(preview).toHaveCount(0);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
  await expect(card(column(a, SPESIALIST), 'Fastlege')).toBeVisible();
  await expect(slider).toHaveAttribute('aria-valuetext', 'Nå');

  // Clicking an entry shows it too, and Escape returns to now.
  await entries.last().getByRole('button').click();
  await expect(shownCard(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  await a.keyboard.press('Escape');
  await expect(a.getByTestId('history-preview')).toHaveCount(0);
  await expect(card(column(a, SPESIALIST), 'Legevakt')).toBeVisible();
});
