import { expect, test, type Page } from '@playwright/test';
import { createBoard, joinAs, moveWithMenu, tokenOf } from './board-helpers';
import { axeFindings } from './axe';
import { joinByApi, joinCrowd } from './crowd';

/**
 * Every page and board state scanned with axe-core against WCAG 2.2 A and AA (and axe's best
 * practices). Serious and critical findings fail the test; each is listed by rule, impact and
 * the first elements it was found on, so a failure says where to look without a rerun.
 */
async function expectAccessible(page: Page, state: string): Promise<void> {
  // Soft, so one run reports every state instead of stopping at the first.
  expect.soft(await axeFindings(page), `axe on ${state}`).toEqual([]);
}

test('the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Ansvarstavla' })).toBeVisible();
  await expectAccessible(page, 'home');
});

test('the join dialog, the board and every side tab', async ({ browser, request, baseURL }) => {
  // A full board takes axe a few seconds per scan, and there is one scan per tab.
  test.setTimeout(180_000);
  const { id, links } = await createBoard(request, 'Tilgjengelighet');
  const guest = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await guest.goto(links.editor);
  await expect(guest.getByLabel('Navn')).toBeVisible();
  await expectAccessible(guest, 'join dialog');

  const crowd = await Promise.all(['Vegard', 'Åse', 'Berit', 'Øystein', 'Camilla', 'Hassan', 'Dagny', 'Ingrid', 'Erlend'].map(async (n) => (await joinCrowd(request, baseURL!, id, links.editor, n)).close));
  try {
    const page = await joinAs(browser, links.facilitator, 'Frida', 'KS');
    await moveWithMenu(page, 'Legevakt', 'Spesialisthelsetjenesten');
    await expect(page.getByRole('button', { name: /^\+\d+/ })).toBeVisible();
    await expectAccessible(page, 'board');

    const tabs = page.getByRole('tablist').first().getByRole('tab');
    const names = await tabs.allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    for (const [i, name] of names.entries()) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      // Panels fetch what they show; scan once there is something in them.
      await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      await expectAccessible(page, `board, tab "${name.trim()}"`);
    }

    // The "+N" list and a "Flytt til …" menu, open.
    await page.getByRole('button', { name: /^\+\d+/ }).click();
    await expect(page.getByTestId('all-people')).toBeVisible();
    await expectAccessible(page, 'board, everyone listed');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Flytt til.*Fastlege/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectAccessible(page, 'board, move menu open');
    await page.keyboard.press('Escape');

    // Names are written per language, so the English board is checked too.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Move to/ }).first()).toBeVisible();
    await expectAccessible(page, 'board in English, workshop tab');
  } finally {
    for (const close of crowd) close();
  }
});

test('the presenter view', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Projektor');
  const fac = await joinAs(browser, links.facilitator, 'Frida');
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  const href = await fac.getByRole('link', { name: 'Åpne presentasjonsvisning' }).getAttribute('href');
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await screen.goto(href!);
  await expect(screen.getByTestId('presenter-people')).toContainText('Frida');
  await expectAccessible(screen, 'presenter view');
});

test('the comparison page, the full-width comparisons and the decision packet', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Forslag');
  const page = await joinAs(browser, links.editor, 'Kari Nordmann', 'KS');
  const token = await joinByApi(request, id, links.editor, 'Ola Hansen');
  const auth = { authorization: `Bearer ${token}` };
  const propose = async (name: string) => {
    const res = await request.post(`/api/boards/${id}/proposals`, { headers: auth, data: { name, note: 'Til behandling i styringsgruppen.' } });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { proposal: { id: string } }).proposal.id;
  };
  const a = await propose('Forslag A');
  await moveWithMenu(page, 'Legevakt', 'Spesialisthelsetjenesten');
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  const thread = await request.post(`/api/boards/${id}/threads`, { headers: auth, data: { anchor: { kind: 'card', id: 'legevakt' }, body: 'Legevakt må ligge nær innbyggerne.', stance: 'against' } });
  expect(thread.status()).toBe(201);
  const b = await propose('Forslag B');

  // The full-width views over the board: two proposals, then eight breakout groups.
  await page.getByRole('tab', { name: 'Forslag' }).click();
  const picker = page.getByRole('region', { name: 'Sammenlign', exact: true });
  await picker.getByRole('combobox', { name: 'A', exact: true }).selectOption(a);
  await picker.getByRole('combobox', { name: 'B', exact: true }).selectOption(b);
  await picker.getByRole('button', { name: 'Sammenlign', exact: true }).click();
  await picker.getByRole('button', { name: 'Sammenlign i full bredde' }).click();
  await expect(page.getByRole('dialog', { name: 'Forslag A sammenlignet med Forslag B' }).getByTestId('indicator').first()).toBeVisible();
  await expectAccessible(page, 'two proposals compared, full width');
  await page.keyboard.press('Escape');
  const split = await request.post(`/api/boards/${id}/breakouts`, { headers: { authorization: `Bearer ${tokenOf(links.facilitator)}` }, data: { groups: 8, names: [] } });
  expect(split.status()).toBe(201);
  await page.getByRole('tab', { name: 'Verksted' }).click();
  await page.getByRole('button', { name: 'Sammenlign grupper' }).click();
  await page.getByRole('button', { name: 'Sammenlign i full bredde' }).click();
  await expect(page.getByRole('dialog', { name: 'Gruppene sammenlignet med hovedtavla' }).getByTestId('group-heading')).toHaveCount(8);
  await expectAccessible(page, 'eight groups compared, full width');
  await page.keyboard.press('Escape');

  await page.goto(`/b/${id}/compare?a=${a}&b=${b}#t=${tokenOf(links.viewer)}`);
  await expect(page.getByRole('heading', { name: 'Forslag A sammenlignet med Forslag B' })).toBeVisible();
  await expectAccessible(page, 'comparison');

  await page.goto(`/b/${id}/proposals/${b}/packet#t=${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Forslag B' })).toBeVisible();
  await expectAccessible(page, 'decision packet');
});
