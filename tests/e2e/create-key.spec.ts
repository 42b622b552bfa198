import { expect, test } from '@playwright/test';
import { freePort } from '../integration/services/ports';
import { removeDataDir, startBoardServer } from './server-process';

// A board server of its own with CREATE_KEY set; the shared test server has none. The key holds a
// letter outside ASCII, which the form must carry intact.
const DATA = 'data/e2e-create-key';
const KEY = 'verksted-nøkkel-2025';

test('without CREATE_KEY the start form asks for no key', async ({ page }) => {
  const asked = page.waitForResponse((r) => r.url().endsWith('/api/boards/requirements'));
  await page.goto('/');
  expect(await (await asked).json()).toMatchObject({ createKey: false });
  await expect(page.getByRole('button', { name: /^Start en tavle fra/ })).toBeVisible();
  await expect(page.getByLabel(/Opprettelsesnøkkel/)).toHaveCount(0);
});

test('with CREATE_KEY the start form asks for the key, refuses a wrong one clearly and starts the board with the right one', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  removeDataDir(DATA);
  const port = await freePort();
  const server = await startBoardServer(port, DATA, { CREATE_KEY: KEY });
  try {
    await page.goto(`${server.url}/`);
    const keyField = page.getByLabel(/Opprettelsesnøkkel/);
    await expect(keyField).toBeVisible();
    await expect(keyField).toHaveAttribute('type', 'password');
    const title = `Nøkkelverksted ${Date.now()}`;
    await page.getByLabel('Tittel på tavla').fill(title);

    // A wrong key: the form stays, says why in words, and hands out no links.
    await keyField.fill('feil-nøkkel-123');
    await page.getByRole('button', { name: /^Start en tavle fra/ }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Tavla ble ikke opprettet' });
    await expect(refusal).toHaveText('Tavla ble ikke opprettet: opprettelsesnøkkelen stemmer ikke');
    await expect(page.locator('a[data-role]')).toHaveCount(0);
    await expect(keyField).toBeVisible();

    // The right key: the board is made and its four links are shown.
    await keyField.fill(KEY);
    await page.getByRole('button', { name: /^Start en tavle fra/ }).click();
    const status = page.getByRole('status').filter({ hasText: 'er opprettet' });
    await expect(status).toContainText(title);
    for (const role of ['facilitator', 'editor', 'commenter', 'viewer']) await expect(status.locator(`a[data-role="${role}"]`)).toHaveAttribute('href', /\/b\/[^#]+#t=/);
    await expect(refusal).toHaveCount(0);

    // The facilitator link opens the board that was made, on this server, without any key.
    const link = new URL((await status.locator('a[data-role="facilitator"]').getAttribute('href'))!);
    const api = await playwright.request.newContext({ baseURL: server.url });
    const boardId = link.pathname.split('/').pop()!;
    const board = await api.get(`/api/boards/${boardId}`, { headers: { authorization: `Bearer ${link.hash.slice('#t='.length)}` } });
    expect(board.status()).toBe(200);
    expect(await board.json()).toMatchObject({ title, role: 'facilitator' });
    await api.dispose();
  } finally {
    await server.stop();
    removeDataDir(DATA);
  }
});
