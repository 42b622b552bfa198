import { expect, test, type Page } from '@playwright/test';
import { axeFindings } from './axe';
import { card, column, createBoard, joinAs } from './board-helpers';

const commentsTab = (page: Page) => page.getByRole('tab', { name: /^Kommentarer/ });

/** Opens the comments tab and the first thread in it, if it is not open already. */
async function openFirstThread(page: Page) {
  await commentsTab(page).click();
  const thread = page.getByTestId('thread').first();
  const toggle = thread.getByRole('button').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return thread;
}

test('a participant sees their comment and card under "Mine data", erases them, and everyone then sees them as deleted', async ({ browser, request }) => {
  const { links } = await createBoard(request, 'Mine data');
  const anne = await joinAs(browser, links.editor, 'Anne Andersen', 'Alfa kommune');
  const bjorn = await joinAs(browser, links.commenter, 'Bjørn', 'KS');

  // Her own card carries her name, as the page writes it.
  await anne.getByRole('button', { name: 'Legg til egen oppgave' }).click();
  const form = anne.getByRole('form', { name: 'Ny oppgave på tavla' });
  await form.getByLabel('Navn på oppgaven').fill('Annes egen oppgave');
  await form.getByLabel('Kostnad i kroner (antakelse, valgfri)').fill('250000000');
  await form.getByRole('button', { name: 'Legg til' }).click();
  const bjornsCard = card(column(bjorn, 'Kommune'), 'Annes egen oppgave');
  await expect(bjornsCard).toContainText('antakelse av Anne Andersen (Alfa kommune)');

  await anne.getByRole('button', { name: 'Kommenter Legevakt' }).click();
  await anne.getByRole('textbox', { name: 'Skriv en kommentar' }).fill('Legevakta bør ligge hos kommunen.');
  await anne.getByRole('button', { name: 'Start tråd' }).click();
  await expect(anne.getByTestId('comment')).toHaveCount(1);
  const bjornThread = await openFirstThread(bjorn);
  await expect(bjornThread.getByTestId('comment')).toContainText('Anne Andersen');
  // His answer in her thread gives her a notification.
  await bjorn.getByRole('textbox', { name: 'Skriv et svar' }).fill('Enig, det gir kortere vei.');
  await bjorn.getByRole('button', { name: 'Svar', exact: true }).click();
  await expect(bjornThread.getByTestId('comment')).toHaveCount(2);

  // "Mine data" lists what the server keeps: her name, organisation and the comment.
  await anne.getByRole('button', { name: 'Mine data' }).click();
  const dialog = anne.getByRole('dialog', { name: 'Mine data på denne tavla' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('own-comment')).toHaveText(/Legevakt .*Legevakta bør ligge hos kommunen\./);
  await expect(dialog).toContainText('Alfa kommune');
  await expect(dialog).toContainText('Du har ikke svart i noen vurderingsrunde.');
  await expect(dialog.getByTestId('own-cards')).toHaveText('Annes egen oppgave');
  // "Varsler og e-post": no address given, one notification (unread), no emails; none of Bjørn's text.
  const notices = dialog.getByTestId('own-notifications');
  await expect(notices.getByRole('heading', { name: 'Varsler og e-post' })).toBeVisible();
  await expect(notices).toContainText('Du har ikke oppgitt noen e-postadresse.');
  await expect(notices).toContainText('Varsler til deg: 1');
  await expect(notices.getByTestId('own-notification')).toHaveText(/^Svar i en tråd du følger · Legevakt · .*\(ulest\)$/);
  await expect(notices).toContainText('Ingen e-poster er lagt i kø til deg.');
  await expect(dialog).not.toContainText('Enig, det gir kortere vei.');
  expect(await axeFindings(anne), 'axe on the own-data dialog').toEqual([]);

  // The confirmation opens with focus on "Avbryt"; the keyboard reaches "Ja, slett" before it.
  await dialog.getByRole('button', { name: 'Slett det jeg har skrevet' }).click();
  await expect(dialog.getByRole('group', { name: 'Slette det du har skrevet?' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  expect(await axeFindings(anne), 'axe on the confirmation').toEqual([]);
  await anne.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Ja, slett' })).toBeFocused();
  await anne.keyboard.press('Enter');

  await expect(dialog.getByRole('status').filter({ hasText: 'Slettet:' })).toContainText('1 kommentarer');
  await expect(dialog.getByRole('status').filter({ hasText: 'Slettet:' })).toContainText('1 egne kort');
  await expect(dialog).toContainText('Ingen egne kort har navnet ditt.');
  await expect(dialog.getByTestId('own-notifications')).toContainText('Du har ingen varsler.');
  await expect(dialog.getByTestId('own-comment')).toHaveAttribute('data-removed', 'true');
  await expect(dialog.getByTestId('own-comment')).toContainText('slettet');
  await expect(dialog.getByTestId('own-comment')).not.toContainText('Legevakta bør');
  await expect(dialog).not.toContainText('Alfa kommune');
  await expect(dialog.getByRole('button', { name: 'Slett det jeg har skrevet' })).toBeFocused();

  // Escape closes the dialog; the board shows the comment as deleted, with no name, here and for Bjørn.
  await anne.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  for (const page of [anne, bjorn]) {
    const comment = page.getByTestId('comment').first();
    await expect(comment).toContainText('Kommentaren er slettet');
    await expect(comment).toContainText('slettet deltaker');
    await expect(comment).not.toContainText('Anne Andersen');
    await expect(comment).not.toContainText('Legevakta bør');
  }
  // Her card stays with its figure, and names no one.
  await expect(bjornsCard).toContainText('antakelse av slettet deltaker');
  await expect(bjornsCard).not.toContainText('Alfa kommune');
});
