import { expect, test } from '@playwright/test';
import { createBoard, joinAs, tokenOf } from './board-helpers';

/** The role a link token grants, read from its (unverified) payload. */
const roleOf = (token: string): unknown => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')).r;

test('the share panel puts the participants’ links first and shows the facilitator link only when asked, never for the projector', async ({ browser, request }) => {
  const { id, links } = await createBoard(request, 'Deling');
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  const panel = fac.getByRole('region', { name: 'Del tavla' });
  await expect(panel.getByRole('textbox', { name: 'Lenken for redaktør' })).toBeVisible();

  // Participants first, in falling order of power, then the facilitator's section.
  const order = await panel.locator('[data-testid="role-link"], [data-testid="facilitator-link"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role') ?? 'facilitator-section'));
  expect(order).toEqual(['editor', 'commenter', 'viewer', 'facilitator-section']);
  await expect(panel.getByTestId('qr-code')).toHaveCount(3);

  // The facilitator link is not on the page, neither as text nor as a code; the warning is.
  await expect(fac.getByRole('textbox', { name: 'Lenken for tilrettelegger' })).toHaveCount(0);
  await expect(fac.getByRole('img', { name: 'QR-kode med lenken for tilrettelegger' })).toHaveCount(0);
  const section = panel.getByRole('region', { name: 'Din tilretteleggerlenke' });
  await expect(section).toContainText('Tilretteleggerlenken gir full kontroll over tavla');
  await expect(section).toContainText('Ikke vis den på skjermen, og ikke del den.');

  // All codes for the projector: the three participant links, and not the facilitator's.
  await panel.getByRole('button', { name: 'Vis QR-kodene for deltakerne stort: redaktør, kommentator og tilskuer' }).click();
  const all = fac.getByRole('dialog', { name: 'Skann for å bli med' });
  await expect(all.getByTestId('qr-code')).toHaveCount(3);
  for (const role of ['redaktør', 'kommentator', 'tilskuer']) await expect(all.getByRole('img', { name: `QR-kode med lenken for ${role}` })).toBeVisible();
  await expect(all.getByRole('img', { name: /tilrettelegger/ })).toHaveCount(0);
  await fac.keyboard.press('Escape');
  await expect(all).toHaveCount(0);

  // One participant's code alone.
  await panel.getByRole('button', { name: 'Vis stort: QR-koden for tilskuer' }).click();
  const one = fac.getByRole('dialog', { name: 'Lenke for tilskuer' });
  await expect(one.getByTestId('qr-code')).toHaveCount(1);
  await one.getByRole('button', { name: 'Lukk' }).click();
  await expect(one).toHaveCount(0);

  // Asked for from the keyboard, the link shows with its small code, and with no large one to project.
  const show = panel.getByRole('button', { name: 'Vis tilretteleggerlenken' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await fac.keyboard.press('Enter');
  const hide = panel.getByRole('button', { name: 'Skjul tilretteleggerlenken' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toBeFocused();
  const facilitatorLink = section.getByRole('textbox', { name: 'Lenken for tilrettelegger' });
  await expect(facilitatorLink).toHaveValue(new RegExp(`/b/${id}#t=`));
  const facilitatorToken = tokenOf(await facilitatorLink.inputValue());
  expect(roleOf(facilitatorToken)).toBe('facilitator');
  await expect(section.getByRole('img', { name: 'QR-kode med lenken for tilrettelegger' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Kopier lenken for tilrettelegger' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Lag ny lenke for tilrettelegger' })).toBeVisible();
  await expect(fac.getByRole('button', { name: 'Vis stort: QR-koden for tilrettelegger' })).toHaveCount(0);

  // And hidden again with the same button.
  await fac.keyboard.press('Space');
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(facilitatorLink).toHaveCount(0);
  // Not even out of sight: the token is nowhere in the page.
  expect(await fac.evaluate(() => document.body.innerHTML)).not.toContain(facilitatorToken);
});
