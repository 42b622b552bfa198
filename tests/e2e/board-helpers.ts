import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

export type Links = Record<'facilitator' | 'editor' | 'commenter' | 'viewer', string>;

/** A fresh board from a template through the API; answers its id and the four role links. */
export async function createBoard(request: APIRequestContext, title = 'E2E-tavle', template = 'dagens-ordning'): Promise<{ id: string; links: Links }> {
  const res = await request.post('/api/boards', { data: { title, template } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; links: Links };
}

/** Opens a link in a new browser context at projector size and joins as `name`. */
export async function joinAs(browser: Browser, link: string, name: string, organisation = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Organisasjon').fill(organisation);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  return page;
}

/** A level column by its exact accessible name. */
export const column = (page: Page, level: string) => page.getByRole('region', { name: level, exact: true });

/** A card (its drag handle) by the responsibility name it starts with, within a column or the page. */
export const card = (scope: Page | ReturnType<Page['getByRole']>, name: string) =>
  scope.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

/** The headline figures as shown, for comparing two screens. */
export const headlines = (page: Page) => page.getByTestId('headline').allInnerTexts();

/** Moves a card with the "Flytt til …" menu. */
export async function moveWithMenu(page: Page, cardName: string, level: string): Promise<void> {
  // Once in a CI run the open menu was gone before the click landed (its card re-rendered under
  // load); opening it again is what a person would do, and the move itself is still asserted.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: `Flytt ${cardName} til et annet nivå` }).click();
    try {
      await page.getByRole('menuitem', { name: level, exact: true }).click({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Drags a card onto a column with the mouse, in small steps as a person would. */
export async function dragTo(page: Page, cardName: string, level: string): Promise<void> {
  const from = await card(page, cardName).boundingBox();
  const to = await column(page, level).boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.up();
}
