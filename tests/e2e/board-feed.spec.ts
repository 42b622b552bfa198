import { expect, test, type Locator, type Page } from '@playwright/test';
import { createBoard, joinAs } from './board-helpers';

/** The parts of the board a page reads through their own endpoints, which once were polled. */
const PARTS = /^\/api\/boards\/[^/]+\/(proposals|rounds|breakouts|history)$/;
type Part = 'proposals' | 'rounds' | 'breakouts' | 'history';
type Read = { part: Part; at: number };

/** Every read of a part of the board that `page` sends, with when it went out. */
function recordReads(page: Page): Read[] {
  const reads: Read[] = [];
  page.on('request', (r) => {
    const part = PARTS.exec(new URL(r.url()).pathname)?.[1] as Part | undefined;
    if (part && r.method() === 'GET') reads.push({ part, at: Date.now() });
  });
  return reads;
}

/** How many reads of each part went out in [from, to]. */
function countReads(reads: Read[], from: number, to = Date.now()): Record<Part, number> {
  const counts: Record<Part, number> = { proposals: 0, rounds: 0, breakouts: 0, history: 0 };
  for (const r of reads) if (r.at >= from && r.at <= to) counts[r.part]++;
  return counts;
}

async function openTab(page: Page, name: 'Forslag' | 'Historikk' | 'Verksted', shows: Locator) {
  await page.getByRole('tab', { name }).click();
  await expect(shows).toBeVisible();
}

/**
 * Runs `act` on one page and answers how long after the answer to its `method` request on `path`
 * the other page showed `appears`: what a signal on the live feed plus one read cost.
 */
async function delayUntilShown(actor: Page, method: string, path: RegExp, act: () => Promise<void>, appears: Locator): Promise<number> {
  const answered = actor.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));
  await act();
  const response = await answered;
  const from = Date.now();
  expect(response.status()).toBe(201);
  // waitFor checks on every frame rather than at expect's widening intervals, so the delay is measured, not rounded up.
  await appears.waitFor({ state: 'visible', timeout: 10_000 });
  return Date.now() - from;
}

test('a proposal saved, a round opened and groups split on one screen show on another within a second, and nothing polls in between', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const { id, links } = await createBoard(request, 'Levende tavle');
  const a = await joinAs(browser, links.facilitator, 'Fasilitator', 'KS');
  const b = await joinAs(browser, links.commenter, 'Bjørn', 'Helse Nord');
  const reads = recordReads(b);
  const base = new RegExp(`^/api/boards/${id}/`);

  // B has looked at every tab once, so each part has been read once and is kept current from then on.
  await openTab(b, 'Historikk', b.getByTestId('history-panel'));
  await expect(b.getByTestId('history-entry').first()).toBeVisible();
  await openTab(b, 'Verksted', b.getByTestId('rating-section').getByText('Ingen runde er åpen nå.', { exact: false }));
  await expect(b.getByTestId('breakouts').getByText('Tavla er ikke delt i grupper ennå.')).toBeVisible();
  await openTab(b, 'Forslag', b.getByText('Ingen forslag ennå.'));
  expect(countReads(reads, 0)).toEqual({ proposals: 1, rounds: 1, breakouts: 1, history: 1 });

  // A proposal saved on A shows in B's list.
  await openTab(a, 'Forslag', a.getByText('Ingen forslag ennå.'));
  await a.getByRole('textbox', { name: 'Navn' }).fill('Forslag A');
  let since = Date.now();
  const saved = await delayUntilShown(
    a,
    'POST',
    new RegExp(`${base.source}proposals$`),
    () => a.getByRole('button', { name: 'Lagre forslag' }).click(),
    b.getByTestId('proposal').filter({ has: b.getByRole('heading', { name: 'Forslag A', exact: true }) }),
  );
  expect(saved).toBeLessThan(1000);
  expect(countReads(reads, since)).toEqual({ proposals: 1, rounds: 0, breakouts: 0, history: 0 });

  // A round opened on A shows on B, with the form to answer it.
  await openTab(b, 'Verksted', b.getByTestId('rating-section'));
  await openTab(a, 'Verksted', a.getByTestId('rating-section'));
  await a.getByTestId('rating-section').getByRole('checkbox', { name: 'Forslag A' }).check();
  since = Date.now();
  const opened = await delayUntilShown(
    a,
    'POST',
    new RegExp(`${base.source}rounds$`),
    () => a.getByTestId('rating-section').getByRole('button', { name: 'Åpne runde' }).click(),
    b.getByTestId('rating-section').getByTestId('round-status').filter({ hasText: 'Åpen for svar' }),
  );
  expect(opened).toBeLessThan(1000);
  await expect(b.getByRole('form', { name: 'Din vurdering av «Forslag A»' })).toBeVisible();
  expect(countReads(reads, since)).toEqual({ proposals: 0, rounds: 1, breakouts: 0, history: 0 });

  // Groups split on A show on B.
  const split = a.getByTestId('breakouts');
  await split.getByRole('combobox', { name: 'Antall grupper' }).selectOption('2');
  since = Date.now();
  const grouped = await delayUntilShown(
    a,
    'POST',
    new RegExp(`${base.source}breakouts$`),
    () => split.getByRole('button', { name: 'Del i grupper' }).click(),
    b.getByTestId('breakouts').getByRole('heading', { name: 'Gruppene i runde 1' }),
  );
  expect(grouped).toBeLessThan(1000);
  await expect(b.getByTestId('breakout-group')).toHaveCount(2);
  expect(countReads(reads, since)).toEqual({ proposals: 0, rounds: 0, breakouts: 1, history: 0 });

  // Nothing happens for longer than any part was ever polled (rounds every 3 s, history 5 s,
  // proposals 10 s, groups 15 s), with each panel on screen in turn: B asks for nothing, and a
  // tab shown again without a change in between is not read again either.
  since = Date.now();
  await b.waitForTimeout(16_000);
  await openTab(b, 'Forslag', b.getByTestId('proposal').first());
  await b.waitForTimeout(11_000);
  await openTab(b, 'Historikk', b.getByTestId('history-panel'));
  await b.waitForTimeout(6_000);
  expect(countReads(reads, since)).toEqual({ proposals: 0, rounds: 0, breakouts: 0, history: 0 });
});
