import { expect, test, type Page } from '@playwright/test';
import { card, column, createBoard, dragTo, joinAs, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';
const FYLKE = 'Fylkeskommune';

/** The shared timer as a number of seconds, read from the toolbar. */
async function timerSeconds(page: Page): Promise<number> {
  const text = await page.getByTestId('timer').innerText();
  const m = /(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no time in "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

const moveButton = (page: Page, name: string) => page.getByRole('button', { name: `Flytt til et annet nivå: ${name}` });

test('a facilitator locks the board, runs the timer, leads with follow me and replaces the editor link', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const { id, links } = await createBoard(request, 'Verksted');
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  const a = await joinAs(browser, links.editor, 'Anne', 'Helse Nord');
  const b = await joinAs(browser, links.editor, 'Bjørn');
  await fac.getByRole('tab', { name: 'Verksted' }).click();

  // Lock: every screen shows it, and an editor's move controls are off with the reason.
  await fac.getByRole('button', { name: 'Lås tavla' }).click();
  await expect(fac.getByTestId('lock-banner')).toBeVisible();
  for (const p of [a, b]) await expect(p.getByTestId('lock-banner')).toContainText('Tilretteleggeren har låst tavla');
  await expect(moveButton(a, 'Legevakt')).toHaveAttribute('aria-disabled', 'true');
  await expect(moveButton(a, 'Legevakt')).toHaveAttribute('title', /låst tavla/);
  await expect(card(column(a, KOMMUNE), 'Legevakt')).toHaveAttribute('title', /låst tavla/);

  // A drag does not start, and an edit forced into the document is dropped by the server.
  await dragTo(a, 'Legevakt', SPESIALIST);
  await expect(card(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  const spesialistId = await column(a, SPESIALIST).getAttribute('data-level');
  await a.evaluate((level) => {
    const cards = window.ansvarstavla!.doc.getMap('cards');
    (cards.get('legevakt') as { set: (key: string, value: unknown) => void }).set('level', level);
  }, spesialistId);
  // The server refuses it: A's page takes the edit back, says why, and never calls it saved.
  await expect(a.getByTestId('dropped-notice')).toContainText('Tavla er låst – endringen din ble ikke lagret');
  await expect(a.getByTestId('saved')).toHaveAttribute('data-state', 'dropped');
  await expect(card(column(a, KOMMUNE), 'Legevakt')).toBeVisible();
  await moveWithMenu(fac, 'Fastlege', SPESIALIST);
  await expect(card(column(b, SPESIALIST), 'Fastlege')).toBeVisible();
  await expect(card(column(b, KOMMUNE), 'Legevakt')).toBeVisible();
  await expect(card(column(fac, KOMMUNE), 'Legevakt')).toBeVisible();

  // Unlock restores editing.
  await fac.getByRole('button', { name: 'Lås opp' }).click();
  for (const p of [a, b]) await expect(p.getByTestId('lock-banner')).toHaveCount(0);
  await expect(moveButton(b, 'Legevakt')).toHaveAttribute('aria-disabled', 'false');
  await moveWithMenu(b, 'Legevakt', FYLKE);
  await expect(card(column(fac, FYLKE), 'Legevakt')).toBeVisible();

  // Timer: the same remaining time on all three screens.
  await fac.getByLabel('Minutter').fill('2');
  await fac.getByRole('button', { name: 'Start', exact: true }).click();
  for (const p of [fac, a, b]) await expect(p.getByTestId('timer')).toHaveAttribute('data-status', 'running');
  const seconds = await Promise.all([fac, a, b].map(timerSeconds));
  expect(Math.max(...seconds) - Math.min(...seconds)).toBeLessThanOrEqual(1);
  expect(Math.min(...seconds)).toBeGreaterThan(100);
  expect(Math.max(...seconds)).toBeLessThanOrEqual(120);
  await fac.getByRole('button', { name: 'Pause' }).click();
  for (const p of [a, b]) await expect(p.getByTestId('timer')).toHaveAttribute('data-status', 'paused');
  const paused = await Promise.all([fac, a, b].map(timerSeconds));
  expect(new Set(paused).size).toBe(1);

  // Follow me: both editors open the card the facilitator opens.
  await fac.getByRole('button', { name: 'Be alle følge meg' }).click();
  for (const p of [a, b]) await expect(p.getByTestId('follow-banner')).toContainText('Du følger Frida');
  await fac.getByRole('button', { name: 'Vis detaljer om Sykehjem og heldøgns omsorg' }).click();
  await expect(fac.getByTestId('card-details')).toHaveAttribute('data-card', 'sykehjem');
  for (const p of [a, b]) {
    await expect(p.getByTestId('card-details')).toHaveAttribute('data-card', 'sykehjem');
    await expect(p.getByRole('tab', { name: 'Verksted' })).toHaveAttribute('aria-selected', 'true');
  }

  // B stops following and stays put; A goes on following.
  await b.getByTestId('follow-banner').getByRole('button', { name: 'Slutt å følge' }).click();
  await expect(b.getByTestId('follow-banner')).toHaveCount(0);
  await fac.getByRole('button', { name: 'Vis detaljer om Fastlege' }).click();
  await expect(a.getByTestId('card-details')).toHaveAttribute('data-card', 'fastlege');
  await expect(b.getByTestId('card-details')).toHaveAttribute('data-card', 'sykehjem');

  // Anyone can follow anyone from the avatars.
  await b.getByRole('button', { name: 'A: valg for Anne' }).click();
  await b.getByRole('menuitem', { name: 'Følg' }).click();
  await expect(b.getByTestId('follow-banner')).toContainText('Du følger Anne');
  await expect(b.getByTestId('card-details')).toHaveAttribute('data-card', 'fastlege');
  await fac.getByRole('button', { name: 'Slutt å lede' }).click();
  await expect(a.getByTestId('follow-banner')).toHaveCount(0);

  // Replacing the editor link cuts both editors off with the reason, and the old link stops working.
  await fac.getByRole('button', { name: 'Lag ny lenke for redaktør' }).click();
  await fac.getByRole('button', { name: 'Ja, lag ny lenke' }).click();
  await expect(fac.getByText('Ny lenke for redaktør er laget.')).toBeVisible();
  for (const p of [a, b]) {
    const alert = p.getByRole('alert').filter({ hasText: 'Lenken din er byttet ut.' });
    await expect(alert).toContainText('Be tilretteleggeren om den nye lenken.');
  }
  const old = await request.get(`/api/boards/${id}`, { headers: { authorization: `Bearer ${new URLSearchParams(links.editor.split('#')[1]).get('t')}` } });
  expect(old.status()).toBe(401);
  const fresh = await fac.getByRole('textbox', { name: 'Lenken for redaktør' }).inputValue();
  expect(fresh).not.toContain(links.editor);
  const c = await joinAs(browser, fresh, 'Cecilie');
  await expect(card(column(c, FYLKE), 'Legevakt')).toBeVisible();
});

test('the presenter view shows the board, the timer, the lock and who is connected', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Projektor');
  const fac = await joinAs(browser, links.facilitator, 'Frida');
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  await expect(fac.getByRole('textbox', { name: 'Lenken for tilskuer' })).toBeVisible();
  const href = await fac.getByRole('link', { name: 'Åpne presentasjonsvisning' }).getAttribute('href');
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await screen.goto(href!);
  await expect(card(column(screen, KOMMUNE), 'Legevakt')).toHaveCount(0);
  await expect(column(screen, KOMMUNE).getByRole('listitem', { name: 'Legevakt' })).toBeVisible();
  await expect(screen.getByTestId('presenter-people')).toContainText('Frida');
  await expect(screen.getByTestId('presenter-lock')).toHaveAttribute('data-locked', 'false');

  await fac.getByRole('button', { name: 'Lås tavla' }).click();
  await expect(screen.getByTestId('presenter-lock')).toHaveAttribute('data-locked', 'true');
  await fac.getByLabel('Minutter').fill('1');
  await fac.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(screen.getByTestId('timer')).toHaveAttribute('data-status', 'running');
  await moveWithMenu(fac, 'Legevakt', SPESIALIST);
  await expect(column(screen, SPESIALIST).getByRole('listitem', { name: 'Legevakt' })).toBeVisible();
  // The projector is not one of the people on the board.
  await expect(fac.getByTestId('presence').getByRole('listitem')).toHaveCount(1);
});
