import { expect, test, type Page } from '@playwright/test';
import { catalog } from '@/lib/catalog';
import { card, column, createBoard, joinAs, moveWithMenu } from './board-helpers';

const SPESIALIST = 'Spesialisthelsetjenesten';

/**
 * A figure or a signed change as the panel writes it in Bokmål ("3,6 mrd. kr", "minst 0", "−2",
 * "±0"), as a number with the step it is rounded to; null where it shows no figure.
 */
function parseNb(text: string): { value: number; step: number } | null {
  // A lower bound reads "minst 3,6 mrd. kr"; the number starts at the sign or the first digit.
  const t = text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/^[^\d+−±-]+/, '');
  const sign = t.startsWith('−') || t.startsWith('-') ? -1 : 1;
  const digits = t.replace(/^[+−±-]/, '').match(/^[\d ]+(,\d+)?/)?.[0] ?? '';
  const size = Number(digits.replace(/ /g, '').replace(',', '.'));
  const decimals = digits.includes(',') ? digits.split(',')[1]!.length : 0;
  const scale = /mrd\. kr/.test(t) ? 1e9 : /mill\. kr/.test(t) ? 1e6 : 1;
  if (digits === '') return null;
  return { value: sign * size * scale, step: scale * 10 ** -decimals };
}

/** Every marked figure's shown value on the page, by its id. */
const figureValues = (page: Page) =>
  page.getByTestId('figure-value').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-figure') ?? '', el.textContent ?? ''])));

/** Counts what the figure announcer says from now on; emptying it between changes is not a saying. */
async function listenToAnnouncer(page: Page): Promise<void> {
  await page.getByTestId('figure-announcer').evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      if (el.textContent) said.push(el.textContent);
    }).observe(el, { childList: true, characterData: true, subtree: true });
  });
}
const announced = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

test('a move on one screen marks the changed figures with their change on every screen, says so once, then lets go', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.editor, 'Bjørn', 'Helse Nord');
  await b.emulateMedia({ reducedMotion: 'reduce' });
  for (const page of [a, b]) await expect(page.locator('[data-testid="figure-value"][data-figure="moneyMoved"]')).toBeVisible();
  // Opening the board is no change: nothing is marked and nothing said.
  await expect(b.getByTestId('figure-delta')).toHaveCount(0);
  await expect(b.getByTestId('figure-announcer')).toHaveText('');
  await listenToAnnouncer(b);
  const before = await figureValues(b);

  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  await expect(card(column(b, SPESIALIST), 'Legevakt')).toBeVisible();
  const money = b.locator('[data-testid="figure-delta"][data-figure="moneyMoved"]');
  await expect(money).toBeVisible({ timeout: 3000 });
  // The screen the move was made on marks it too, with motion there and none where less was asked for.
  await expect(a.locator('[data-testid="figure-delta"][data-figure="moneyMoved"]')).toHaveText(await money.innerText());
  const transition = (page: Page) => page.locator('[data-testid="figure-value"][data-figure="moneyMoved"]').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await transition(a)).not.toBe('0s');
  expect(await transition(b)).toBe('0s');

  const after = await figureValues(b);
  const deltas = await b.getByTestId('figure-delta').evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-figure') ?? '', el.textContent ?? ''])));
  // A figure changed when its number did ("0" becoming "minst 0" is the same figure, now a lower bound);
  // a cell with no figure on either side has no change to show.
  const changed = Object.keys(after).filter((id) => {
    const [was, now] = [parseNb(before[id] ?? ''), parseNb(after[id]!)];
    return was !== null && now !== null && was.value !== now.value;
  });
  // Legevakt's money, its handoffs and the stances on it change; its level cells too.
  expect(changed).toEqual(expect.arrayContaining(['moneyMoved', 'handoffs', 'contradicted', 'money:kommune']));
  expect(Object.keys(deltas).sort()).toEqual(changed.sort());
  for (const id of changed) {
    const [was, now, shown] = [parseNb(before[id]!)!, parseNb(after[id]!)!, parseNb(deltas[id]!)!];
    expect(deltas[id], id).toMatch(/^[+−]/);
    // Each side is rounded as shown, so the change may differ from their difference by one step.
    expect(Math.abs(shown.value - (now.value - was.value)), `${id}: ${before[id]} → ${after[id]}, ${deltas[id]}`).toBeLessThanOrEqual(Math.max(was.step, now.step) + 1e-6);
  }
  expect(deltas.moneyMoved).toBe('+3,6 mrd. kr');
  expect(deltas.handoffs).toBe('+2');
  await expect(b.locator('[data-testid="headline"]:has([data-figure="moneyMoved"][data-changed="true"])')).toHaveCount(1);

  // The marks go after a few seconds; the announcer said the change once, with the figures and their changes.
  await expect(b.getByTestId('figure-delta')).toHaveCount(0, { timeout: 8000 });
  await expect(b.locator('[data-changed="true"]')).toHaveCount(0);
  const said = await announced(b);
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('Tallene er endret: ');
  expect(said[0]).toContain('Penger flyttet mellom forvaltningsnivåer +3,6 mrd. kr');
  expect(said[0]).toContain('Overganger i pasientforløp +2');
  expect(said[0]).not.toContain('Kostnad, Kommune');
});

test('the positions show one closed group per actor with its counts; opening one lists its positions with sources', async ({ browser, request }) => {
  const { links } = await createBoard(request);
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  await moveWithMenu(a, 'Legevakt', SPESIALIST);
  const section = a.getByRole('region', { name: /^Posisjoner: \d+ oppfylt, \d+ brutt$/ });
  await expect(section).toBeVisible();
  const actors = catalog.stakeholders.filter((s) => catalog.positions.some((p) => p.stakeholder === s.id));
  const groups = section.getByTestId('position-actor');
  await expect(groups).toHaveCount(actors.length);
  for (const [i, actor] of actors.entries()) {
    await expect(groups.nth(i).locator('summary')).toHaveText(new RegExp(`^${actor.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ oppfylt, \\d+ brutt(, \\d+ kan ikke vurderes)?$`));
  }
  // The groups' broken counts add up to the heading's.
  const heading = await section.getByRole('heading', { level: 3 }).innerText();
  const total = Number(heading.match(/(\d+) brutt/)![1]);
  const summaries = await groups.locator('summary').allInnerTexts();
  expect(summaries.reduce((n, s) => n + Number(s.match(/(\d+) brutt/)![1]), 0)).toBe(total);
  expect(total).toBeGreaterThan(0);

  // Closed, a group shows only its line; opened by keyboard, its positions, broken ones first, each with a source.
  const ks = groups.filter({ has: a.locator('summary', { hasText: /^KS:/ }) });
  const positions = ks.getByTestId('position');
  await expect(positions.first()).toBeHidden();
  await ks.locator('summary').focus();
  await a.keyboard.press('Enter');
  await expect(ks).toHaveAttribute('open', '');
  const own = catalog.positions.filter((p) => p.stakeholder === 'ks');
  await expect(positions).toHaveCount(own.length);
  await expect(positions.first()).toBeVisible();
  await expect(positions.first()).toHaveAttribute('data-status', 'contradicted');
  await expect(positions.first().locator('a, cite').first()).toBeVisible();
  const [met, broken] = (await ks.locator('summary').innerText()).match(/(\d+) oppfylt, (\d+) brutt/)!.slice(1).map(Number);
  await expect(ks.locator('[data-testid="position"][data-status="met"]')).toHaveCount(met!);
  await expect(ks.locator('[data-testid="position"][data-status="contradicted"]')).toHaveCount(broken!);
  // The other groups stay closed.
  await expect(groups.filter({ hasNot: a.locator('summary', { hasText: /^KS:/ }) }).getByTestId('position').first()).toBeHidden();
});
