import { expect, test, type Page } from '@playwright/test';
import { createBoard, joinAs } from './board-helpers';

/** What this device remembers about the board: its participant and the grant from its last join. */
const remembered = (page: Page, boardId: string) =>
  page.evaluate((id) => {
    const joinedKey = Object.keys(localStorage).find((k) => k.startsWith(`ansvarstavla:joined:${id}:`));
    const joined = joinedKey ? (JSON.parse(localStorage.getItem(joinedKey)!) as { participantId: string }) : null;
    const grant = localStorage.getItem(`ansvarstavla:grant:${id}`);
    return { joinedKey, participantId: joined?.participantId ?? null, grant: grant ? (JSON.parse(grant) as string) : null };
  }, boardId);

test('a device that joins the same board again sends its grant back and stays the same participant', async ({ browser, request }) => {
  const { id, links } = await createBoard(request, 'Samme deltaker');
  const page = await joinAs(browser, links.editor, 'Ola', 'KS');
  const first = await remembered(page, id);
  expect(first.participantId).toEqual(expect.any(String));
  expect(first.grant).toEqual(expect.any(String));

  // Forgetting the participant token (as a replaced link does) brings the join dialog back.
  await page.evaluate((key) => localStorage.removeItem(key!), first.joinedKey);
  await page.reload();
  await page.getByLabel('Navn').fill('Ola');
  const joinCall = page.waitForRequest((r) => r.url().endsWith(`/api/boards/${id}/join`) && r.method() === 'POST');
  await page.getByRole('button', { name: 'Bli med' }).click();
  expect((await joinCall).postDataJSON()).toMatchObject({ name: 'Ola', grant: first.grant });
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');

  const again = await remembered(page, id);
  expect(again.participantId).toBe(first.participantId);
  expect(again.grant).toEqual(expect.any(String));
});
