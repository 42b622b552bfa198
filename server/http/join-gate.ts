import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from '@/lib/result';
import type { TokenPayload } from '@/lib/roles';
import type { SignIn, SignedIn } from '../auth/oidc/sign-in';
import type { Control } from '../control/control';

/** What the sign-in gate on joining needs: the sign-in (null when off) and the board's settings. */
export type JoinGateDeps = { signIn: SignIn | null; control: Pick<Control, 'get'> };

/**
 * Who joins, as far as sign-in goes: the signed-in person (whose name and organisation then
 * replace what was typed), null for a typed identity, or a 401 when this join needs a sign-in:
 * with sign-in on, a facilitator link always does (it can replace every link and remove anyone's
 * comments), and any link does on a board whose facilitator asked for it.
 */
export async function joinSignIn(req: IncomingMessage, link: TokenPayload, deps: JoinGateDeps): Promise<Result<SignedIn | null, string>> {
  if (!deps.signIn) return ok(null);
  const user = await deps.signIn.session(req);
  if (user) return ok(user);
  if (link.r === 'facilitator') return err(['sign in to join as facilitator: on this server the facilitator role needs a sign-in']);
  if ((await deps.control.get(link.b)).signInRequired) return err(['sign in to join this board: its facilitator has made sign-in required']);
  return ok(null);
}
