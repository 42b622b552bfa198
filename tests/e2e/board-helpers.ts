import path from 'node:path';
import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SYNC_PATH, SYNC_SUBPROTOCOL } from '@/lib/protocol';

export type Links = Record<'facilitator' | 'editor' | 'commenter' | 'viewer', string>;

/**
 * Where a test's screenshot goes: the test's own output folder, or SCREENSHOT_DIR, which
 * `npm run screenshots` sets to docs/ to refresh the pictures in the README.
 */
export const shotPath = (testInfo: TestInfo, name: string) => path.join(process.env.SCREENSHOT_DIR ?? testInfo.outputDir, name);

/** A fresh board from a template through the API; answers its id and the four role links. */
export async function createBoard(request: APIRequestContext, title = 'E2E-tavle', template = 'dagens-ordning'): Promise<{ id: string; links: Links }> {
  const res = await request.post('/api/boards', { data: { title, template } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; links: Links };
}

/** The access token a role link carries in its fragment. */
export const tokenOf = (link: string): string => new URLSearchParams(link.split('#')[1] ?? '').get('t') ?? '';

/**
 * Opens a link in a new browser context at projector size (or as `device` says: a tablet, a
 * phone, touch) and joins as `name`. `prepare` runs on the new page before it opens the link,
 * for routes that must hold from the first request.
 */
export async function joinAs(browser: Browser, link: string, name: string, organisation = '', prepare?: (page: Page) => Promise<void>, device: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...device });
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(link);
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Organisasjon').fill(organisation);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('saved')).toHaveAttribute('data-state', 'saved');
  // Connected is not yet synced: a test that cuts the network next must find the board on the
  // page (and so in its device copy), not a first visit still waiting for the server's state.
  await expect(page.getByTestId('card').first()).toBeAttached();
  await dragReady(page);
  return page;
}

/**
 * Waits until cards can be dragged: drag and drop loads just after the board is usable, and a
 * press before that drags nothing (the move menus work from the start).
 */
export const dragReady = (page: Page) => expect(page.locator('[data-drag="ready"]')).toBeAttached();

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
    await page.getByRole('button', { name: `Flytt til et annet nivå: ${cardName}` }).click();
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
  await dragReady(page);
  const from = await card(page, cardName).boundingBox();
  const to = await column(page, level).boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.up();
}

/**
 * Drags by touch from one point to another as a finger would: rests past the touch delay that
 * tells a drag from a scroll, then moves in small steps, holding `hold` ms before lifting.
 * Needs a context with `hasTouch`.
 */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, hold = 100): Promise<void> {
  await dragReady(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
  await touch('touchStart', from);
  await page.waitForTimeout(400);
  for (let step = 1; step <= 20; step++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * step) / 20, y: from.y + ((to.y - from.y) * step) / 20 });
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(hold);
  await touch('touchEnd');
  await cdp.detach();
}

/**
 * A board's live document as a plain y-websocket client sees it (Node, no page), with a token
 * of any role: for seeding content the page would never write and for reading the board as the
 * server holds it. Resolves once the server's state has arrived; `close` leaves the board.
 */
export async function openBoardDoc(baseURL: string, boardId: string, token: string): Promise<{ doc: Y.Doc; close: () => void }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}${SYNC_PATH}`, boardId, doc, {
    protocols: [SYNC_SUBPROTOCOL, token],
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const close = () => {
    provider.destroy();
    doc.destroy();
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the board did not sync within 10 s')), 10_000);
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      resolve();
    });
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  return { doc, close };
}

/**
 * The board-level id a card sits on, as the server holds it now: read afresh through a new
 * client, so no page's own copy can answer for the server.
 */
export async function serverLevelOf(baseURL: string, boardId: string, token: string, cardId: string): Promise<unknown> {
  const { doc, close } = await openBoardDoc(baseURL, boardId, token);
  try {
    const entry = doc.getMap('cards').get(cardId);
    return entry instanceof Y.Map ? entry.get('level') : undefined;
  } finally {
    close();
  }
}
