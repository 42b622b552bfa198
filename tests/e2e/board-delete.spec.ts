import { expect, test } from '@playwright/test';
import { createBoard, joinAs, tokenOf } from './board-helpers';

test('a facilitator deletes the board after typing its title; another open page, a reload and a fresh visit all say it is deleted', async ({ browser, request }) => {
  const { id, links } = await createBoard(request, 'Slettes nå');
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  const other = await joinAs(browser, links.editor, 'Ola');

  // Only facilitators see the action.
  await other.getByRole('tab', { name: 'Verksted' }).click();
  await expect(other.getByRole('button', { name: 'Slett tavla', exact: true })).toHaveCount(0);

  await fac.getByRole('tab', { name: 'Verksted' }).click();
  const start = fac.getByRole('button', { name: 'Slett tavla', exact: true });
  await start.click();
  const dialog = fac.getByRole('dialog', { name: 'Slette tavla for godt?' });
  await expect(dialog).toContainText('Dette kan ikke angres.');
  // Escape closes the dialog and gives focus back to the button that opened it; nothing is deleted.
  await fac.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(start).toBeFocused();

  // By keyboard alone: Enter opens it, focus starts in the title field, and a wrong title is refused in words.
  await fac.keyboard.press('Enter');
  const field = dialog.getByRole('textbox', { name: 'Skriv navnet på tavla for å bekrefte: Slettes nå' });
  await expect(field).toBeFocused();
  await fac.keyboard.type('Slettes');
  await fac.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Navnet er ikke likt navnet på tavla ennå.');
  await fac.keyboard.type(' nå');
  const answer = fac.waitForResponse((r) => r.url().endsWith(`/api/boards/${id}`) && r.request().method() === 'DELETE');
  await fac.keyboard.press('Enter');
  expect((await answer).status()).toBe(200);

  // Both open pages leave the board for the message, without reconnecting.
  for (const page of [fac, other]) {
    await expect(page.getByRole('heading', { name: 'Denne tavla er slettet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prøv igjen' })).toHaveCount(0);
    await expect(page.getByTestId('card')).toHaveCount(0);
  }
  await other.reload();
  await expect(other.getByRole('heading', { name: 'Denne tavla er slettet' })).toBeVisible();

  // A fresh visit with the old viewer link, and the API behind it.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(links.viewer);
  await expect(fresh.getByRole('heading', { name: 'Denne tavla er slettet' })).toBeVisible();
  const gone = await request.get(`/api/boards/${id}`, { headers: { authorization: `Bearer ${tokenOf(links.viewer)}` } });
  expect([gone.status(), await gone.json()]).toEqual([410, { error: 'this board was deleted', code: 'deleted' }]);
});
