import { blankPerson, eraseActor, ERASED_NAME, isErasedName, type OwnParticipant } from '@/lib/own-data';
import { eraseCardAuthors, eraseFromProposal, type ErasureTarget, type ProposalParts } from '@/lib/own-data-copies';
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

/**
 * A stored history entry (JSON without its seq) with `participantId` erased from its actors and
 * `cardAuthor` from its custom cards, or null when it names neither.
 */
export function erasedHistoryJson(json: string, participantId: string, cardAuthor: string | null = null): string | null {
  const entry = JSON.parse(json) as { actors: HistoryActor[]; custom: { author: string }[] };
  const actors = eraseActor(entry.actors, participantId);
  const custom = eraseCardAuthors(entry.custom, { cardAuthor });
  return actors || custom ? JSON.stringify({ ...entry, actors: actors ?? entry.actors, custom: custom ?? entry.custom }) : null;
}

/**
 * What a history row must contain to name `participantId` or hold a card by `cardAuthor`: the id,
 * and the author text as JSON.stringify writes it into the row. Narrows the rows read; the parse decides.
 */
export const historyNeedles = (participantId: string, cardAuthor: string | null | undefined): [string, string] => [
  participantId,
  cardAuthor ? `"author":${JSON.stringify(cardAuthor)}` : participantId,
];

/** A stored proposal (JSON) with the participant erased from it (see eraseFromProposal), or null when it holds nothing of theirs. */
export function erasedProposalJson(json: string, target: ErasureTarget): string | null {
  const erased = eraseFromProposal(JSON.parse(json) as ProposalParts, target);
  return erased && JSON.stringify(erased);
}

/** True when a comment row still shows its author's name or organisation. */
export const namesAuthor = (name: string, organisation: string): boolean => !isErasedName(name) || !isErasedName(organisation);
