import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { createBoard, joinAs, openBoardDoc, tokenOf } from './board-helpers';

test('a facilitator cleans up entries the page cannot read and sees how many went and the size', async ({ browser, request, baseURL }) => {
  const { id, links } = await createBoard(request, 'Ryddes');
  const facilitatorToken = tokenOf(links.facilitator);
  // Content the page never writes, put there by a client of its own.
  const seeder = await openBoardDoc(baseURL!, id, facilitatorToken);
  seeder.doc.transact(() => {
    seeder.doc.getMap('meta').set('søppel', 'x'.repeat(2000));
    const ghost = new Y.Map<unknown>();
    ghost.set('level', 'kommune');
    ghost.set('order', 'a0');
    seeder.doc.getMap('cards').set('ukjent-kort', ghost);
  });
  const onServer = async () => {
    const reader = await openBoardDoc(baseURL!, id, facilitatorToken);
    const found = [reader.doc.getMap('meta').has('søppel'), reader.doc.getMap('cards').has('ukjent-kort')];
    reader.close();
    return found;
  };
  await expect.poll(onServer).toEqual([true, true]);
  seeder.close();

  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  await fac.getByRole('tab', { name: 'Verksted' }).click();
  await fac.getByRole('button', { name: 'Rydd tavla', exact: true }).click();
  const confirm = fac.getByRole('alertdialog', { name: 'Rydd tavla' });
  await expect(confirm).toContainText('kan ikke hentes tilbake');
  const answer = fac.waitForResponse((r) => r.url().endsWith(`/api/boards/${id}/clean`));
  await confirm.getByRole('button', { name: 'Ja, rydd tavla' }).click();
  const body = (await (await answer).json()) as { removed: string[]; bytesBefore: number; bytesAfter: number };
  expect(body.removed.length).toBeGreaterThanOrEqual(2);
  expect(body.bytesAfter).toBeLessThan(body.bytesBefore);
  await expect(fac.getByTestId('clean-result')).toHaveText(new RegExp(`^Fjernet ${body.removed.length} oppføringer\\. Størrelse før: [\\d\\s,]+ kB, etter: [\\d\\s,]+ kB\\.$`));
  await expect.poll(onServer).toEqual([false, false]);

  // Only facilitators clean: an editor's call is refused and the tab offers them no button.
  const refused = await request.post(`/api/boards/${id}/clean`, { headers: { authorization: `Bearer ${tokenOf(links.editor)}` } });
  expect(refused.status()).toBe(403);
  const editor = await joinAs(browser, links.editor, 'Ola');
  await editor.getByRole('tab', { name: 'Verksted' }).click();
  await expect(editor.getByRole('button', { name: 'Rydd tavla', exact: true })).toHaveCount(0);
});

test('a change beyond the board’s limits is explained, points a facilitator to cleaning, and the board loads again without it', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'For stor endring');
  const fac = await joinAs(browser, links.facilitator, 'Frida', 'KS');
  // A key far longer than any id the board uses: the server refuses the whole update and closes.
  const key = 'k'.repeat(300);
  await fac.evaluate((k) => window.ansvarstavla!.doc.getMap('cards').set(k, 1), key);

  const problem = fac.getByTestId('connection-problem');
  await expect(problem).toContainText('Endringen bryter grensene for tavla, så den ble ikke lagret.');
  await expect(problem).toContainText('«Rydd tavla» under Verksted');
  await expect(fac.getByTestId('connection')).toContainText('endringen bryter grensene for tavla');
  await expect(fac.getByTestId('saved')).not.toHaveText('Lagret');

  await problem.getByRole('button', { name: 'Gå til Rydd tavla' }).click();
  await expect(fac.getByRole('tab', { name: 'Verksted' })).toHaveAttribute('aria-selected', 'true');
  await expect(fac.getByRole('heading', { name: 'Rydd tavla' })).toBeVisible();

  await problem.getByRole('button', { name: 'Last inn tavla på nytt' }).click();
  await expect(fac.getByTestId('dropped-notice')).toContainText('Tavla er lastet inn på nytt');
  await expect(fac.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(problem).toHaveCount(0);
  expect(await fac.evaluate((k) => window.ansvarstavla!.doc.getMap('cards').has(k), key)).toBe(false);
});
