import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { displayNameSchema, optionalDisplayTextSchema } from '@/lib/names';
import type { TokenPayload } from '@/lib/roles';
import { grantParticipantId, newGrantId, participantToken, signGrant, signToken, verifyGrant, type Secret } from '../auth/tokens';
import { subjectGrantId } from '../auth/oidc/identity';
import type { Threads } from '../comments/threads';
import type { Metrics } from '../metrics';
import { clientAddress, type ClientPolicy } from './client';
import { joinSignIn, type JoinGateDeps } from './join-gate';
import { apiLimits, sendTooMany, type LimitSettings } from './limits';
import { fail, json, readJson } from './respond';

/** What joining needs; a subset of ApiDeps, and the same object on every request so its limits persist. */
export type JoinDeps = LimitSettings & JoinGateDeps & {
  secret: Secret;
  metrics: Metrics;
  threads: Threads;
  maxBodyBytes: number;
  clients: Pick<ClientPolicy, 'trustProxy'>;
  joins: { maxParticipantsPerBoard: number };
};

/**
 * POST /api/boards/<id>/join. `grant` is what an earlier join on this device answered; a grant
 * that does not check out (another board, expired, garbled, not a string) is treated as none,
 * since the worst it can cost its holder is a new participant id.
 */
const joinSchema = z.object({
  name: displayNameSchema(60),
  organisation: optionalDisplayTextSchema(80).default(''),
  grant: z.string().max(4096).optional().catch(undefined),
});
// Someone signed in is named by the provider: what they typed is not read, so it cannot fail.
const signedInJoinSchema = joinSchema.pick({ grant: true });

/**
 * Joins a link holder as a participant and answers their token and the device's grant. A join
 * through a link without a grant mints a new identity, so it is bounded per network address and
 * per link, and the board's participants are capped; a grant rejoins as the participant it was
 * issued to, which only the per-link limit counts (that bounds the work, not the identities).
 */
export async function handleJoin(req: IncomingMessage, res: ServerResponse, deps: JoinDeps, link: TokenPayload): Promise<void> {
  const signedIn = await joinSignIn(req, link, deps);
  if (!signedIn.ok) {
    deps.metrics.refusedRequests.inc();
    return fail(res, 401, signedIn.errors[0]!);
  }
  const user = signedIn.value;
  const body = user ? await readJson(req, signedInJoinSchema, deps.maxBodyBytes) : await readJson(req, joinSchema, deps.maxBodyBytes);
  if (!body.ok) return fail(res, body.errors[0]!.status, body.errors[0]!.message, body.errors[0]!.fields);
  const { grant } = body.value;
  const { name, organisation } = user ? { name: user.name, organisation: user.org } : (body.value as z.infer<typeof joinSchema>);
  const boardId = link.b;
  // A signed-in person is one participant wherever they join from; a device grant does not change that.
  const kept = user ? subjectGrantId(user, deps.secret) : verifyGrant(grant, boardId, deps.secret);

  const limits = apiLimits(deps);
  // The key version is part of the link's key, so rotating a role's links also starts a fresh budget.
  const linkKey = `${boardId}\n${link.r}\n${link.k}`;
  const addressKey = `${boardId}\n${clientAddress(req, deps.clients)}`;
  const byLink = limits.joinsPerLink.wait(linkKey);
  if (byLink > 0) {
    sendTooMany(res, deps.metrics, byLink, `too many joins through this link: at most ${deps.joins.perLinkPerMinute} a minute; try again in {wait}`);
    return;
  }
  const byAddress = kept ? 0 : limits.joinsPerAddress.wait(addressKey);
  if (byAddress > 0) {
    sendTooMany(res, deps.metrics, byAddress, `too many joins from your network address on this board: at most ${deps.joins.perAddressPerMinute} a minute; try again in {wait}`);
    return;
  }
  // Taken before the first await, so joins arriving together cannot all pass the check above.
  limits.joinsPerLink.take(linkKey);
  if (!kept) limits.joinsPerAddress.take(addressKey);

  const grantId = kept ?? newGrantId();
  const participantId = grantParticipantId(boardId, grantId, deps.secret);
  const admitted = await deps.threads.admit(boardId, { participantId, name, organisation, role: link.r }, deps.joins.maxParticipantsPerBoard);
  if (!admitted.ok) {
    deps.metrics.refusedRequests.inc();
    return fail(res, admitted.errors[0]!.status, admitted.errors[0]!.message);
  }
  const issued = participantToken(link, name, organisation, participantId, undefined, grantId);
  const participant = user ? { ...issued, a: 1 as const } : issued;
  const deviceGrant = user ? verifyGrant(grant, boardId, deps.secret) : grantId;
  json(res, 200, {
    token: signToken(participant, deps.secret),
    participantId,
    role: participant.r,
    name,
    organisation,
    verified: user !== null,
    // Signed afresh on every join, so a device that keeps joining keeps its grant alive. A
    // signed-in join hands out no grant of its own: one naming the person's subject would let
    // whoever uses this device later rejoin as them without signing in.
    grant: deviceGrant ? signGrant(boardId, deviceGrant, deps.secret) : undefined,
  });
}
