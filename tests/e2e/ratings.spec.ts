import { expect, test, type Page } from '@playwright/test';
import { createBoard, joinAs } from './board-helpers';

const linkToken = (link: string) => new URLSearchParams(link.split('#')[1]).get('t')!;
const CRITERION = 'Beredskap og evne til tilpasning';
// A change reaches other pages as a signal on the board's live feed, after which they read the round again; a busy machine gets room.
const LIVE = { timeout: 15_000 };

/** The rating section of the "Verksted" tab, opened. */
async function ratingSection(page: Page) {
  await page.getByRole('tab', { name: 'Verksted' }).click();
  const section = page.getByTestId('rating-section');
  await expect(section.getByRole('heading', { name: 'Vurderingsrunde' })).toBeVisible();
  return section;
}

/** Picks a value for one criterion of a proposal's form, with a reason, and sends it. */
async function rate(page: Page, proposal: string, value: string, reason: string) {
  const form = page.getByTestId('rating-section').getByRole('form', { name: `Din vurdering av «${proposal}»` });
  await expect(form).toBeVisible(LIVE);
  const criterion = form.getByRole('group', { name: CRITERION });
  // The radio group is keyboard-usable: focus the first option and arrow to the value.
  await criterion.getByRole('radio', { name: '1', exact: true }).focus();
  await page.keyboard.press('Space');
  for (let i = 1; i < Number(value); i++) await page.keyboard.press('ArrowRight');
  await expect(criterion.getByRole('radio', { name: value, exact: true })).toBeChecked();
  await criterion.getByRole('textbox', { name: 'Begrunnelse (valgfritt)' }).fill(reason);
  await form.getByRole('button', { name: 'Send svar' }).click();
  await expect(form.getByText('Sendt: 1 svar.')).toBeVisible();
  await expect(criterion.getByTestId('given-answer')).toContainText(`Ditt svar: ${value}`);
  await expect(criterion.getByRole('radio')).toHaveCount(0);
}

test('a rating round: the facilitator opens it, two participants answer, the reveal shows everyone the same distribution', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Vurderingstavle');
  const joined = await request.post(`/api/boards/${id}/join`, { headers: { authorization: `Bearer ${linkToken(links.editor)}` }, data: { name: 'Forfatter', organisation: 'KS' } });
  expect(joined.status()).toBe(200);
  const { token } = (await joined.json()) as { token: string };
  const saved = await request.post(`/api/boards/${id}/proposals`, { headers: { authorization: `Bearer ${token}` }, data: { name: 'Forslag A' } });
  expect(saved.status()).toBe(201);

  const fasi = await joinAs(browser, links.facilitator, 'Fasilitator', 'Helsedirektoratet');
  const anne = await joinAs(browser, links.editor, 'Anne', 'Bodø kommune');
  const bjorn = await joinAs(browser, links.commenter, 'Bjørn', 'Helse Nord');
  const [fs, as, bs] = [await ratingSection(fasi), await ratingSection(anne), await ratingSection(bjorn)];
  await expect(as.getByText('Ingen runde er åpen nå.', { exact: false })).toBeVisible();
  await expect(as.getByRole('button', { name: 'Åpne runde' })).toHaveCount(0);

  // The facilitator opens a round on the saved proposal, anonymous as by default.
  await expect(fs.getByRole('checkbox', { name: 'Anonym: navn vises ikke ved begrunnelsene' })).toBeChecked();
  await fs.getByRole('checkbox', { name: 'Forslag A' }).check();
  await fs.getByRole('button', { name: 'Åpne runde' }).click();
  await expect(fs.getByTestId('round-status')).toHaveText('Åpen for svar');
  await expect(fs.getByTestId('round-count')).toHaveText('0 har svart, 0 svar i alt');

  await rate(anne, 'Forslag A', '4', 'Akuttkjeden holder');
  await rate(bjorn, 'Forslag A', '2', 'For små fagmiljøer');
  // Nothing is shown before the reveal, and the facilitator sees only how many have answered.
  await expect(fs.getByTestId('round-count')).toHaveText('2 har svart, 2 svar i alt', LIVE);
  for (const s of [fs, as, bs]) await expect(s.getByTestId('round-results')).toHaveCount(0);

  await fs.getByRole('button', { name: 'Vis svarene' }).click();
  for (const s of [fs, as, bs]) {
    await expect(s.getByTestId('round-status')).toHaveText('Svarene er vist', LIVE);
    const table = s.getByRole('table', { name: 'Fordeling av svarene på «Forslag A»' });
    const row = table.getByRole('row', { name: new RegExp(`^${CRITERION}`) });
    await expect(row).toHaveAttribute('data-counts', '0,1,0,1,0,0');
    // Criterion, 1..5, "Vet ikke", mean.
    await expect(row.getByRole('cell')).toHaveText(['0', '1', '0', '1', '0', '0', '3']);
    await expect(table.locator('[data-criterion="kompetanse"]').getByTestId('mean')).toHaveText('–');
    const reasons = s.locator('details', { hasText: `${CRITERION}: Begrunnelser (2)` });
    await reasons.locator('summary').click();
    await expect(reasons.getByRole('listitem')).toHaveText(['2 – For små fagmiljøer', '4 – Akuttkjeden holder']);
    // Anonymous: no names beside the reasons.
    await expect(s.getByTestId('round-results')).not.toContainText(/Anne|Bjørn/);
  }
  // Answers are closed once revealed; closing ends the round for everyone.
  await expect(as.getByRole('form', { name: 'Din vurdering av «Forslag A»' })).toHaveCount(0);
  await fs.getByRole('button', { name: 'Avslutt runden' }).click();
  await expect(bs.getByText('Ingen runde er åpen nå.', { exact: false })).toBeVisible(LIVE);
  await expect(fs.getByRole('button', { name: 'Åpne runde' })).toBeVisible();
});
