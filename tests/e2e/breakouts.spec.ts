import { expect, test, type Page } from '@playwright/test';
import { baselineAllocation } from '../../lib/allocation';
import { catalog } from '../../lib/catalog';
import { baselineContent, compareContents } from '../../lib/compare';
import { formatDelta, formatNok, formatNumber } from '../../lib/format';
import { card, column, createBoard, joinAs, moveWithMenu } from './board-helpers';

const KOMMUNE = 'Kommune';
const SPESIALIST = 'Spesialisthelsetjenesten';

// One move per group, in opposite directions between the two big levels.
const MOVES = [
  { group: 'Gruppe 1', id: 'legevakt', name: 'Legevakt', from: KOMMUNE, to: SPESIALIST, toLevel: 'spesialisthelsetjenesten' },
  { group: 'Gruppe 2', id: 'dps', name: 'Distriktspsykiatrisk senter (DPS)', from: SPESIALIST, to: KOMMUNE, toLevel: 'kommune' },
] as const;

/** What the engine says a board with one card moved from today's place differs by, per headline indicator. */
function expectedDeltas(cardId: string, toLevel: string): Map<string, number> {
  const moved = baselineAllocation(catalog);
  moved.placements = moved.placements.map((p) => (p.responsibility === cardId ? { ...p, level: toLevel } : p));
  const r = compareContents(baselineContent(catalog), { allocation: moved, custom: [], assumptions: [] }, catalog);
  if (!r.ok) throw new Error('the move does not fit the catalog');
  return new Map(r.value.indicators.map((i) => [i.id, i.delta]));
}

const groupItem = (page: Page, name: string) => page.getByTestId('breakout-group').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('split into two groups, each moves a different card, the comparison shows both moves with their deltas, one is taken in as a proposal', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const { links } = await createBoard(request, 'Gruppearbeid');
  const fasi = await joinAs(browser, links.facilitator, 'Fasilitator', 'KS');
  await fasi.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await fasi.getByRole('tab', { name: 'Verksted' }).click();
  const section = fasi.getByTestId('breakouts');
  await expect(section.getByText('Tavla er ikke delt i grupper ennå.')).toBeVisible();

  await section.getByRole('combobox', { name: 'Antall grupper' }).selectOption('2');
  await expect(section.getByRole('textbox', { name: /^Navn på gruppe \d \(valgfritt\)$/ })).toHaveCount(2);
  await section.getByRole('button', { name: 'Del i grupper' }).click();
  await expect(section.getByText('Tavla er delt i 2 grupper.')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Gruppene i runde 1' })).toBeVisible();
  await expect(section.getByTestId('breakout-group')).toHaveCount(2);

  // Each group's editor link, as the facilitator copies it to hand it out.
  const editorLinks: string[] = [];
  for (const m of MOVES) {
    const item = groupItem(fasi, m.group);
    await item.getByRole('button', { name: `Kopier lenken til ${m.group}` }).click();
    await expect(item.getByText('Lenken er kopiert.')).toBeVisible();
    const copied = await fasi.evaluate(() => navigator.clipboard.readText());
    await expect(item.getByRole('textbox', { name: 'Lenke for gruppa (redaktør)' })).toHaveValue(copied);
    expect(copied).toMatch(/\/b\/[a-z0-9]+#t=/);
    editorLinks.push(copied);
  }

  // Two participants open the groups' links, join, and each moves a different card.
  const groupPages: Page[] = [];
  for (const [i, m] of MOVES.entries()) {
    const page = await joinAs(browser, editorLinks[i]!, i === 0 ? 'Anne' : 'Bjørn');
    await expect(page.getByRole('heading', { level: 1, name: `Gruppearbeid – ${m.group}` })).toBeVisible();
    await moveWithMenu(page, m.name, m.to);
    await expect(card(column(page, m.to), m.name)).toBeVisible();
    await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
    groupPages.push(page);
  }
  // The groups are apart: neither move reached the other group.
  await expect(card(column(groupPages[0]!, MOVES[1].from), MOVES[1].name)).toBeVisible();
  await expect(card(column(groupPages[1]!, MOVES[0].from), MOVES[0].name)).toBeVisible();
  // A group's own board says which group it is.
  await groupPages[0]!.getByRole('tab', { name: 'Verksted' }).click();
  await expect(groupPages[0]!.getByText('Denne tavla er «Gruppe 1», en gruppetavle fra runde 1.')).toBeVisible();

  await section.getByRole('button', { name: 'Sammenlign grupper' }).click();
  await expect(section.getByRole('heading', { name: 'Gruppene sammenlignet med hovedtavla' })).toBeVisible();
  const formats: Record<string, (v: number) => string> = { 'moneyMoved:2023': (v) => formatNok(v, 'nb'), handoffs: (v) => formatNumber(v, 0, 'nb') };
  for (const m of MOVES) {
    const col = section.getByTestId('group-comparison').filter({ has: fasi.getByRole('heading', { name: m.group, exact: true }) });
    const moves = col.getByTestId('group-move');
    await expect(moves).toHaveCount(1);
    await expect(moves).toHaveAttribute('data-card', m.id);
    await expect(moves).toHaveText(`${m.name}${m.from} → ${m.to}`);
    // The figures sit in one table, a column per group; the group's column is found by its board.
    const board = await col.getAttribute('data-board');
    const deltas = expectedDeltas(m.id, m.toLevel);
    for (const [id, format] of Object.entries(formats)) {
      const cell = section.locator(`[data-testid="group-indicator"][data-board="${board}"][data-indicator="${id}"]`);
      // A yearly figure a group did not move in is 0 there.
      const delta = deltas.get(id) ?? 0;
      await expect(cell).toHaveAttribute('data-delta', String(delta));
      await expect(cell.getByTestId('group-delta')).toContainText(formatDelta(delta, format, 'nb'));
    }
  }
  // Legevakt carries a sourced cost, so its group moves money and the figure shows it.
  expect(expectedDeltas('legevakt', 'spesialisthelsetjenesten').get('moneyMoved:2023')).toBeGreaterThan(0);
  // Both moved cards are where the groups differ, each row naming the columns.
  await expect(section.getByRole('heading', { name: 'Kort der gruppene er uenige (2)' })).toBeVisible();
  await expect(section.locator('[data-testid="group-difference"][data-card="legevakt"]').getByRole('cell')).toHaveText([KOMMUNE, SPESIALIST, KOMMUNE]);
  await expect(section.locator('[data-testid="group-difference"][data-card="dps"]').getByRole('cell')).toHaveText([SPESIALIST, SPESIALIST, KOMMUNE]);

  // Gruppe 1 is taken in as a proposal on the main board, listed in "Forslag".
  const first = section.getByTestId('group-comparison').filter({ has: fasi.getByRole('heading', { name: 'Gruppe 1', exact: true }) });
  await first.getByRole('button', { name: 'Ta inn som forslag' }).click();
  await expect(first.getByTestId('adopt-status')).toHaveText('«Gruppe 1» er lagret som forslag på hovedtavla (se fanen Forslag).');
  await fasi.getByRole('tab', { name: 'Forslag' }).click();
  const proposal = fasi.getByTestId('proposal').filter({ has: fasi.getByRole('heading', { name: 'Gruppe 1', exact: true }) });
  await expect(proposal).toBeVisible();
  await expect(proposal).toContainText('Fra gruppe');
  await expect(proposal).toContainText('Tatt inn fra en gruppe av Fasilitator (KS)');
  // The main board itself is unchanged: the proposal is there to compare and restore, not applied.
  await expect(card(column(fasi, KOMMUNE), 'Legevakt')).toBeVisible();
});

test('a participant who is not a facilitator sees the groups and can compare them, without links or buttons to split or adopt', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { id, links } = await createBoard(request, 'Gruppelesing');
  const token = new URLSearchParams(links.facilitator.split('#')[1]).get('t')!;
  const split = await request.post(`/api/boards/${id}/breakouts`, { headers: { authorization: `Bearer ${token}` }, data: { groups: 3, names: ['Nord', '', 'Sør'] } });
  expect(split.status()).toBe(201);
  const kari = await joinAs(browser, links.commenter, 'Kari');
  await kari.getByRole('tab', { name: 'Verksted' }).click();
  const section = kari.getByTestId('breakouts');
  await expect(section.getByText(/^Du er kommentator på tavla/)).toBeVisible();
  await expect(section.getByTestId('breakout-group')).toHaveText(['Nord', 'Gruppe 2', 'Sør']);
  await expect(section.getByRole('button', { name: /Del i grupper|Kopier/ })).toHaveCount(0);
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await section.getByRole('button', { name: 'Sammenlign grupper' }).click();
  await expect(section.getByTestId('group-comparison')).toHaveCount(3);
  await expect(section.getByText('Gruppene har plassert alle ansvar likt.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Ta inn som forslag' })).toHaveCount(0);
});
