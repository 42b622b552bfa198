import { expect, test } from '@playwright/test';
import { card, column, joinAs, moveWithMenu, type Links } from './board-helpers';
import { removeDataDir, startBoardServer } from './server-process';

// A server of its own, so the test reads everything the process writes while it renders a board.
const PORT = 3459;
const DATA = 'data/e2e-one-yjs';

test('the server process loads one copy of Yjs while it renders and syncs a board', async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  removeDataDir(DATA);
  const server = await startBoardServer(PORT, DATA);
  try {
    const api = await playwright.request.newContext({ baseURL: server.url });
    const res = await api.post('/api/boards', { data: { title: 'Én Yjs', template: 'dagens-ordning' } });
    expect(res.status()).toBe(201);
    const { links } = (await res.json()) as { links: Links };
    // The page is rendered on the server (where a second copy would load) and then syncs over the socket.
    const page = await joinAs(browser, server.url + links.editor, 'Anne', 'KS');
    await moveWithMenu(page, 'Legevakt', 'Spesialisthelsetjenesten');
    await expect(card(column(page, 'Spesialisthelsetjenesten'), 'Legevakt')).toBeVisible();
    await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
    expect(server.output()).toContain('"event":"listening"');
    expect(server.output()).not.toMatch(/Yjs was already imported/);
  } finally {
    await server.stop();
    removeDataDir(DATA);
  }
});
