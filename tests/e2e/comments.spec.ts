import { expect, test, type Page } from '@playwright/test';
import { card, column, joinAs, moveWithMenu, type Links } from './board-helpers';
import { removeDataDir, startBoardServer } from './server-process';

// A server of its own, so the test can restart it on the same data directory.
const PORT = 3458;
const DATA = 'data/e2e-comments';

const commentsTab = (page: Page) => page.getByRole('tab', { name: /^Kommentarer/ });

test('a thread on legevakt: live for others, reply with stance and mention, unread, resolve, kept across a restart', async ({ browser, playwright }) => {
  test.setTimeout(180_000);
  removeDataDir(DATA);
  let server = await startBoardServer(PORT, DATA);
  try {
    const api = await playwright.request.newContext({ baseURL: server.url });
    const res = await api.post('/api/boards', { data: { title: 'Kommentarer', template: 'dagens-ordning' } });
    const { links } = (await res.json()) as { links: Links };
    const a = await joinAs(browser, server.url + links.editor, 'Anne', 'KS');
    const b = await joinAs(browser, server.url + links.commenter, 'Bjørn', 'Helse Nord');

    // A starts a thread on legevakt from the card; HTML in it stays text.
    await a.getByRole('button', { name: 'Kommenter Legevakt' }).click();
    await a.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Legevakt bør ligge hos kommunen. <b>ikke fet</b>');
    await a.getByRole('button', { name: 'Start tråd' }).click();
    await expect(a.getByTestId('comment')).toHaveCount(1);
    // A goes back to the consequences; a thread left open on screen would count as read.
    await a.getByRole('tab', { name: 'Konsekvenser' }).click();

    // B sees the badge on the card and the thread within a second.
    const badge = b.getByRole('button', { name: 'Kommentarer om Legevakt: 1' });
    await expect(badge).toBeVisible({ timeout: 1000 });
    await expect(commentsTab(b)).toContainText('1');
    await badge.click();
    const thread = b.getByTestId('thread').first();
    await expect(thread).toContainText('<b>ikke fet</b>');
    await expect(b.locator('b', { hasText: 'ikke fet' })).toHaveCount(0);
    if ((await thread.getByRole('button').first().getAttribute('aria-expanded')) !== 'true') await thread.getByRole('button').first().click();

    // B replies against it, naming A.
    await b.getByLabel('Standpunkt').last().selectOption({ label: 'Mot' });
    await b.getByRole('textbox', { name: 'Skriv et svar' }).fill('@Anne det krever et større befolkningsgrunnlag.');
    await b.getByRole('button', { name: 'Svar', exact: true }).click();
    await expect(b.getByTestId('comment')).toHaveCount(2);

    // A sees the unread count, a mention marker, and the mention highlighted.
    await expect(a.getByTestId('unread-count')).toHaveText('1');
    await expect(a.getByTestId('unread-mention')).toBeVisible();
    await commentsTab(a).click();
    const aThread = a.getByTestId('thread').first();
    if ((await aThread.getByRole('button').first().getAttribute('aria-expanded')) !== 'true') await aThread.getByRole('button').first().click();
    await expect(a.locator('[data-testid="mention"][data-me="true"]')).toHaveText('@Anne');
    await expect(a.getByTestId('unread-count')).toHaveCount(0);

    // The thread follows the card when it moves.
    await moveWithMenu(a, 'Legevakt', 'Spesialisthelsetjenesten');
    await expect(column(b, 'Spesialisthelsetjenesten').getByRole('button', { name: 'Kommentarer om Legevakt: 2' })).toBeVisible();

    // A resolves; both see it resolved.
    await a.getByRole('button', { name: 'Marker som løst' }).click();
    await expect(a.getByTestId('thread').first()).toHaveAttribute('data-status', 'resolved');
    await expect(b.getByTestId('thread').first()).toHaveAttribute('data-status', 'resolved');

    // Restart the server on the same data: everything is still there.
    await server.stop();
    server = await startBoardServer(PORT, DATA);
    const c = await joinAs(browser, server.url + links.viewer, 'Cecilie');
    await expect(card(column(c, 'Spesialisthelsetjenesten'), 'Legevakt')).toBeVisible();
    await c.getByRole('button', { name: 'Kommentarer om Legevakt: 2' }).click();
    const kept = c.getByTestId('thread').first();
    await expect(kept).toHaveAttribute('data-status', 'resolved');
    if ((await kept.getByRole('button').first().getAttribute('aria-expanded')) !== 'true') await kept.getByRole('button').first().click();
    await expect(c.getByTestId('comment')).toHaveCount(2);
    await expect(c.getByTestId('comment').nth(1)).toContainText('Bjørn');
    await expect(c.getByTestId('comment').nth(1)).toContainText('Mot');
    await expect(c.getByRole('textbox', { name: 'Skriv et svar' })).toHaveCount(0);
  } finally {
    await server.stop();
    removeDataDir(DATA);
  }
});

test('a thread on a computed indicator shows on that figure for everyone', async ({ browser, request }) => {
  const res = await request.post('/api/boards', { data: { title: 'Indikator', template: 'dagens-ordning' } });
  const { links } = (await res.json()) as { links: Links };
  const a = await joinAs(browser, links.editor, 'Anne', 'KS');
  const b = await joinAs(browser, links.viewer, 'Bjørn');

  const handoffs = 'Overganger i pasientforløp: Skrøpelige eldre';
  await a.getByRole('button', { name: `Kommenter ${handoffs}` }).click();
  await expect(a.getByRole('heading', { name: `Ny tråd om ${handoffs}` })).toBeVisible();
  await a.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Tallet forutsetter at legevakt ligger i kommunen.');
  await a.getByRole('button', { name: 'Start tråd' }).click();

  await b.getByRole('button', { name: `Kommentarer om ${handoffs}: 1` }).click();
  await expect(b.getByTestId('thread').first()).toContainText('Tallet forutsetter');
  await expect(b.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveCount(0);
});
