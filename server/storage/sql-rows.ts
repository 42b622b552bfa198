import * as z from 'zod/mini';
import { breakoutRecordSchema, type BreakoutRecord } from '@/lib/breakouts';
import { authorSchema, commentSchema, parseAnchorKey, participantSchema, threadSchema, type Comment, type Participant, type Thread } from '@/lib/comments';
import { historyEntrySchema, type HistoryEntry } from '@/lib/history';
import { proposalSchema, type Proposal } from '@/lib/proposals';
import { ratingAnswerSchema, ratingRoundSchema, type RatingAnswer, type RatingRound } from '@/lib/ratings';
import type { CommentRemoval } from './comment-store';
import type { BoardRecord } from './board-store';

// The row shapes the SQLite and PostgreSQL stores share, and their mapping to records. Rows go back
// through the lib schemas: a hand-edited or corrupted row fails loudly here rather than reaching
// every client as a malformed thread, proposal, round or group.

/** A row of the boards table, role key columns included (added by the fifth migration step). */
export type BoardRow = {
  id: string;
  title: string;
  template: string;
  key_version: number;
  facilitator_key: number;
  editor_key: number;
  commenter_key: number;
  viewer_key: number;
  created_at: string;
};

/** A board row as the record the rest of the server sees. */
export const toRecord = (r: BoardRow): BoardRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  keyVersion: r.key_version,
  roleKeys: { facilitator: r.facilitator_key, editor: r.editor_key, commenter: r.commenter_key, viewer: r.viewer_key },
  createdAt: r.created_at,
});

/** A row of the participants table. */
export type ParticipantRow = { participant_id: string; name: string; organisation: string; role: string };

/** A participants row as the participant who joined. */
export const toParticipant = (r: ParticipantRow): Participant =>
  participantSchema.parse({ participantId: r.participant_id, name: r.name, organisation: r.organisation, role: r.role });

/** A row of the threads table; resolved_by holds the resolver as JSON. */
export type ThreadRow = { id: string; board_id: string; anchor: string; status: string; created_at: string; resolved_at: string | null; resolved_by: string | null };

/** A row of the comments table; mentions holds a JSON array of participant ids. */
export type CommentRow = {
  id: string;
  thread_id: string;
  author_id: string;
  author_name: string;
  author_organisation: string;
  author_role: string;
  /** 1 or true when the author was signed in (a later migration step; SQLite answers a number, PostgreSQL a boolean). */
  author_verified: number | boolean;
  body: string;
  stance: string | null;
  mentions: string;
  created_at: string;
  edited_at: string | null;
  removed_at: string | null;
  removed_by: string | null;
};

/** A row of the comment_removals table; removed_by holds the remover as JSON. */
export type RemovalRow = { comment_id: string; thread_id: string; author_id: string; removed_by: string; removed_at: string };

/** A comments row as the comment the API delivers (removed ones keep their place). */
export const toComment = (r: CommentRow): Comment =>
  commentSchema.parse({
    id: r.id,
    threadId: r.thread_id,
    author: { participantId: r.author_id, name: r.author_name, organisation: r.author_organisation, role: r.author_role, ...(r.author_verified ? { verified: true } : {}) },
    body: r.body,
    stance: r.stance,
    mentions: JSON.parse(r.mentions),
    createdAt: r.created_at,
    editedAt: r.edited_at,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
  });

// Comments arrive parsed already; only the thread's own fields need checking.
const threadRecordSchema = z.omit(threadSchema, { comments: true });

/** A threads row with its comments, already in order, as one thread. */
export const toThread = (r: ThreadRow, comments: Comment[]): Thread => ({
  ...threadRecordSchema.parse({
    id: r.id,
    boardId: r.board_id,
    anchor: parseAnchorKey(r.anchor),
    status: r.status,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by === null ? null : JSON.parse(r.resolved_by),
  }),
  comments,
});

/** A comment_removals row as one line of the removal log. */
export const toRemoval = (r: RemovalRow): CommentRemoval => ({
  commentId: r.comment_id,
  threadId: r.thread_id,
  authorId: r.author_id,
  by: authorSchema.parse(JSON.parse(r.removed_by)),
  at: r.removed_at,
});

/** Groups a board's comments (in order) by thread, and answers its threads with theirs. */
export function threadsWithComments(threads: ThreadRow[], comments: CommentRow[]): Thread[] {
  const byThread = new Map<string, Comment[]>();
  for (const row of comments) {
    const list = byThread.get(row.thread_id) ?? [];
    list.push(toComment(row));
    byThread.set(row.thread_id, list);
  }
  return threads.map((t) => toThread(t, byThread.get(t.id) ?? []));
}

/** A row of the history table: the entry as JSON, its number apart. */
export type HistoryRow = { seq: number; data: string };

/** A proposals row as the proposal it stores. */
export const toProposal = (r: { data: string }): Proposal => proposalSchema.parse(JSON.parse(r.data));
/** A history row as the entry, numbered by its seq. */
export const toEntry = (r: HistoryRow): HistoryEntry => historyEntrySchema.parse({ ...JSON.parse(r.data), seq: r.seq });

/** A row of the rating_rounds table: the fixed part as JSON, the changing times apart. */
export type RoundRow = { board_id: string; id: string; data: string; revealed_at: string | null; closed_at: string | null };

/** A rating_rounds row as the round, its reveal and close times included. */
export const toRound = (r: RoundRow): RatingRound =>
  ratingRoundSchema.parse({ ...JSON.parse(r.data), boardId: r.board_id, id: r.id, revealedAt: r.revealed_at, closedAt: r.closed_at });
/** A rating_answers row as the answer it stores. */
export const toAnswer = (r: { data: string }): RatingAnswer => ratingAnswerSchema.parse(JSON.parse(r.data));

/** A row of the breakouts table. */
export type BreakoutRow = { parent_id: string; child_id: string; round: number; group_number: number; name: string; created_at: string };

/** A breakouts row as the group's record. */
export const toBreakout = (r: BreakoutRow): BreakoutRecord =>
  breakoutRecordSchema.parse({ parentId: r.parent_id, childId: r.child_id, round: r.round, group: r.group_number, name: r.name, createdAt: r.created_at });
