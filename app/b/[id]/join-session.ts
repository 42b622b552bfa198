import * as z from 'zod/mini';
import { call, joinedSchema, readStored, writeStored } from './session';

// What only the join dialog needs: a first-time visitor's profile and the device's grant. A
// returning participant goes straight to the board, so this stays out of the page's first load.

// Older servers answer without a grant; the join still works, only without staying the same participant.
const joinAnswerSchema = z.extend(joinedSchema, { grant: z.optional(z.string()) });

/**
 * Trades a link token for a participant token bound to a name and an organisation. The grant an
 * earlier join of this board gave this device goes along, so the server makes it the same
 * participant again (its comments and ratings stay its own); the answer's grant is kept for next time.
 */
export async function joinBoard(boardId: string, token: string, profile: Profile) {
  const grant = loadGrant(boardId);
  const answer = await call(joinAnswerSchema, `/api/boards/${encodeURIComponent(boardId)}/join`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(grant ? { ...profile, grant } : profile),
  });
  if (!answer.ok) return answer;
  const { grant: next, ...joined } = answer.value;
  if (next) writeStored(grantKey(boardId), next);
  return { ok: true as const, value: joined };
}

const profileSchema = z.object({ name: z.string().check(z.maxLength(60)), organisation: z.string().check(z.maxLength(80)) });
/** What a person types once and the device remembers for every board. */
export type Profile = z.infer<typeof profileSchema>;

const PROFILE_KEY = 'ansvarstavla:profile';
// One grant per board, whatever link the device joins through: it names the participant, not the role.
const grantKey = (boardId: string) => `ansvarstavla:grant:${boardId}`;
const grantSchema = z.string().check(z.minLength(1), z.maxLength(4096));
const loadGrant = (boardId: string): string | null => readStored(grantKey(boardId), grantSchema);

export const loadProfile = (): Profile => readStored(PROFILE_KEY, profileSchema) ?? { name: '', organisation: '' };
export const saveProfile = (p: Profile) => writeStored(PROFILE_KEY, p);
