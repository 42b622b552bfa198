import * as Y from 'yjs';
import { expect } from 'vitest';
import { readBoardDoc } from '@/lib/board-doc';
import { moveCard } from '@/lib/board-ops';
import { catalog } from '@/lib/catalog';
import { proposalSchema, type Proposal } from '@/lib/proposals';
import { call } from './comment-client';
import { cardLevel, eventually, storedDoc, type Client, type TestServer } from './harness';

/** The path of a proposal endpoint of a board: `proposals`, `proposals/<id>/export`, `compare`, ... */
export const api = (boardId: string, rest: string) => `/api/boards/${boardId}/${rest}`;

/** Saves the live board as a proposal and answers it; fails the test on anything but 201. */
export async function save(server: TestServer, boardId: string, token: string, name: string, note = ''): Promise<Proposal> {
  const r = await call(server, 'POST', api(boardId, 'proposals'), { token, body: { name, note } });
  if (r.status !== 201) throw new Error(`save failed: ${r.status} ${JSON.stringify(r.json)}`);
  return proposalSchema.parse(r.json.proposal);
}

/** A request answered as raw bytes and text, for downloads and bodies that are not JSON. */
export async function raw(server: TestServer, method: string, path: string, opts: { token?: string; body?: string; type?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/json' };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${server.http}${path}`, { method, headers, body: opts.body });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // TextDecoder drops a leading byte order mark, as a spreadsheet does; `bytes` keeps it.
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
}

/** Moves cards from a connected client's document and waits until storage holds every move. */
export async function moveAndStore(server: TestServer, client: Client, boardId: string, moves: Record<string, string>): Promise<void> {
  for (const [card, toLevel] of Object.entries(moves)) {
    const r = moveCard(client.doc, { card, toLevel, index: 0 }, 'test');
    expect(r).toEqual({ ok: true, value: { changed: true } });
  }
  await eventually(async () => {
    const stored = await storedDoc(server.stores, boardId);
    for (const [card, level] of Object.entries(moves)) expect(cardLevel(stored, card)).toBe(level);
  });
}

/** The board as storage holds it, read through the schema as the server reads it. */
export async function storedBoard(server: TestServer, boardId: string) {
  const doc = await storedDoc(server.stores, boardId);
  const { allocation, custom } = readBoardDoc(doc, catalog);
  return { allocation, custom, stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64') };
}

/** Where each of these cards sits in a document. */
export const levelsOf = (doc: Y.Doc, cards: readonly string[]) => Object.fromEntries(cards.map((c) => [c, cardLevel(doc, c)]));
