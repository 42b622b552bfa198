import { CLOSE, type CloseCode } from '@/lib/protocol';
import type { TokenPayload } from '@/lib/roles';
import { err, ok, type Result } from '@/lib/result';
import type { BoardRecord } from '../storage/board-store';
import type { Stores } from '../storage/stores';
import { presenterKey as presenterKeyOf } from './presenter-grant';
import { checkTokenFor, verifyToken, type Secret } from './tokens';

/** Why access was refused, as an HTTP status and as a websocket close code. */
export type Denied = { status: 401 | 403 | 404 | 410; code: CloseCode; message: string };

/** The refusal for a board that was deleted; HTTP answers carry `code: 'deleted'` with it (see deniedBody). */
export const BOARD_DELETED: Denied = { status: 410, code: CLOSE.deleted, message: 'this board was deleted' };

/** A refusal as the JSON body an HTTP answer carries: the message, and for a deleted board a code a page can rely on. */
export const deniedBody = (d: Denied) => (d.status === 410 ? { error: d.message, code: 'deleted' } : { error: d.message });

/**
 * What the server's sign-in asks of tokens: `on` when sign-in is on. `joining` marks the calls
 * that lead to a join (the board's title for the join form, and the join itself), the only ones
 * a facilitator link still opens when sign-in is on; the join then asks for the session.
 */
export type SignInRule = { on: boolean; joining?: boolean };

/** The refusal of a facilitator token that did not come from a signed-in join while sign-in is on. */
export const FACILITATOR_NEEDS_SIGN_IN: Denied = {
  status: 401,
  code: CLOSE.unauthorized,
  message: 'sign in and join to act as facilitator: on this server the facilitator role needs a sign-in',
};

/**
 * Checks a token for a board: signature, expiry, board and key version (a presenter grant's
 * against the board's presenter key), and what sign-in asks (see SignInRule). The same check
 * guards HTTP calls and websocket upgrades, so the two cannot drift apart.
 */
export async function authorise(
  token: unknown,
  boardId: string,
  stores: Pick<Stores, 'boards' | 'settings'>,
  secret: Secret,
  signIn: SignInRule,
): Promise<Result<{ payload: TokenPayload; board: BoardRecord }, Denied>> {
  const verified = verifyToken(token, secret);
  if (!verified.ok) return err([{ status: 401, code: CLOSE.unauthorized, message: verified.errors[0]!.message }]);
  const board = await stores.boards.getBoard(boardId);
  if (!board) {
    // Only this server signs tokens, and it signs them only for boards it made. So a token that
    // verifies, for this very board, names a board that existed: its absence means it was
    // deleted. That needs no tombstone, which would itself keep the deleted board's id. (A
    // database restored from a backup older than the board says "deleted" too, which is true
    // of that database.) A token for another board, or none, gets the plain 404.
    if (verified.value.b === boardId) return err([BOARD_DELETED]);
    return err([{ status: 404, code: CLOSE.unknownBoard, message: 'no board with that id' }]);
  }
  // Only a presenter grant costs the settings read its key version needs.
  const presenterKey = verified.value.s === 'presenter' && verified.value.b === boardId ? await presenterKeyOf(stores.settings, boardId) : undefined;
  const checked = checkTokenFor(verified.value, { ...board, presenterKey });
  if (!checked.ok) {
    const e = checked.errors[0]!;
    return err([{ status: e.kind === 'revoked' ? 401 : 403, code: e.kind === 'revoked' ? CLOSE.unauthorized : CLOSE.forbidden, message: e.message }]);
  }
  // With sign-in on, the facilitator role needs a sign-in, and only a participant token from a
  // signed-in join says it had one (`a`). Refused here, where every HTTP call and sync socket is
  // checked, rather than at each facilitator power: then none can be reached around it (the
  // facilitator endpoints, removing anyone's comment, writing to or restoring onto a locked board
  // over the socket). A facilitator token from a join before sign-in was turned on opens nothing;
  // the page then asks its holder to join again, signed in.
  const payload = checked.value;
  if (signIn.on && payload.r === 'facilitator' && payload.a !== 1 && !(signIn.joining && payload.p === undefined)) return err([FACILITATOR_NEEDS_SIGN_IN]);
  return ok({ payload, board });
}

/** The bearer token of an Authorization header, or undefined. */
export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
