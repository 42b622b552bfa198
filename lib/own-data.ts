import { z } from 'zod';
import { anchorSchema, participantSchema, stanceSchema, type Thread } from './comments';
import { ERASED_NAME } from './erased-name';
import type { HistoryActor, HistoryEntry } from './history';
import { langSchema } from './i18n';
import { notificationKindSchema, type Notification } from './notifications';
import type { ErasureTarget } from './own-data-copies';
import { ratingCriterionSchema, ratingValueSchema, roundStatus, roundStatusSchema, type RatingAnswer, type RatingRound } from './ratings';

/**
 * A participant's own data on one board (GET /api/boards/<id>/me/data) and its erasure
 * (POST /api/boards/<id>/me/erase): the shapes both sides share and the pure rules of what
 * erasing blanks.
 */

// Pages and stores that already read this module find the erased name's rules here too.
export { ERASED_NAME, isErasedName, shownName, shownPerson } from './erased-name';

/** The same person-shaped record with name and organisation blanked; ids and role stay. */
export const blankPerson = <P extends { name: string; organisation: string }>(p: P): P => ({ ...p, name: ERASED_NAME, organisation: ERASED_NAME });

/**
 * A history entry's actors with `participantId` replaced by an erased actor without an id, or null
 * when the entry does not name them. The id goes too: a history entry only shows who edited, and
 * an id left behind would still tie the entry to the person's device.
 */
export function eraseActor(actors: readonly HistoryActor[], participantId: string): HistoryActor[] | null {
  if (!actors.some((a) => a.participantId === participantId)) return null;
  return actors.map((a) => (a.participantId === participantId ? { ...blankPerson(a), participantId: null } : a));
}

/** True when a history entry names `participantId` among its actors or holds a custom card whose author text is `cardAuthor`. */
export const historyNames = (e: Pick<HistoryEntry, 'actors' | 'custom'>, participantId: string, cardAuthor: string | null): boolean =>
  e.actors.some((a) => a.participantId === participantId) || (cardAuthor !== null && e.custom.some((c) => c.author === cardAuthor));

/** The participant record as its owner reads it back: who they said they were and when they joined. */
export const ownParticipantSchema = z.object({ ...participantSchema.shape, joinedAt: z.string() });
export type OwnParticipant = z.infer<typeof ownParticipantSchema>;

/** One comment the caller wrote, with the thread it is in and what that thread is about; removed ones have an empty body. */
export const ownCommentSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  anchor: anchorSchema,
  body: z.string(),
  stance: z.nullable(stanceSchema),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
});
export type OwnComment = z.infer<typeof ownCommentSchema>;

/** One answer the caller gave in a rating round, with whether the round's results have been shown. */
export const ownAnswerSchema = z.object({
  roundId: z.string(),
  status: roundStatusSchema,
  revealed: z.boolean(),
  proposal: z.string(),
  proposalName: z.string(),
  criterion: ratingCriterionSchema,
  value: ratingValueSchema,
  reason: z.string(),
  at: z.string(),
});
export type OwnAnswer = z.infer<typeof ownAnswerSchema>;

/**
 * A history entry that names the caller among those who edited, or holds a custom card with their
 * name; `boardId` is this board's, or a breakout board's that holds a copy of their card.
 */
export const ownHistorySchema = z.object({ boardId: z.string(), seq: z.number().int().positive(), at: z.string(), changes: z.number().int().nonnegative() });
export type OwnHistory = z.infer<typeof ownHistorySchema>;

/**
 * A saved proposal that holds something of the caller's: whether they saved it, how many of its
 * thread copies hold their opening comment, and how many of its custom cards their name. It is
 * on this board, on the main board this breakout board's threads were taken into, or on a
 * breakout board that copied this board's cards.
 */
export const ownProposalSchema = z.object({
  boardId: z.string(),
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  savedBy: z.boolean(),
  threads: z.number().int().nonnegative(),
  cards: z.number().int().nonnegative(),
});
export type OwnProposal = z.infer<typeof ownProposalSchema>;

/** A custom card on a live board (this one, or a breakout board copied from it) that carries the caller's name as its author. */
export const ownCardSchema = z.object({ boardId: z.string(), id: z.string(), name: z.string() });
export type OwnCard = z.infer<typeof ownCardSchema>;

/** The caller's email setting on the board: the address, whether they confirmed it, the language emails are written in, and which emails they asked for. */
export const ownEmailSettingSchema = z.object({ address: z.string(), confirmed: z.boolean(), lang: langSchema, instant: z.boolean(), digest: z.boolean() });
export type OwnEmailSetting = z.infer<typeof ownEmailSettingSchema>;

/**
 * A notification kept for the caller: why, in which thread, when, and when they read it. Who wrote
 * the comment it is about, and its excerpt, are that writer's part, so they are not shown here.
 */
export const ownNotificationSchema = z.object({ kind: notificationKindSchema, threadId: z.string(), anchor: anchorSchema, createdAt: z.string(), readAt: z.string().nullable() });
export type OwnNotification = z.infer<typeof ownNotificationSchema>;

/**
 * The emails queued for the caller, by how they ended ('pending' not sent yet). Per email the
 * server keeps its kind, when it was queued and how it ended, never its text (written at sending)
 * nor the address; a confirmation keeps a short hash of the address it was asked for.
 */
export const ownEmailsSchema = z.object({ pending: z.number().int().nonnegative(), sent: z.number().int().nonnegative(), skipped: z.number().int().nonnegative(), failed: z.number().int().nonnegative() });
export type OwnEmails = z.infer<typeof ownEmailsSchema>;

/** Everything the board stores about the caller; presence is not stored, so it is not here. */
export const ownDataSchema = z.object({
  boardId: z.string(),
  participantId: z.string(),
  participant: ownParticipantSchema.nullable(),
  comments: z.array(ownCommentSchema),
  answers: z.array(ownAnswerSchema),
  history: z.array(ownHistorySchema),
  proposals: z.array(ownProposalSchema),
  cards: z.array(ownCardSchema),
  email: ownEmailSettingSchema.nullable(),
  notifications: z.object({ count: z.number().int().nonnegative(), list: z.array(ownNotificationSchema) }),
  emails: ownEmailsSchema,
});
export type OwnData = z.infer<typeof ownDataSchema>;

/** The word an erase request must carry, so no stray or replayed empty POST erases anything. */
export const ERASE_CONFIRMATION = 'erase';

/** POST /api/boards/<id>/me/erase */
export const eraseRequestSchema = z.object({ confirm: z.literal(ERASE_CONFIRMATION) }).strict();

/**
 * What one erasure did: comments newly removed, answers deleted from rounds not yet revealed,
 * answers in revealed rounds cut loose from the person, history entries no longer naming them,
 * saved proposals and live custom cards no longer holding their text or name, and whether a
 * participant record was blanked. Zero everywhere when there was nothing (left).
 */
export const erasureSchema = z.object({
  comments: z.number().int().nonnegative(),
  answersRemoved: z.number().int().nonnegative(),
  answersUnlinked: z.number().int().nonnegative(),
  historyEntries: z.number().int().nonnegative(),
  proposals: z.number().int().nonnegative(),
  cards: z.number().int().nonnegative(),
  participant: z.boolean(),
});
export type Erasure = z.infer<typeof erasureSchema>;

/**
 * What collectOwnData reads: the stored participant, the board's threads, its rounds with their
 * answers, history entries (with their board), the proposals and live cards that hold something
 * of theirs (see own-data-copies.ts), whom to look for in copies, and their email setting,
 * notifications (all of them, the caller's only) and emails by outcome.
 */
export type OwnDataSources = {
  participant: OwnParticipant | null;
  threads: readonly Thread[];
  rounds: readonly { round: RatingRound; answers: readonly RatingAnswer[] }[];
  history: readonly (Pick<HistoryEntry, 'seq' | 'at' | 'actors' | 'changes' | 'custom'> & { boardId: string })[];
  proposals: readonly OwnProposal[];
  cards: readonly OwnCard[];
  target: ErasureTarget;
  email: { address: string; lang: OwnEmailSetting['lang']; instant: boolean; digest: boolean; confirmedAt: string | null } | null;
  notifications: readonly Notification[];
  emails: OwnEmails;
};

/** The caller's own data out of what the board stores, and nothing of anyone else's. */
export function collectOwnData(boardId: string, participantId: string, src: OwnDataSources): OwnData {
  const comments = src.threads.flatMap((t) =>
    t.comments
      .filter((c) => c.author.participantId === participantId)
      .map((c) => ({ id: c.id, threadId: t.id, anchor: t.anchor, body: c.body, stance: c.stance, createdAt: c.createdAt, editedAt: c.editedAt, removedAt: c.removedAt })),
  );
  const answers = src.rounds.flatMap(({ round, answers: all }) => {
    const names = new Map(round.proposals.map((p) => [p.id, p.name]));
    return all
      .filter((a) => a.author.participantId === participantId)
      .map((a) => ({
        roundId: round.id,
        status: roundStatus(round),
        revealed: round.revealedAt !== null,
        proposal: a.proposal,
        proposalName: names.get(a.proposal) ?? a.proposal,
        criterion: a.criterion,
        value: a.value,
        reason: a.reason,
        at: a.at,
      }));
  });
  const history = src.history
    .filter((e) => historyNames(e, participantId, src.target.cardAuthor))
    .map((e) => ({ boardId: e.boardId, seq: e.seq, at: e.at, changes: e.changes.length }));
  const proposals = src.proposals.filter((p) => p.savedBy || p.threads > 0 || p.cards > 0);
  const email = src.email && { address: src.email.address, confirmed: src.email.confirmedAt !== null, lang: src.email.lang, instant: src.email.instant, digest: src.email.digest };
  const list = src.notifications.map((n) => ({ kind: n.kind, threadId: n.threadId, anchor: n.anchor, createdAt: n.createdAt, readAt: n.readAt }));
  return {
    boardId,
    participantId,
    participant: src.participant,
    comments,
    answers,
    history,
    proposals,
    cards: [...src.cards],
    email,
    notifications: { count: list.length, list },
    emails: { ...src.emails },
  };
}
