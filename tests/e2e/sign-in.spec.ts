import { expect, test } from '@playwright/test';
import { BOARD_CLIENT, startOidcProvider } from '../integration/services/oidc-provider';
import { freePort } from '../integration/services/ports';
import { removeDataDir, startBoardServer } from './server-process';

// A real identity provider (oidc-provider with its development login and consent pages) and a
// board server of its own with sign-in on.
const DATA = 'data/e2e-sign-in';

test('signs in through the provider, starts a board, joins through the facilitator link and writes a comment marked verified', async ({ page }) => {
  test.setTimeout(120_000);
  removeDataDir(DATA);
  const port = await freePort();
  const boardUrl = `http://127.0.0.1:${port}`;
  const provider = await startOidcProvider(boardUrl);
  const server = await startBoardServer(port, DATA, { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: BOARD_CLIENT.id, OIDC_CLIENT_SECRET: BOARD_CLIENT.secret, PUBLIC_URL: boardUrl });
  try {
    // Signed out, the home page offers sign-in instead of the start form.
    await page.goto(`${boardUrl}/`);
    await expect(page.getByRole('button', { name: /^Start en tavle fra/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Logg inn for å starte en tavle' }).click();

    // The provider's own pages: any login, then consent.
    await page.getByPlaceholder('Enter any login').fill('kari');
    await page.getByPlaceholder('and password').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back home, signed in with the provider's name, and the start form is there.
    await expect(page).toHaveURL(`${boardUrl}/`);
    await expect(page.getByTestId('signed-in-as')).toContainText('Innlogget som Kari Nordmann (Helse Vest RHF)');
    await page.getByRole('button', { name: /^Start en tavle fra/ }).click();
    const facilitatorLink = await page.locator('a[data-role="facilitator"]').getAttribute('href');
    expect(facilitatorLink).toContain('#t=');

    // The facilitator link: the join form shows the signed-in identity, read-only, and no name field.
    await page.goto(facilitatorLink!);
    await expect(page.getByTestId('join-signed-in-name')).toHaveText('Kari Nordmann');
    await expect(page.getByLabel('Navn')).toHaveCount(0);
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');

    // A comment on a card carries the verified mark, named for assistive technology.
    await page.getByRole('button', { name: 'Kommenter Legevakt' }).click();
    await page.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Innlogget innspill om legevakt.');
    await page.getByRole('button', { name: 'Start tråd' }).click();
    const comment = page.getByTestId('comment').filter({ hasText: 'Innlogget innspill om legevakt.' });
    await expect(comment).toContainText('Kari Nordmann');
    await expect(comment.getByRole('img', { name: /^Verifisert: navnet kommer fra innlogging via 127\.0\.0\.1:\d+/ })).toBeVisible();
  } finally {
    await server.stop();
    await provider.stop();
    removeDataDir(DATA);
  }
});
