import { expect, test } from '@playwright/test';
import { createBoard, joinAs } from './board-helpers';

test('a mention lights up the bell of the one mentioned, and the notification opens the thread', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Varsler');
  const anne = await joinAs(browser, links.editor, 'Anne', 'KS');
  const bjorn = await joinAs(browser, links.commenter, 'Bjørn', 'Helse Nord');

  // Before anything happens the bell has no count, and its list says so.
  const bell = bjorn.getByRole('button', { name: /^Varsler/ });
  await expect(bell).toHaveAccessibleName('Varsler');
  await bell.click();
  await expect(bjorn.getByRole('dialog', { name: 'Varsler' })).toContainText('Ingen varsler ennå');
  await bjorn.keyboard.press('Escape');
  await expect(bjorn.getByRole('dialog', { name: 'Varsler' })).toHaveCount(0);
  await expect(bell).toBeFocused();

  // Anne starts a thread about the whole board, naming Bjørn.
  await anne.getByRole('tab', { name: /^Kommentarer/ }).click();
  await anne.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('@Bjørn kan du se på legevakten?');
  await anne.getByRole('button', { name: 'Start tråd' }).click();
  await expect(anne.getByTestId('comment')).toHaveCount(1);

  // Bjørn's bell counts one unread, live; Anne's stays quiet.
  await expect(bjorn.getByTestId('notification-count')).toHaveText('1');
  await expect(bell).toHaveAccessibleName('Varsler, 1 uleste');
  await expect(anne.getByTestId('notification-count')).toHaveCount(0);

  // From the keyboard: open the list, go to the notification, open its thread.
  await bell.focus();
  await bjorn.keyboard.press('Enter');
  const item = bjorn.getByRole('dialog', { name: 'Varsler' }).getByRole('button', { name: /Anne nevnte deg/ });
  await expect(item).toContainText('Tråd: Hele tavla');
  await item.focus();
  await bjorn.keyboard.press('Enter');
  const thread = bjorn.getByTestId('thread').first();
  await expect(thread.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
  await expect(thread.getByTestId('comment')).toContainText('kan du se på legevakten?');
  // Opening it marked it read.
  await expect(bjorn.getByTestId('notification-count')).toHaveCount(0);
});
