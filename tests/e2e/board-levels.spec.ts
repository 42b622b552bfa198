import { expect, test } from '@playwright/test';
import { card, column, createBoard, joinAs } from './board-helpers';

test('an editor adds, renames, reorders and removes a level; the other screen follows', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.facilitator, 'Anne');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  await a.getByLabel('Nivå som skal legges til').selectOption({ label: 'Staten' });
  await a.getByRole('button', { name: 'Legg til nivå' }).click();
  await expect(column(b, 'Staten')).toBeVisible();
  const order = (page: typeof a) => page.getByTestId('level').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await expect.poll(() => order(b)).toEqual(['Kommune', 'Fylkeskommune', 'Spesialisthelsetjenesten', 'Staten']);

  // A column's editing controls show while its header is pointed at (compact board).
  await column(a, 'Staten').getByRole('heading').hover();
  await a.getByRole('group', { name: 'Valg for Staten' }).getByRole('button', { name: 'Gi nytt navn' }).click();
  await a.getByLabel('Nytt navn på Staten').fill('Statlig helseforvaltning');
  await a.getByRole('button', { name: 'Lagre' }).click();
  await expect(column(b, 'Statlig helseforvaltning')).toBeVisible();

  await column(a, 'Statlig helseforvaltning').getByRole('heading').hover();
  await a.getByRole('group', { name: 'Valg for Statlig helseforvaltning' }).getByRole('button', { name: 'Flytt kolonnen til venstre' }).click();
  await expect.poll(() => order(b)).toEqual(['Kommune', 'Fylkeskommune', 'Statlig helseforvaltning', 'Spesialisthelsetjenesten']);

  // A column with cards cannot be removed; an empty one can.
  await column(a, 'Kommune').getByRole('heading').hover();
  await expect(a.getByRole('group', { name: 'Valg for Kommune' }).getByRole('button', { name: 'Fjern kolonnen' })).toBeDisabled();
  await column(a, 'Statlig helseforvaltning').getByRole('heading').hover();
  await a.getByRole('group', { name: 'Valg for Statlig helseforvaltning' }).getByRole('button', { name: 'Fjern kolonnen' }).click();
  await expect(b.getByTestId('level')).toHaveCount(3);

  // Undo brings the removed column back for both.
  await a.getByRole('button', { name: /Angre/ }).click();
  await expect(column(b, 'Statlig helseforvaltning')).toBeVisible();
});

test('a custom responsibility carries its figures as assumptions with the author', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn');

  await a.getByRole('button', { name: 'Legg til egen oppgave' }).click();
  const form = a.getByRole('form', { name: 'Ny oppgave på tavla' });
  await form.getByLabel('Navn på oppgaven').fill('Kommunal akuttberedskap');
  await form.getByLabel('Nivå').selectOption({ label: 'Kommune' });
  await form.getByLabel('Kostnad i kroner (antakelse, valgfri)').fill('250000000');
  await form.getByRole('button', { name: 'Legg til' }).click();

  const custom = card(column(b, 'Kommune'), 'Kommunal akuttberedskap');
  await expect(custom).toBeVisible();
  await expect(b.getByTestId('card').filter({ hasText: 'Kommunal akuttberedskap' })).toContainText('antakelse av Anne (KS)');

  // Moving it moves its assumed cost, shown as an assumption in the explanation.
  await a.getByRole('button', { name: 'Flytt til et annet nivå: Kommunal akuttberedskap' }).click();
  await a.getByRole('menuitem', { name: 'Spesialisthelsetjenesten', exact: true }).click();
  const money = b.getByTestId('headline').filter({ hasText: 'Penger flyttet' });
  await expect(money).toContainText('250 mill. kr');
  await money.getByText('Hvordan beregnes dette?').click();
  await expect(money).toContainText('Anne (KS)');
});
