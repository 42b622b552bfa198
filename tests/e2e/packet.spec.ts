import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { catalog } from '@/lib/catalog';
import { isSeedRef, registeredSource } from '@/lib/catalog/sources';
import { card, column, createBoard, joinAs, moveWithMenu } from './board-helpers';

const DPS = 'Distriktspsykiatrisk senter (DPS)';

/** Joins through the API with a link's token and answers the participant token. */
async function joinByApi(request: APIRequestContext, boardId: string, link: string, name: string, organisation: string): Promise<string> {
  const res = await request.post(`/api/boards/${boardId}/join`, { headers: { authorization: `Bearer ${link.split('#t=')[1]}` }, data: { name, organisation } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

test('the decision packet prints the proposal, its moves, sources and objections to an A4 PDF', async ({ browser, request }) => {
  const { id, links } = await createBoard(request, 'Verksted: beslutningsnotat');
  const page = await joinAs(browser, links.editor, 'Kari Nordmann', 'KS');
  await moveWithMenu(page, 'Legevakt', 'Spesialisthelsetjenesten');
  await moveWithMenu(page, DPS, 'Kommune');
  await expect(card(column(page, 'Kommune'), DPS)).toBeVisible();
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');

  const token = await joinByApi(request, id, links.editor, 'Ola Hansen', 'Helse Nord RHF');
  const auth = { authorization: `Bearer ${token}` };
  const objection = 'Legevakt må ligge nær innbyggerne, ikke på sykehuset.';
  const thread = await request.post(`/api/boards/${id}/threads`, { headers: auth, data: { anchor: { kind: 'card', id: 'legevakt' }, body: objection, stance: 'against' } });
  expect(thread.status()).toBe(201);
  const created = await request.post(`/api/boards/${id}/proposals`, { headers: auth, data: { name: 'Legevakt til sykehusene', note: 'Til behandling i styringsgruppen.' } });
  expect(created.status()).toBe(201);
  const { proposal } = (await created.json()) as { proposal: { id: string } };
  const support = await request.post(`/api/boards/${id}/threads`, { headers: auth, data: { anchor: { kind: 'proposal', id: proposal.id }, body: 'Vi støtter forslaget.', stance: 'for' } });
  expect(support.status()).toBe(201);

  await page.goto(`/b/${id}/proposals/${proposal.id}/packet#t=${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Legevakt til sykehusene' })).toBeVisible();
  await expect(page.getByTestId('packet-moved').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('packet-matrix').locator('tr[data-moved]')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Skriv ut / lagre som PDF' })).toBeVisible();
  // The stakeholders' input: Helse Nord RHF supports the proposal and objected once on a moved card.
  const input = page.getByTestId('packet-input').getByRole('row', { name: /Helse Nord RHF/ });
  await expect(input).toContainText('støtter');
  await expect(input).toContainText('Mot 1');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'packet-'));
  const file = path.join(dir, 'packet.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
  // Lines wrap inside table cells; compare with whitespace folded.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Legevakt til sykehusene');
  expect(text).toContain('Til behandling i styringsgruppen.');
  expect(text).toContain('Legevakt: Kommune → Spesialisthelsetjenesten');
  expect(text).toContain(`${DPS}: Spesialisthelsetjenesten → Kommune`);
  expect(text).toContain(objection);
  expect(text).toContain('Innspill fra aktørene');
  // The seed documents cited by the positions on the moved cards, by their title, never by file name.
  const seeds = catalog.positions
    .filter((p) => p.responsibility === 'legevakt' || p.responsibility === 'dps')
    .flatMap((p) => p.sources.map((s) => s.ref))
    .filter(isSeedRef);
  expect(seeds.length).toBeGreaterThan(0);
  for (const seed of new Set(seeds)) {
    const title = registeredSource(seed)!.title.nb;
    await expect(page.getByTestId('packet-sources').getByText(title).first()).toBeVisible();
    expect(text).toContain(title);
    expect(text).not.toContain(seed);
  }
  // Buttons are for the screen only.
  expect(text).not.toContain('Skriv ut / lagre som PDF');

  // `npm run screenshots` sets SCREENSHOT_DIR=docs to refresh the picture in the README.
  if (process.env.SCREENSHOT_DIR) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(process.env.SCREENSHOT_DIR, 'decision-packet')]);
  }
});

test('a packet link without its token or for an unknown proposal says what is wrong', async ({ page, request }) => {
  const { id, links } = await createBoard(request);
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await page.goto(`/b/${id}/proposals/ingen-slik/packet`);
  await expect(alert).toContainText('Lenken mangler tilgangsnøkkel.');
  await page.goto(`/b/${id}/proposals/ingen-slik/packet#t=${links.viewer.split('#t=')[1]}`);
  await page.reload();
  await expect(alert).toContainText('Fant ikke forslaget.');
  await expect(alert.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
});
