import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { initBoardDoc } from '@/lib/board-doc';
import type { Catalog } from '@/lib/catalog/schema';
import { roleSchema, type Role } from '@/lib/roles';
import { linkToken, signToken, type Secret } from './auth/tokens';
import { boardRecordOf, type BoardRecord, type BoardStore } from './storage/board-store';

/** A board id: 12 characters of [a-z0-9], about 62 bits, unguessable enough for a capability URL's path. */
export function newBoardId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Creates a board from a template and stores its first document state. */
export async function createBoard(boards: BoardStore, catalog: Catalog, input: { title: string; template: string }): Promise<BoardRecord> {
  const template = catalog.templates.find((t) => t.id === input.template);
  if (!template) throw new Error(`unknown template ${input.template}`);
  const doc = new Y.Doc();
  initBoardDoc(doc, template, catalog, input.title);
  const board = boardRecordOf({ id: newBoardId(), title: input.title, template: template.id, keyVersion: 1, createdAt: new Date().toISOString() });
  await boards.createBoard(board, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return board;
}

export type BoardLinks = { links: Record<Role, string>; tokens: Record<Role, string> };

/**
 * The four capability links of a board, each signed with its role's current key version; the
 * token rides in the fragment so it never reaches a server log.
 */
export function boardLinks(board: BoardRecord, secret: Secret, baseUrl = ''): BoardLinks {
  const tokens = Object.fromEntries(roleSchema.options.map((role) => [role, signToken(linkToken(board.id, role, board.roleKeys[role]), secret)])) as Record<Role, string>;
  const links = Object.fromEntries(roleSchema.options.map((role) => [role, `${baseUrl}/b/${board.id}#t=${tokens[role]}`])) as Record<Role, string>;
  return { links, tokens };
}
