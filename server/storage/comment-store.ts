import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import type { OwnParticipant } from '@/lib/own-data';

/** A thread without its comments: what createThread stores besides the opening comment. */
export type ThreadRecord = Omit<Thread, 'comments'>;

/** One line of a board's removal log: whose comment was removed, by whom, and when. */
export type CommentRemoval = { commentId: string; threadId: string; authorId: string; by: Author; at: string };

/**
 * Comment threads, their participants and the removal log. The server is the only writer:
 * every author, time and id arrives already decided and validated. Comments keep their order
 * of arrival within a thread, threads theirs within a board.
 */
export interface CommentStore {
  /**
   * Records a participant who joined the board; true when new, or when the id's record was erased
   * (blank) and takes this name and organisation; false when the id was there already with a name.
   */
  addParticipant(boardId: string, participant: Participant, at: string): Promise<boolean>;
  /** Everyone who joined the board, in order of joining. */
  listParticipants(boardId: string): Promise<Participant[]>;
  /** Stores a new thread with its opening comment, in one transaction. */
  createThread(thread: ThreadRecord, first: Comment): Promise<void>;
  /** Appends a reply to `comment.threadId`; false when the board has no such thread. */
  addComment(boardId: string, comment: Comment): Promise<boolean>;
  /** One comment, removed or not; null when the board has none with that id. */
  getComment(boardId: string, commentId: string): Promise<Comment | null>;
  /** Replaces a comment's body and mentions and sets editedAt; false when missing or removed. */
  editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean>;
  /**
   * Removes a comment softly (empty body, no stance or mentions, removedAt set; removedBy set
   * only when `by` is not the author) and appends to the removal log; false when missing or removed.
   */
  removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean>;
  /** The board's removal log, oldest first. */
  listRemovals(boardId: string): Promise<CommentRemoval[]>;
  /**
   * Resolves (recording who and when) or reopens (clearing both) a thread; setting the status
   * it already has changes nothing. False when the board has no such thread.
   */
  setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean>;
  /** A thread with its comments in order, or null. */
  getThread(boardId: string, threadId: string): Promise<Thread | null>;
  /** Every thread of the board with its comments, oldest thread first. */
  listThreads(boardId: string): Promise<Thread[]>;
  /** How many comments the board holds, removed ones included (they keep their row). */
  countComments(boardId: string): Promise<number>;
  /** One participant of the board with the time they first joined, or null. */
  getParticipant(boardId: string, participantId: string): Promise<OwnParticipant | null>;
  /**
   * Erases a participant's part, in one transaction: each of their comments not yet removed is
   * removed as by removeComment (by themselves, logged); their name and organisation are blanked
   * (see ERASED_NAME) on their participant record, on every comment they wrote, on removals they
   * made and on threads they resolved. Running it again blanks nothing new and removes nothing.
   */
  eraseParticipant(boardId: string, participantId: string, at: string): Promise<CommentErasure>;
}

/** What eraseParticipant did: comments newly removed, the threads it touched, and whether a participant record was there. */
export type CommentErasure = { removed: number; threads: string[]; participant: boolean };
