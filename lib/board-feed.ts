import * as z from 'zod/mini';
import { participantSchema, threadSchema } from './comments';
import { controlStateSchema } from './control';
import { PROPOSAL_ID_PATTERN } from './protocol';

/**
 * The board's live feed (server-sent events on GET /api/boards/<id>/events): the one channel
 * besides the document socket on which the server tells a page what changed. Comments, people
 * and the facilitation controls travel whole; proposals, rating rounds, breakout groups and the
 * history travel as a `changed` signal only, after which each page reads that part again with its
 * own token, so what a role may see (hidden answers before a reveal, group links) stays decided
 * by the endpoints that answer those reads.
 */

// Proposal and round ids are both 72 random bits in url-safe characters.
const serverId = z.string().check(z.regex(new RegExp(`^${PROPOSAL_ID_PATTERN}$`), 'id'));

/**
 * One change to a part of the board that pages read through its own endpoint: which part, what
 * happened, and which item (a proposal, a round), or the split round or the history entry's number.
 */
export const boardChangeSchema = z.discriminatedUnion('part', [
  z.object({ part: z.literal('proposals'), action: z.enum(['saved', 'imported', 'adopted', 'restored', 'erased']), id: serverId }),
  z.object({ part: z.literal('rounds'), action: z.enum(['opened', 'answered', 'revealed', 'closed']), id: serverId }),
  z.object({ part: z.literal('breakouts'), action: z.literal('split'), round: z.number().check(z.int(), z.positive()) }),
  z.object({ part: z.literal('history'), action: z.literal('appended'), seq: z.number().check(z.int(), z.positive()) }),
  // Notifications are each participant's own: the signal names whose changed (participant ids,
  // which everyone on the board sees anyway) so only their pages read, each with its own token.
  z.object({ part: z.literal('notifications'), action: z.enum(['added', 'read']), to: z.array(z.string()) }),
  z.object({ part: z.literal('consultations'), action: z.enum(['opened', 'extended', 'closed']), id: serverId }),
]);
export type BoardChange = z.infer<typeof boardChangeSchema>;
/** A part of the board that changes through server calls and is read through its own endpoint. */
export type BoardPart = BoardChange['part'];

/**
 * One feed event: a `snapshot` of every thread, participant and the controls when a client
 * connects (so a page that was away knows to read every part again), then a `thread` event with
 * the whole thread after each change, a `participant` event when someone joins, a `control` event
 * with the whole control state after each change to it (lib/control.ts), and a `changed` signal
 * after each stored change to a part of the board.
 */
export const feedEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), threads: z.array(threadSchema), participants: z.array(participantSchema), control: controlStateSchema }),
  z.object({ type: z.literal('thread'), thread: threadSchema }),
  z.object({ type: z.literal('participant'), participant: participantSchema }),
  z.object({ type: z.literal('control'), control: controlStateSchema }),
  z.object({ type: z.literal('changed'), change: boardChangeSchema }),
]);
export type FeedEvent = z.infer<typeof feedEventSchema>;
