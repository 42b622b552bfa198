import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { BOARD_DELETED, deniedBody } from '../auth/access';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { BoardDeletion } from '../deletion/board-deletion';
import type { Stores } from '../storage/stores';
import { facilitatorAccess, readBody } from './board-routes';
import { fail, json } from './respond';

const BOARD = new RegExp(`^/api/boards/(${BOARD_ID_PATTERN})$`);

/** What deleting a board takes: the board's title, typed by the facilitator as a confirmation. */
const deleteSchema = z.object({ title: z.string().max(1000) }).strict();

// Compared as people type them: surrounding spaces and the Unicode form (a composed or decomposed å) do not count.
const typed = (title: string) => title.normalize('NFC').trim();

export type DeleteBoardDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null; maxBodyBytes: number; deletion: Pick<BoardDeletion, 'deleteBoard'> };

/**
 * DELETE /api/boards/<id> with {"title": "<the board's title>"}: a facilitator deletes the board,
 * its breakout boards and everything stored under them, for good. The title guards against a
 * call made by mistake, as the page's dialog does. Answers 200 with how many boards went.
 */
export async function handleDeleteBoard(req: IncomingMessage, res: ServerResponse, url: URL, deps: DeleteBoardDeps): Promise<boolean> {
  const m = BOARD.exec(url.pathname);
  if (!m || req.method !== 'DELETE') return false;
  const call = { req, res, url, boardId: m[1]!, id: '', deps };
  const access = await facilitatorAccess(call, 'delete the board');
  if (!access) return true;
  const body = await readBody(call, deleteSchema);
  if (!body) return true;
  if (typed(body.value.title) !== typed(access.board.title)) {
    fail(res, 422, "the title does not match the board's title", { title: ["type the board's title exactly as it is"] });
    return true;
  }
  const deleted = await deps.deletion.deleteBoard(access.board.id, 'facilitator');
  // Deleted by someone else between the check and now.
  if (!deleted) json(res, 410, deniedBody(BOARD_DELETED));
  else json(res, 200, { deleted: true, boards: deleted.length });
  return true;
}
