import type { Thread } from './comments';
import { customCardAuthor } from './custom-cards';
import { blankPerson, ERASED_NAME, isErasedName, type OwnParticipant, type OwnProposal } from './own-data';
import type { Proposal } from './proposals';

/**
 * Copies of a participant's part that other records hold: a saved proposal keeps its own copy of
 * the open threads, of who saved it and of the custom cards; a history entry keeps the custom
 * cards; a breakout group's board starts as a copy of the main board. The rules here say which
 * parts of such a copy are the participant's and how erasing blanks them. They work on the
 * records' shapes, not their schemas, so a stored record keeps fields they do not know.
 */

/** Who an erasure covers in copies, which name people in their own ways. */
export type ErasureTarget = {
  /** The participant id; a proposal keeps it for who saved it. */
  participantId: string;
  /** The threads they opened on their board: a proposal's copy of a thread keeps its id, but no participant id. */
  threadIds: readonly string[];
  /** The author text their custom cards carry (a card keeps nothing else of them); null when unknown or erased already. */
  cardAuthor: string | null;
};

/**
 * The target for `participantId` on a board: the threads whose opening comment they wrote (a
 * comment keeps its participant id through an erasure, so this holds when erasing again), and
 * their cards' author text from their participant record while it still has their name.
 */
export function erasureTarget(participantId: string, participant: Pick<OwnParticipant, 'name' | 'organisation'> | null, threads: readonly Thread[]): ErasureTarget {
  const threadIds = threads.filter((t) => t.comments[0]?.author.participantId === participantId).map((t) => t.id);
  const cardAuthor = participant && !isErasedName(participant.name) ? customCardAuthor(participant) : null;
  return { participantId, threadIds, cardAuthor };
}

type Person = { name: string; organisation: string };
type Card = { author: string };
type ThreadCopy = { id: string; author: Person; body: string; stance: unknown };
/** The parts of a stored proposal an erasure reads; everything else passes through. */
export type ProposalParts = { author: Person & { participantId?: unknown }; openThreads: ThreadCopy[]; content: { custom: Card[] } };

const isBlank = (p: Person) => isErasedName(p.name) && isErasedName(p.organisation);
const ownCopy = (t: ThreadCopy, target: ErasureTarget) => target.threadIds.includes(t.id) && (t.body !== '' || t.stance !== null || !isBlank(t.author));
const ownCard = (c: Card, target: ErasureTarget) => target.cardAuthor !== null && c.author === target.cardAuthor;
const savedBy = (p: ProposalParts, target: ErasureTarget) => p.author.participantId === target.participantId && !isBlank(p.author);

/** What of the participant a proposal still holds: whether they saved it, their thread copies, their cards. */
export function proposalHolds(p: ProposalParts, target: ErasureTarget): { savedBy: boolean; threads: number; cards: number } {
  return { savedBy: savedBy(p, target), threads: p.openThreads.filter((t) => ownCopy(t, target)).length, cards: p.content.custom.filter((c) => ownCard(c, target)).length };
}

/** The proposals that still hold something of the participant's, as their own data lists them. */
export const ownProposals = (proposals: readonly Proposal[], target: ErasureTarget): OwnProposal[] =>
  proposals.flatMap((p) => {
    const holds = proposalHolds(p, target);
    return holds.savedBy || holds.threads > 0 || holds.cards > 0 ? [{ boardId: p.boardId, id: p.id, name: p.name, createdAt: p.createdAt, ...holds }] : [];
  });

/**
 * Custom cards with the author blanked where it is `target`'s, or null when none is. The card,
 * its figures and its place stay: they are the board's, and the consequences count them.
 */
export function eraseCardAuthors<C extends Card>(cards: readonly C[], target: Pick<ErasureTarget, 'cardAuthor'>): C[] | null {
  if (target.cardAuthor === null || !cards.some((c) => c.author === target.cardAuthor)) return null;
  return cards.map((c) => (c.author === target.cardAuthor ? { ...c, author: ERASED_NAME } : c));
}

/**
 * A stored proposal with the participant erased from it, or null when it holds nothing of theirs:
 * their thread copies become removed comments (no text, no stance, blank author, as the live
 * comment does), their name goes from "saved by" and from their cards. This is the one change a
 * proposal takes after it was saved: erasure is a duty the board owes its participants, and it
 * leaves the allocation, the figures and the thread count alone, so comparisons, restores and
 * exports give what they gave before, less the person.
 */
export function eraseFromProposal<P extends ProposalParts>(p: P, target: ErasureTarget): P | null {
  const holds = proposalHolds(p, target);
  if (!holds.savedBy && holds.threads === 0 && holds.cards === 0) return null;
  return {
    ...p,
    author: holds.savedBy ? blankPerson(p.author) : p.author,
    openThreads: p.openThreads.map((t) => (ownCopy(t, target) ? { ...t, body: '', stance: null, author: blankPerson(t.author) } : t)),
    content: { ...p.content, custom: eraseCardAuthors(p.content.custom, target) ?? p.content.custom },
  };
}
