import { expect, test, type Locator, type Page } from '@playwright/test';
import { createBoard, joinAs, tokenOf } from './board-helpers';

/*
 * A consultation round from the facilitator's form to its close and its summary, in three browsers.
 *
 * Two clocks are at play: the browser's decides what the page shows (the strip's time left, the
 * composer closing), the server's decides what it refuses. The deadline is one minute ahead, as a
 * facilitator would set it, typed to the second in Oslo time; the participants comment within that
 * minute in real time. Then Playwright's clock, installed in each page before it loads, moves the
 * browsers two minutes on with fastForward, so the pages show the round closed at once instead of
 * the test waiting out the minute. The server's own refusal after a deadline is not waited for
 * here: tests/integration/consultation.test.ts moves the server's injected clock past the deadline
 * and checks every write it refuses, and tests/integration/input-summary.test.ts checks the
 * round-scoped summary against the threads.
 */

/** The wall clock in Oslo at `ms`, as the form's date field and a time field with seconds take it. */
function osloWall(ms: number): { date: string; time: string } {
  // Swedish formatting happens to be ISO-like: "2026-12-11 12:00:05".
  const [date, time] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(new Date(ms))
    .split(' ');
  return { date: date!, time: time! };
}

const installClock = async (page: Page) => page.clock.install({ time: Date.now() });

const DEADLINE_AHEAD_MS = 60_000;
const ROUND_TITLE = 'Innspill før verksted 2';

/** The tallies a summary line shows, in STANCE_ORDER: for, against, question, neutral, none. */
const tally = (scope: Locator) => scope.getByTestId('input-tally');

test('a round with a deadline a minute ahead: comments from two organisations, closed when the clock passes it, and the round’s summary tallies them', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Høring');
  const fac = await joinAs(browser, links.facilitator, 'Sekretariatet', 'Statsforvalteren', installClock);
  const anne = await joinAs(browser, links.commenter, 'Anne', 'KS', installClock);
  const bjorn = await joinAs(browser, links.commenter, 'Bjørn', 'Helse Nord', installClock);

  // Before the round, Anne says something about the whole board: on the board, not in the round.
  await anne.getByRole('tab', { name: /^Kommentarer/ }).click();
  await anne.getByLabel('Standpunkt').first().selectOption({ label: 'Nøytral' });
  await anne.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Før høringen: fint oppsett.');
  await anne.getByRole('button', { name: 'Start tråd' }).click();
  await expect(anne.getByTestId('comment').filter({ hasText: 'Før høringen' })).toHaveCount(1);

  // The facilitator opens the round from the form, the deadline one minute ahead, by keyboard where a person would.
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  const form = fac.getByTestId('consultation-open-form');
  await form.getByLabel('Tittel').fill(ROUND_TITLE);
  await form.getByLabel('Spørsmål til deltakerne').fill('Hvor bør legevakten ligge?');
  const wall = osloWall(Date.now() + DEADLINE_AHEAD_MS);
  await form.getByLabel('Fristdato').fill(wall.date);
  await form.getByLabel('Klokkeslett (norsk tid)').fill(wall.time);
  await form.getByRole('button', { name: 'Åpne høringen' }).focus();
  await fac.keyboard.press('Enter');

  // Every page shows the strip with the round, open, and under a minute left.
  for (const page of [fac, anne, bjorn]) {
    const strip = page.getByTestId('consultation-strip');
    await expect(strip).toHaveAttribute('data-state', 'open');
    await expect(strip.getByTestId('consultation-title')).toContainText(ROUND_TITLE);
    await expect(strip.getByTestId('consultation-question')).toHaveText('Hvor bør legevakten ligge?');
    await expect(strip.getByTestId('consultation-time-left')).toHaveText('under ett minutt igjen');
    await expect(strip.getByTestId('consultation-deadline')).toContainText(/Frist \p{L}+ \d{1,2}\. \p{L}+ kl\. \d{2}\.\d{2}/u);
  }

  // Within the minute: Anne (KS) is for legevakt where it is; Bjørn (Helse Nord) is against it and asks a question.
  await anne.getByRole('button', { name: 'Kommenter Legevakt' }).click();
  await anne.getByLabel('Standpunkt').first().selectOption({ label: 'For' });
  await anne.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Legevakten bør ligge hos kommunen.');
  await anne.getByRole('button', { name: 'Start tråd' }).click();
  await expect(anne.getByTestId('comment').filter({ hasText: 'Legevakten bør ligge hos kommunen.' })).toHaveCount(1);

  await bjorn.getByRole('button', { name: 'Kommentarer om Legevakt: 1' }).click();
  const thread = bjorn.getByTestId('thread').first();
  await expect(thread).toContainText('Legevakten bør ligge hos kommunen.');
  if ((await thread.getByRole('button').first().getAttribute('aria-expanded')) !== 'true') await thread.getByRole('button').first().click();
  for (const [stance, body] of [
    ['Mot', 'Krever større befolkningsgrunnlag.'],
    ['Spørsmål', 'Hvem betaler legevakten om natta?'],
  ] as const) {
    await bjorn.getByLabel('Standpunkt').last().selectOption({ label: stance });
    await bjorn.getByRole('textbox', { name: 'Skriv et svar' }).fill(body);
    await bjorn.getByRole('button', { name: 'Svar', exact: true }).click();
    await expect(bjorn.getByTestId('comment').filter({ hasText: body })).toHaveCount(1);
  }
  await expect(bjorn.getByTestId('composer-closed')).toHaveCount(0);

  // The browsers' clocks pass the deadline: every strip says the round has closed, and the composers are shut.
  for (const page of [fac, anne, bjorn]) await page.clock.fastForward('02:00');
  for (const page of [fac, anne, bjorn]) {
    const strip = page.getByTestId('consultation-strip');
    await expect(strip).toHaveAttribute('data-state', 'closed');
    await expect(strip.getByTestId('consultation-closed')).toHaveText('Høringen er avsluttet');
  }
  await expect(anne.getByRole('textbox', { name: 'Skriv en kommentar' })).toBeDisabled();
  await expect(anne.getByRole('button', { name: 'Start tråd' })).toBeDisabled();
  await expect(anne.getByTestId('composer-closed').first()).toContainText('Høringen ble avsluttet');
  await expect(bjorn.getByRole('textbox', { name: 'Skriv et svar' })).toBeDisabled();
  await expect(bjorn.getByRole('button', { name: 'Svar', exact: true })).toBeDisabled();

  // The facilitator's input view starts on the round: its three comments, not Anne's from before it.
  await fac.getByRole('tab', { name: /^Kommentarer/ }).click();
  await fac.getByRole('button', { name: 'Innspill', exact: true }).click();
  const view = fac.getByTestId('input-view');
  const scope = view.getByLabel('Gjelder');
  await expect(scope.locator('option:checked')).toHaveText(`Høringsrunden «${ROUND_TITLE}»`);
  await expect(view.getByTestId('input-round-window')).toContainText(/^Kommentarer skrevet fra .+ til .+\.$/);
  await expect(view.getByTestId('input-totals')).toContainText('3 kommentarer i 1 tråder');
  await expect(tally(view.getByTestId('input-totals'))).toHaveAttribute('data-tally', '1 1 1 0 0');

  // Per actor: Helse Nord against and asking, KS for.
  const actors = view.getByTestId('input-group');
  await expect(actors).toHaveCount(2);
  await expect(actors.nth(0)).toContainText('Helse Nord');
  await expect(tally(actors.nth(0))).toHaveAttribute('data-tally', '0 1 1 0 0');
  await expect(actors.nth(1)).toContainText('KS');
  await expect(tally(actors.nth(1))).toHaveAttribute('data-tally', '1 0 0 0 0');
  await expect(view.getByTestId('input-open-questions')).toContainText('Hvem betaler legevakten om natta?');

  // Per responsibility: legevakt with all three, and nothing else in the round.
  await view.getByLabel('Per ansvar').check();
  await expect(view.getByTestId('input-group')).toHaveCount(1);
  const legevakt = view.locator('[data-testid="input-group"][data-key="card:legevakt"]');
  await expect(legevakt).toContainText('Legevakt');
  await expect(tally(legevakt)).toHaveAttribute('data-tally', '1 1 1 0 0');

  // The whole board counts Anne's comment from before the round as well.
  await scope.selectOption({ label: 'Hele tavla' });
  await expect(view.getByTestId('input-round-window')).toHaveCount(0);
  await expect(view.getByTestId('input-totals')).toContainText('4 kommentarer i 2 tråder');
  await expect(tally(view.getByTestId('input-totals'))).toHaveAttribute('data-tally', '1 1 1 1 0');

  // The server's summary of the round agrees with the page.
  const rounds = await request.get(`/api/boards/${id}/consultations`, { headers: { authorization: `Bearer ${tokenOf(links.viewer)}` } });
  const roundId = ((await rounds.json()) as { current: { id: string } }).current.id;
  const served = await request.get(`/api/boards/${id}/summary?round=${roundId}`, { headers: { authorization: `Bearer ${tokenOf(links.viewer)}` } });
  expect(((await served.json()) as { summary: { tally: Record<string, number> } }).summary.tally).toEqual({ for: 1, against: 1, question: 1, neutral: 0, none: 0 });
});
