import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '@/lib/catalog/schema';
import type { Role } from '@/lib/roles';
import type { Secret } from './auth/tokens';
import { boardLinks, createBoard } from './boards';
import type { Stores } from './storage/stores';

const DEMO_KEY = 'demo-board';

/** The demo board's links, creating the board from "Dagens ordning" on the first run. */
export async function ensureDemoBoard(stores: Pick<Stores, 'boards' | 'settings'>, catalog: Catalog, secret: Secret, baseUrl: string) {
  const existing = await stores.settings.getSetting(DEMO_KEY);
  let board = existing ? await stores.boards.getBoard(existing) : null;
  if (!board) {
    board = await createBoard(stores.boards, catalog, { title: 'Demo: helsereformen', template: 'dagens-ordning' });
    await stores.settings.setSetting(DEMO_KEY, board.id);
  }
  return { board, ...boardLinks(board, secret, baseUrl) };
}

/**
 * Writes the demo board's four links to DATA_DIR/demo-links.txt, readable by the server's user
 * only, and answers the file's path: where the facilitator link goes when stdout is a log stream
 * that others (a log collector, a hosting dashboard) can read.
 */
export function writeDemoLinks(dataDir: string, title: string, links: Record<Role, string>): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'demo-links.txt');
  const lines = Object.entries(links).map(([role, link]) => `${role.padEnd(11)} ${link}`);
  // A mode applies only when a file is created, and one left by an older run may be wider, so
  // it is replaced rather than rewritten ('wx' also refuses a link planted in its place).
  rmSync(file, { force: true });
  writeFileSync(file, `Demo board "${title}":\n${lines.join('\n')}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}
