import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createBoard, joinAs, tokenOf } from './board-helpers';

const commentsTab = (page: Page) => page.getByRole('tab', { name: /^Kommentarer/ });

test('input from two organisations: tallies per actor and per responsibility, live, a thread opened from it, and the CSV', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Innspill');
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');

  // Anne opens a thread on legevakt, for it.
  await a.getByRole('button', { name: 'Kommenter Legevakt' }).click();
  await a.getByLabel('Standpunkt').first().selectOption({ label: 'For' });
  await a.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Legevakt bør ligge hos kommunen; "nærhet" teller.');
  await a.getByRole('button', { name: 'Start tråd' }).click();
  await expect(a.getByTestId('comment')).toHaveCount(1);
  const threadId = await a.getByTestId('thread').first().getAttribute('data-thread-id');

  // Bjørn, from Helse Nord, answers against it through the API, as a second organisation.
  const joined = await request.post(`/api/boards/${id}/join`, { headers: { authorization: `Bearer ${tokenOf(links.commenter)}` }, data: { name: 'Bjørn', organisation: 'Helse Nord' } });
  const bjorn = { authorization: `Bearer ${((await joined.json()) as { token: string }).token}` };
  const reply = await request.post(`/api/boards/${id}/threads/${threadId}/comments`, { headers: bjorn, data: { body: '=Krever større befolkningsgrunnlag', stance: 'against' } });
  expect(reply.status()).toBe(201);
  await expect(a.getByTestId('comment')).toHaveCount(2);

  // The input view: two comments, one for and one against, one actor each.
  await commentsTab(a).click();
  await a.getByRole('button', { name: 'Innspill', exact: true }).click();
  const view = a.getByTestId('input-view');
  await expect(view.getByTestId('input-totals')).toContainText('2 kommentarer i 1 tråder');
  await expect(view.getByTestId('input-totals').getByTestId('input-tally')).toHaveAttribute('data-tally', '1 1 0 0 0');
  const actors = view.getByTestId('input-group');
  await expect(actors).toHaveCount(2);
  await expect(actors.nth(0)).toContainText('Helse Nord');
  await expect(actors.nth(0).getByTestId('input-tally')).toHaveAttribute('data-tally', '0 1 0 0 0');
  await expect(actors.nth(1)).toContainText('KS');
  await expect(actors.nth(1).getByTestId('input-tally')).toHaveAttribute('data-tally', '1 0 0 0 0');

  // A question from Bjørn arrives live and shows as an open question.
  await request.post(`/api/boards/${id}/threads/${threadId}/comments`, { headers: bjorn, data: { body: 'Hvem betaler legevakten?', stance: 'question' } });
  await expect(view.getByTestId('input-totals').getByTestId('input-tally')).toHaveAttribute('data-tally', '1 1 1 0 0');
  await expect(view.getByTestId('input-open-questions')).toContainText('Hvem betaler legevakten?');

  // Per responsibility: legevakt with all three.
  await view.getByLabel('Per ansvar').check();
  const legevakt = view.locator('[data-testid="input-group"][data-key="card:legevakt"]');
  await expect(legevakt).toContainText('Legevakt');
  await expect(legevakt.getByTestId('input-tally')).toHaveAttribute('data-tally', '1 1 1 0 0');

  // The CSV: a byte order mark, semicolons, one row per comment, the formula kept as text.
  const [download] = await Promise.all([a.waitForEvent('download'), view.getByRole('button', { name: 'Last ned CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('innspill.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('tid;aktør;navn;verifisert;ansvar_eller_anker;standpunkt;tekst;tråd;status');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d;KS;Anne;nei;Legevakt/);
  expect(lines[1]).toContain(';for;"Legevakt bør ligge hos kommunen; ""nærhet"" teller.";');
  expect(lines[2]).toContain(";Helse Nord;Bjørn;nei;Legevakt;mot;'=Krever større befolkningsgrunnlag;");

  // "Open the thread" goes back to the threads with that one open.
  await legevakt.locator('summary').click();
  await legevakt.getByRole('button', { name: 'Åpne tråden' }).first().click();
  await expect(a.getByTestId('input-view')).toHaveCount(0);
  await expect(a.locator(`[data-thread-id="${threadId}"] > button`)).toHaveAttribute('aria-expanded', 'true');
  await expect(a.locator(`[data-thread-id="${threadId}"] > button`)).toBeFocused();
});
