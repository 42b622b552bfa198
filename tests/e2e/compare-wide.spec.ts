import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { moveCard } from '../../lib/board-ops';
import { formatDelta, formatNok, formatNumber } from '../../lib/format';
import { createBoard, joinAs, openBoardDoc, serverLevelOf, tokenOf } from './board-helpers';
import { joinByApi } from './crowd';

const DESKTOP = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

// Long on purpose: the side panel cut names like these; the full-width view must show them whole.
const NAME_A = 'Dagens ordning med kommunal legevakt, fastlege og helsestasjon som utgangspunkt for videre arbeid';
const NAME_B = 'Legevakt til spesialisthelsetjenesten og DPS til kommunene, etter innspill fra Helse Nord';

// Eight groups, the most a split makes, some with names as long as a group name may be.
const GROUPS = [
  'Helse Nord og kommunene i Nord-Norge med Svalbard',
  'Storbyene Oslo, Bergen, Trondheim og Stavanger',
  'Distriktskommunene',
  'Spesialisthelsetjenesten og universitetssykehusene',
  'Fylkeskommunene',
  'Fastlegene',
  'Pasient- og brukerombudene',
  'Statsforvalterne',
];
// One move per group, three kinds in turn, so the groups differ on three cards.
const SEEDED = [
  { card: 'legevakt', level: 'spesialisthelsetjenesten' },
  { card: 'dps', level: 'kommune' },
  { card: 'fastlege', level: 'fylkeskommune' },
] as const;

const at = (size: { width: number; height: number }) => (page: Page) => page.setViewportSize(size);

/** How far the page and the view scroll sideways: both must be 0 for nothing to be off to the side. */
async function sidewaysOverflow(page: Page, view: Locator): Promise<{ page: number; view: number }> {
  const pageOver = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const viewOver = await view.evaluate((el) => el.scrollWidth - el.clientWidth);
  return { page: pageOver, view: viewOver };
}

/** Scroll width beyond client width of each matched element: above 0 means its content is cut or scrolls. */
const overflowOf = (elements: Locator) => elements.evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));

/** Moves cards on a board as a client of its own would, and waits until the server holds each move. */
async function moveOnServer(baseURL: string, boardId: string, token: string, moves: readonly { card: string; level: string }[]): Promise<void> {
  const board = await openBoardDoc(baseURL, boardId, token);
  try {
    for (const { card, level } of moves) {
      expect(moveCard(board.doc, { card, toLevel: level, index: 0 }, 'seed').ok).toBe(true);
      await expect.poll(() => serverLevelOf(baseURL, boardId, token, card)).toBe(level);
    }
  } finally {
    board.close();
  }
}

/** A board split into the eight groups, each group having moved one card on its own board. */
async function eightGroups(request: APIRequestContext, baseURL: string, title: string) {
  const { id, links } = await createBoard(request, title);
  const split = await request.post(`/api/boards/${id}/breakouts`, { headers: { authorization: `Bearer ${tokenOf(links.facilitator)}` }, data: { groups: 8, names: GROUPS } });
  expect(split.status()).toBe(201);
  const { groups } = (await split.json()) as { groups: { boardId: string; links: { editor: string } }[] };
  for (const [i, g] of groups.entries()) await moveOnServer(baseURL, g.boardId, tokenOf(g.links.editor), [SEEDED[i % SEEDED.length]!]);
  return { id, links, groups };
}

/** Compares two proposals in the proposals tab's picker; answers the picker. */
async function compareInPicker(page: Page, a: string, b: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'Forslag' }).click();
  const picker = page.getByRole('region', { name: 'Sammenlign', exact: true });
  await picker.getByRole('combobox', { name: 'A', exact: true }).selectOption(a);
  await picker.getByRole('combobox', { name: 'B', exact: true }).selectOption(b);
  await picker.getByRole('button', { name: 'Sammenlign', exact: true }).click();
  await expect(picker.getByTestId('comparison')).toBeVisible();
  return picker;
}

/** Opens the group comparison in the workshop tab, then its full-width view; answers the view. */
async function openWideGroups(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Verksted' }).click();
  const section = page.getByTestId('breakouts');
  await section.getByRole('button', { name: 'Sammenlign grupper' }).click();
  await expect(section.getByTestId('group-comparison')).toHaveCount(GROUPS.length);
  await section.getByRole('button', { name: 'Sammenlign i full bredde' }).click();
  const view = page.getByRole('dialog', { name: 'Gruppene sammenlignet med hovedtavla' });
  await expect(view).toBeVisible();
  return view;
}

test('two saved proposals compared at full width: whole names, the changes in figures, no sideways scroll, on a desktop and a phone; Escape returns to the button', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Bred sammenligning');
  const page = await joinAs(browser, links.editor, 'Kari', 'KS', at(DESKTOP));
  const auth = { authorization: `Bearer ${await joinByApi(request, id, links.editor, 'Ola')}` };
  const propose = async (name: string) => {
    const res = await request.post(`/api/boards/${id}/proposals`, { headers: auth, data: { name, note: '' } });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { proposal: { id: string; headline: Record<string, number> } }).proposal;
  };
  const a = await propose(NAME_A);
  await moveOnServer(baseURL!, id, tokenOf(links.editor), SEEDED.slice(0, 2));
  const b = await propose(NAME_B);

  const picker = await compareInPicker(page, a.id, b.id);
  const opener = picker.getByRole('button', { name: 'Sammenlign i full bredde' });
  // By keyboard: the view opens on Enter with focus inside it.
  await opener.focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: `${NAME_A} sammenlignet med ${NAME_B}` });
  await expect(view).toBeVisible();
  await expect(view.getByRole('button', { name: 'Lukk full bredde' })).toBeFocused();

  // The view spans the viewport, not the side panel's width.
  const box = (await view.boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBe(DESKTOP.width);
  // Each name is in full in the headings of both tables, none cut.
  const names = view.getByTestId('side-name');
  await expect(names).toHaveText([NAME_A, NAME_B, NAME_A, NAME_B]);
  for (const over of await overflowOf(names)) expect(over).toBeLessThanOrEqual(0);
  await expect(view.getByRole('heading', { level: 2, name: `${NAME_A} sammenlignet med ${NAME_B}` })).toBeVisible();

  // The figures with their changes (B's recorded headline minus A's), in view without scrolling.
  const expected = [
    { id: 'moneyMoved:2023', format: (v: number) => formatNok(v, 'nb') },
    { id: 'handoffs', format: (v: number) => formatNumber(v, 0, 'nb') },
  ];
  for (const e of expected) {
    const delta = (b.headline[e.id] ?? 0) - (a.headline[e.id] ?? 0);
    const row = view.locator(`[data-testid="indicator"][data-indicator="${e.id}"]`);
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute('data-delta', String(delta));
    await expect(row.getByTestId('delta')).toContainText(formatDelta(delta, e.format, 'nb'));
  }
  expect((b.headline['moneyMoved:2023'] ?? 0) - (a.headline['moneyMoved:2023'] ?? 0)).not.toBe(0);
  await expect(view.getByTestId('moved')).toHaveCount(2);
  expect(await sidewaysOverflow(page, view)).toEqual({ page: 0, view: 0 });
  for (const over of await overflowOf(view.getByTestId('table-frame'))) expect(over).toBeLessThanOrEqual(0);

  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(opener).toBeFocused();

  // On a phone the same view does not scroll sideways; only a table may, within its frame.
  const phone = await joinAs(browser, links.viewer, 'Per', '', at(PHONE));
  await compareInPicker(phone, a.id, b.id);
  await phone.getByRole('button', { name: 'Sammenlign i full bredde' }).click();
  const small = phone.getByRole('dialog', { name: `${NAME_A} sammenlignet med ${NAME_B}` });
  await expect(small.getByTestId('side-name')).toHaveText([NAME_A, NAME_B, NAME_A, NAME_B]);
  await expect(small.locator('[data-testid="indicator"][data-indicator="handoffs"]')).toBeVisible();
  expect(await small.getByRole('group', { name: 'Indikatorer' }).evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
  expect(await sidewaysOverflow(phone, small)).toEqual({ page: 0, view: 0 });
});

test('eight breakout groups fit side by side at 1920×1080 in the full-width view, names whole, and Escape returns to the button', async ({ browser, request, baseURL }) => {
  test.setTimeout(150_000);
  const { links } = await eightGroups(request, baseURL!, 'Åtte grupper');
  const page = await joinAs(browser, links.facilitator, 'Frida', 'KS', at(DESKTOP));
  const view = await openWideGroups(page);

  const tables = [view.getByRole('group', { name: 'Nøkkeltall, med endringen mot hovedtavla' }), view.getByRole('group', { name: 'Kort der gruppene er uenige (3)' })];
  for (const table of tables) {
    const headings = table.getByTestId('group-heading');
    await expect(headings).toHaveText(GROUPS);
    // Every group's column is inside the viewport, and the table needs no sideways scroll.
    for (const heading of await headings.all()) {
      const b = (await heading.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(DESKTOP.width);
    }
    for (const over of await overflowOf(headings)) expect(over).toBeLessThanOrEqual(0);
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  }
  // Each group's figures are there, with the change against the main board.
  await expect(view.locator('[data-testid="group-indicator"][data-indicator="handoffs"]')).toHaveCount(GROUPS.length);
  // The groups' own columns, one per group, also side by side within the width.
  const columns = view.getByRole('group', { name: 'Gruppene side om side' });
  await expect(columns.getByTestId('group-comparison')).toHaveCount(GROUPS.length);
  expect(await columns.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  for (const name of GROUPS) await expect(columns.getByRole('heading', { level: 3, name, exact: true })).toBeInViewport();
  expect(await sidewaysOverflow(page, view)).toEqual({ page: 0, view: 0 });

  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(page.getByTestId('breakouts').getByRole('button', { name: 'Sammenlign i full bredde' })).toBeFocused();
});

test('on a phone the groups’ table scrolls within its frame with the row names kept in view, and the page does not scroll sideways', async ({ browser, request, baseURL }) => {
  test.setTimeout(150_000);
  const { links } = await eightGroups(request, baseURL!, 'Grupper på mobil');
  const page = await joinAs(browser, links.viewer, 'Per', '', at(PHONE));
  const view = await openWideGroups(page);

  const table = view.getByRole('group', { name: 'Nøkkeltall, med endringen mot hovedtavla' });
  await expect(table.getByTestId('group-heading')).toHaveText(GROUPS);
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
  expect(await sidewaysOverflow(page, view)).toEqual({ page: 0, view: 0 });

  // Scrolled to its end by keyboard, the last group comes into view and the figure names stay put.
  const rowName = table.getByRole('rowheader').first();
  const before = (await rowName.boundingBox())!;
  const last = table.getByTestId('group-heading').last();
  await expect(last).not.toBeInViewport();
  await table.focus();
  const atEnd = () => table.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1);
  for (let i = 0; i < 100 && !(await atEnd()); i++) await page.keyboard.press('ArrowRight');
  await expect(last).toBeInViewport();
  expect(await table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const after = (await rowName.boundingBox())!;
  expect(after.x).toBe(before.x);
  await expect(rowName).toBeInViewport();
  expect(await sidewaysOverflow(page, view)).toEqual({ page: 0, view: 0 });
});
