import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatDelta, formatNok, formatNumber } from '../../lib/format';
import { card, column, createBoard, joinAs, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';
const FYLKE = 'Fylkeskommune';

// Three cards from three columns' worth of moves: one each way between the big two, one to the county.
const MOVES = [
  { id: 'legevakt', name: 'Legevakt', from: KOMMUNE, to: SPESIALIST },
  { id: 'fastlege', name: 'Fastlege', from: KOMMUNE, to: FYLKE },
  { id: 'dps', name: 'Distriktspsykiatrisk senter (DPS)', from: SPESIALIST, to: KOMMUNE },
] as const;

type Summary = { id: string; name: string; headline: Record<string, number> };

const linkToken = (link: string) => new URLSearchParams(link.split('#')[1]).get('t')!;

/** The board's proposals as the API lists them, read with any valid token. */
async function listProposals(request: APIRequestContext, boardId: string, token: string): Promise<Summary[]> {
  const res = await request.get(`/api/boards/${boardId}/proposals`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { proposals: Summary[] }).proposals;
}

async function openProposals(page: Page) {
  await page.getByRole('tab', { name: 'Forslag' }).click();
  await expect(page.getByRole('heading', { name: 'Forslag', exact: true })).toBeVisible();
}

async function saveProposal(page: Page, name: string, note = '') {
  await page.getByRole('textbox', { name: 'Navn' }).fill(name);
  await page.getByRole('textbox', { name: 'Notat (valgfritt)' }).fill(note);
  await page.getByRole('button', { name: 'Lagre forslag' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(`Forslaget «${name}» er lagret.`);
  await expect(page.getByTestId('proposal').filter({ has: page.getByRole('heading', { name, exact: true }) })).toBeVisible();
}

const proposalRow = (page: Page, name: string) => page.getByTestId('proposal').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('save two proposals, compare them, restore one for everyone, undo the restore in one step, share the comparison', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Forslagstavle');
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn', 'Helse Nord');
  await a.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  await openProposals(a);
  await expect(a.getByText('Ingen forslag ennå.')).toBeVisible();
  await saveProposal(a, 'Forslag A', 'Dagens ordning som utgangspunkt');
  for (const m of MOVES) {
    await moveWithMenu(a, m.name, m.to);
    await expect(card(column(b, m.to), m.name)).toBeVisible();
  }
  await expect(a.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  await saveProposal(a, 'Forslag B');
  // Newest first, with who saved it.
  await expect(a.getByTestId('proposal').first()).toContainText('Forslag B');
  await expect(proposalRow(a, 'Forslag A')).toContainText('Lagret av Anne (KS)');
  await expect(proposalRow(a, 'Forslag A')).toContainText('Dagens ordning som utgangspunkt');

  const proposals = await listProposals(request, id, linkToken(links.editor));
  const pa = proposals.find((p) => p.name === 'Forslag A')!;
  const pb = proposals.find((p) => p.name === 'Forslag B')!;

  // Compare A with B in the picker.
  const picker = a.getByRole('region', { name: 'Sammenlign', exact: true });
  await picker.getByRole('combobox', { name: 'A', exact: true }).selectOption(pa.id);
  await picker.getByRole('combobox', { name: 'B', exact: true }).selectOption(pb.id);
  await picker.getByRole('button', { name: 'Sammenlign', exact: true }).click();
  const comparison = a.getByTestId('comparison');
  await expect(comparison.getByRole('heading', { name: 'Forslag A sammenlignet med Forslag B' })).toBeVisible();
  const moved = comparison.getByTestId('moved');
  await expect(moved).toHaveCount(MOVES.length);
  for (const m of MOVES) {
    const row = comparison.locator(`[data-testid="moved"][data-card="${m.id}"]`);
    await expect(row.getByRole('cell')).toHaveText([m.name, m.from, m.to]);
  }
  // Deltas are B's recorded headline minus A's, shown signed and formatted as the panel formats them.
  const expectations = [
    { id: 'moneyMoved:2023', format: (v: number) => formatNok(v, 'nb') },
    { id: 'handoffs', format: (v: number) => formatNumber(v, 0, 'nb') },
  ];
  for (const e of expectations) {
    // A yearly figure is recorded only where something of that year moved; elsewhere it is 0.
    const delta = (pb.headline[e.id] ?? 0) - (pa.headline[e.id] ?? 0);
    const row = comparison.locator(`[data-testid="indicator"][data-indicator="${e.id}"]`);
    await expect(row).toHaveAttribute('data-delta', String(delta));
    await expect(row.getByTestId('delta')).toContainText(formatDelta(delta, e.format, 'nb'));
  }
  expect(pb.headline['moneyMoved:2023'] ?? 0).toBeGreaterThan(pa.headline['moneyMoved:2023'] ?? 0);

  // The share link opens the same comparison read-only, for someone who never joined.
  await comparison.getByRole('button', { name: 'Kopier delingslenke' }).click();
  await expect(comparison.getByText('Lenken er kopiert.')).toBeVisible();
  const shareUrl = await a.evaluate(() => navigator.clipboard.readText());
  expect(shareUrl).toMatch(new RegExp(`/b/${id}/compare\\?a=${pa.id}&b=${pb.id}#t=`));
  const guest = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await guest.goto(shareUrl);
  await expect(guest.getByRole('heading', { level: 1, name: 'Forslagstavle' })).toBeVisible();
  await expect(guest.getByRole('heading', { name: 'Forslag A sammenlignet med Forslag B' })).toBeVisible();
  await expect(guest.getByTestId('moved')).toHaveCount(MOVES.length);
  await expect(guest.getByText(/^Kun visning/)).toBeVisible();
  await expect(guest.getByRole('button', { name: /Gjenopprett|Lagre|Kopier/ })).toHaveCount(0);
  await expect(guest.getByRole('textbox')).toHaveCount(0);
  // A damaged link says what is wrong with it instead of showing an empty page.
  const token = new URL(shareUrl).hash;
  await guest.goto(`/b/${id}/compare?a=${pa.id}${token}`);
  await expect(guest.getByRole('alert').filter({ hasText: 'Lenken sier ikke hva som skal sammenlignes' })).toBeVisible();
  await guest.goto(`/b/${id}/compare?a=${pa.id}&b=finnesikke${token}`);
  await expect(guest.getByRole('alert').filter({ hasText: 'Fant ikke forslaget' })).toBeVisible();

  // A restores "Forslag A"; B sees the three cards back where they started.
  await proposalRow(a, 'Forslag A').getByRole('button', { name: 'Gjenopprett' }).click();
  await expect(a.getByText('Gjøre tavla lik «Forslag A» for alle?')).toBeVisible();
  await a.getByRole('button', { name: 'Ja, gjenopprett' }).click();
  await expect(proposalRow(a, 'Forslag A').getByTestId('proposal-status')).toHaveText(/^«Forslag A» er gjenopprettet på tavla\./);
  for (const m of MOVES) {
    await expect(card(column(b, m.from), m.name)).toBeVisible();
    await expect(card(column(b, m.to), m.name)).toHaveCount(0);
  }

  // One undo takes the whole restore back, for everyone.
  await a.locator('main').click({ position: { x: 5, y: 5 } });
  await a.keyboard.press('Control+z');
  for (const m of MOVES) {
    await expect(card(column(b, m.to), m.name)).toBeVisible();
    await expect(card(column(a, m.to), m.name)).toBeVisible();
  }
  // The board is "Forslag B" again, as the shortcut's comparison with the board now confirms.
  await proposalRow(a, 'Forslag B').getByRole('button', { name: 'Sammenlign med tavla nå' }).click();
  await expect(comparison.getByRole('heading', { name: 'Forslag B sammenlignet med Tavla nå' })).toBeVisible();
  await expect(comparison.getByText('Ingen ansvar ligger på et annet nivå.')).toBeVisible();
});

test('export and import a proposal file; a broken file is refused before sending; a viewer is told why they cannot save', async ({ browser, request }, testInfo) => {
  test.setTimeout(90_000);
  const { links } = await createBoard(request, 'Import og eksport');
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  await openProposals(a);
  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await saveProposal(a, 'Legevakt til sykehuset');

  const row = proposalRow(a, 'Legevakt til sykehuset');
  const [json] = await Promise.all([a.waitForEvent('download'), row.getByRole('button', { name: 'Last ned «Legevakt til sykehuset» som JSON' }).click()]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const file = testInfo.outputPath('proposal.json');
  await json.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'ansvarstavla-proposal', name: 'Legevakt til sykehuset' });
  const [csv] = await Promise.all([a.waitForEvent('download'), row.getByRole('button', { name: 'Last ned «Legevakt til sykehuset» som CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  // The page speaks Bokmål, so the file is for a Norwegian spreadsheet: semicolons between cells.
  const csvFile = testInfo.outputPath('proposal.csv');
  await csv.saveAs(csvFile);
  expect(readFileSync(csvFile, 'utf8')).toMatch(/^\uFEFFansvar_id;ansvar;nivå_id;/);
  await expect(row.getByRole('link', { name: 'Beslutningsnotat (PDF)' })).toHaveAttribute('href', /\/proposals\/[A-Za-z0-9_-]+\/packet#t=/);

  const input = a.getByLabel('Importer et forslag (JSON-fil)');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await expect(a.getByTestId('import-error')).toContainText('Filen «broken.json» er ikke gyldig JSON, så den ble ikke sendt.');
  const tampered = { ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 99 };
  await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  await expect(a.getByTestId('import-error')).toContainText('Importen ble avvist: unsupported schema version 99');
  await input.setInputFiles(file);
  await expect(a.getByTestId('import-status')).toHaveText('«Legevakt til sykehuset» er importert.');
  await expect(a.getByTestId('proposal')).toHaveCount(2);
  await expect(a.getByTestId('proposal').first()).toContainText('Importert');
  await expect(a.getByTestId('proposal').first()).toContainText('Importert av Anne (KS)');

  const viewer = await joinAs(browser, links.viewer, 'Vera');
  await openProposals(viewer);
  await expect(viewer.getByText('Du er tilskuer på tavla')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Lagre forslag' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Gjenopprett' })).toHaveCount(0);
  await expect(viewer.getByTestId('proposal')).toHaveCount(2);
  await viewer.getByRole('button', { name: 'Sammenlign med tavla nå' }).first().click();
  const live = viewer.getByTestId('comparison');
  await expect(live.getByRole('heading', { name: 'Legevakt til sykehuset sammenlignet med Tavla nå' })).toBeVisible();
  await expect(live.getByText('Ingen ansvar ligger på et annet nivå.')).toBeVisible();
  await expect(live.getByTestId('moved')).toHaveCount(0);
});

test('a proposal has comment threads of its own, named after it', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Forslag med kommentarer');
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.commenter, 'Bjørn', 'Helse Nord');
  await openProposals(a);
  await saveProposal(a, 'Forslag A');
  await proposalRow(a, 'Forslag A').getByRole('button', { name: 'Kommenter Forslag A' }).click();
  await expect(a.getByRole('heading', { name: 'Ny tråd om Forslag «Forslag A»' })).toBeVisible();
  await a.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Dette forslaget trenger en finansieringsplan.');
  await a.getByRole('button', { name: 'Start tråd' }).click();

  // B has never opened the proposals tab: the thread is still named after the proposal.
  await b.getByRole('tab', { name: /^Kommentarer/ }).click();
  const thread = b.getByTestId('thread').filter({ hasText: 'finansieringsplan' });
  await expect(thread).toContainText('Forslag «Forslag A»');
  await openProposals(b);
  await expect(proposalRow(b, 'Forslag A').getByRole('button', { name: 'Kommentarer om Forslag A: 1' })).toBeVisible();
});
