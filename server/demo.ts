import type { Catalog } from '@/lib/catalog/schema';
import type { Secret } from './auth/tokens';
import { boardLinks, createBoard } from './boards';
import type { DocStore } from './storage/doc-store';

const DEMO_KEY = 'demo-board';

/** The demo board's links, creating the board from "Dagens ordning" on the first run. */
export async function ensureDemoBoard(store: DocStore, catalog: Catalog, secret: Secret, baseUrl: string) {
  const existing = await store.getSetting(DEMO_KEY);
  let board = existing ? await store.getBoard(existing) : null;
  if (!board) {
    board = await createBoard(store, catalog, { title: 'Demo: helsereformen', template: 'dagens-ordning' });
    await store.setSetting(DEMO_KEY, board.id);
  }
  return { board, ...boardLinks(board, secret, baseUrl) };
}
