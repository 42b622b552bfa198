import { blankPerson, eraseActor, ERASED_NAME, isErasedName, type OwnParticipant } from '@/lib/own-data';
import type { HistoryActor } from '@/lib/history';
import { toParticipant, type ParticipantRow } from './sql-rows';

// What the SQLite and PostgreSQL stores share when a participant erases their part: the stored
// JSON records that name a person, rewritten. Each works on the JSON as stored rather than
// through a lib schema, so fields it does not know (added later) survive the rewrite.

/** A participants row with its join time. */
export type JoinedRow = ParticipantRow & { joined_at: string };

/** A participants row as the owner reads it back. */
export const toOwnParticipant = (r: JoinedRow): OwnParticipant => ({ ...toParticipant(r), joinedAt: r.joined_at });

type Named = { participantId?: unknown; name?: unknown; organisation?: unknown };
const isBlank = (p: Named) => p.name === ERASED_NAME && p.organisation === ERASED_NAME;

/** A stored person (a remover, a resolver) with name and organisation blanked, when it is `participantId` and not blank yet; else null. */
export function blankedPersonJson(json: string, participantId: string): string | null {
  const p = JSON.parse(json) as Named & { name: string; organisation: string };
  if (p.participantId !== participantId || isBlank(p)) return null;
  return JSON.stringify(blankPerson(p));
}

/**
 * A stored rating answer cut loose from its author: `standInId` for the id, a blank name and
 * organisation, no reason. The value stays, and so does the role, which names a link, not a person.
 */
export function unlinkedAnswerJson(json: string, standInId: string): string {
  const a = JSON.parse(json) as { author: Named & { name: string; organisation: string }; reason: string };
  return JSON.stringify({ ...a, reason: '', author: { ...blankPerson(a.author), participantId: standInId } });
}

/** A stored history entry (JSON without its seq) with `participantId` erased from its actors, or null when it does not name them. */
export function erasedHistoryJson(json: string, participantId: string): string | null {
  const entry = JSON.parse(json) as { actors: HistoryActor[] };
  const actors = eraseActor(entry.actors, participantId);
  return actors ? JSON.stringify({ ...entry, actors }) : null;
}

/** True when a comment row still shows its author's name or organisation. */
export const namesAuthor = (name: string, organisation: string): boolean => !isErasedName(name) || !isErasedName(organisation);
