import { expect, test } from '@playwright/test';
import { card, column, createBoard, joinAs } from './board-helpers';

const COST = 'Kostnad i kroner (antakelse, valgfri)';
const STAFF = 'Årsverk (antakelse, valgfri)';

test('a figure beyond its bound is explained beside its field and nothing is written', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const page = await joinAs(browser, links.editor, 'Anne', 'KS');
  const customCards = () => page.evaluate(() => window.ansvarstavla!.doc.getMap('custom').size);

  await page.getByRole('button', { name: 'Legg til egen oppgave' }).click();
  const form = page.getByRole('form', { name: 'Ny oppgave på tavla' });
  await form.getByLabel('Navn på oppgaven').fill('Kommunal akuttberedskap');
  await form.getByLabel(COST).fill('2 000 000 000 000');
  await form.getByLabel(STAFF).fill('tolv');
  await form.getByRole('button', { name: 'Legg til' }).click();

  const cost = form.getByRole('textbox', { name: COST });
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expect(cost).toHaveAccessibleDescription('Beløpet må være mellom 0 og 1 000 mrd. kr. Skriv det i hele kroner.');
  await expect(form.getByRole('textbox', { name: STAFF })).toHaveAccessibleDescription('Skriv et tall, for eksempel 2500000 eller 12,5.');
  expect(await customCards()).toBe(0);

  await form.getByLabel(COST).fill('250000000');
  await form.getByLabel(STAFF).fill('12,5');
  await form.getByRole('button', { name: 'Legg til' }).click();
  await expect(card(column(page, 'Kommune'), 'Kommunal akuttberedskap')).toBeVisible();
  expect(await customCards()).toBe(1);
});
