import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import { blankPerson, isErasedName, type OwnParticipant } from '@/lib/own-data';
import type { CommentErasure, CommentRemoval, CommentStore, ThreadRecord } from './comment-store';
import { BoardMap } from './memory-board-map';

type Board = { participants: Map<string, Participant>; threads: Map<string, ThreadRecord>; comments: Map<string, Comment>; removals: CommentRemoval[]; joinedAt: Map<string, string> };

const emptyBoard = (): Board => ({ participants: new Map(), threads: new Map(), comments: new Map(), removals: [], joinedAt: new Map() });

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);

/** The CommentStore in memory: plain maps, insertion order as arrival order. */
export class MemoryComments implements CommentStore {
  private readonly boards = new BoardMap<Board>(emptyBoard);

  // A Map keeps insertion order, so the join time is kept only for the participant to read back.
  async addParticipant(boardId: string, participant: Participant, at: string): Promise<boolean> {
    const { participants, joinedAt } = this.boards.write(boardId);
    const known = participants.get(participant.participantId);
    if (known && !isErasedName(known.name)) return false;
    if (known) {
      participants.set(participant.participantId, { ...known, name: participant.name, organisation: participant.organisation });
      return true;
    }
    participants.set(participant.participantId, copy(participant));
    joinedAt.set(participant.participantId, at);
    return true;
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    return [...this.boards.read(boardId).participants.values()].map(copy);
  }

  async createThread(thread: ThreadRecord, first: Comment): Promise<void> {
    const board = this.boards.write(thread.boardId);
    if (board.threads.has(thread.id)) throw new Error(`thread ${thread.id} already exists`);
    if (board.comments.has(first.id)) throw new Error(`comment ${first.id} already exists`);
    board.threads.set(thread.id, copy(thread));
    board.comments.set(first.id, copy(first));
  }

  async addComment(boardId: string, comment: Comment): Promise<boolean> {
    const board = this.boards.write(boardId);
    if (!board.threads.has(comment.threadId)) return false;
    if (board.comments.has(comment.id)) throw new Error(`comment ${comment.id} already exists`);
    board.comments.set(comment.id, copy(comment));
    return true;
  }

  async getComment(boardId: string, commentId: string): Promise<Comment | null> {
    const c = this.boards.read(boardId).comments.get(commentId);
    return c ? copy(c) : null;
  }

  async editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    const c = this.boards.write(boardId).comments.get(commentId);
    if (!c || c.removedAt) return false;
    Object.assign(c, { body, mentions: [...mentions], editedAt: at });
    return true;
  }

  async removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean> {
    const board = this.boards.write(boardId);
    const c = board.comments.get(commentId);
    if (!c || c.removedAt) return false;
    const removedBy = by.participantId === c.author.participantId ? null : by.participantId;
    Object.assign(c, { body: '', stance: null, mentions: [], removedAt: at, removedBy });
    board.removals.push({ commentId, threadId: c.threadId, authorId: c.author.participantId, by: copy(by), at });
    return true;
  }

  async listRemovals(boardId: string): Promise<CommentRemoval[]> {
    return this.boards.read(boardId).removals.map(copy);
  }

  async setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean> {
    const t = this.boards.write(boardId).threads.get(threadId);
    if (!t) return false;
    if (t.status === status) return true;
    const resolved = status === 'resolved';
    Object.assign(t, { status, resolvedAt: resolved ? at : null, resolvedBy: resolved ? copy(by) : null });
    return true;
  }

  async getThread(boardId: string, threadId: string): Promise<Thread | null> {
    const board = this.boards.read(boardId);
    const t = board.threads.get(threadId);
    return t ? { ...copy(t), comments: [...board.comments.values()].filter((c) => c.threadId === threadId).map(copy) } : null;
  }

  async listThreads(boardId: string): Promise<Thread[]> {
    const board = this.boards.read(boardId);
    const byThread = new Map<string, Comment[]>([...board.threads.keys()].map((id) => [id, []]));
    for (const c of board.comments.values()) byThread.get(c.threadId)?.push(copy(c));
    return [...board.threads.values()].map((t) => ({ ...copy(t), comments: byThread.get(t.id) ?? [] }));
  }

  async countComments(boardId: string): Promise<number> {
    return this.boards.read(boardId).comments.size;
  }

  async getParticipant(boardId: string, participantId: string): Promise<OwnParticipant | null> {
    const board = this.boards.read(boardId);
    const p = board.participants.get(participantId);
    return p ? { ...copy(p), joinedAt: board.joinedAt.get(participantId) ?? '' } : null;
  }

  async eraseParticipant(boardId: string, participantId: string, at: string): Promise<CommentErasure> {
    const board = this.boards.get(boardId);
    if (!board) return { removed: 0, threads: [], participant: false };
    const threads = new Set<string>();
    let removed = 0;
    const p = board.participants.get(participantId);
    if (p) Object.assign(p, blankPerson(p));
    for (const c of board.comments.values()) {
      if (c.author.participantId !== participantId) continue;
      if (c.removedAt && isErasedName(c.author.name) && isErasedName(c.author.organisation)) continue;
      threads.add(c.threadId);
      c.author = blankPerson(c.author);
      if (c.removedAt) continue;
      Object.assign(c, { body: '', stance: null, mentions: [], removedAt: at, removedBy: null });
      board.removals.push({ commentId: c.id, threadId: c.threadId, authorId: participantId, by: copy(c.author), at });
      removed++;
    }
    for (const r of board.removals) if (r.by.participantId === participantId) r.by = blankPerson(r.by);
    for (const t of board.threads.values()) {
      if (t.resolvedBy?.participantId !== participantId || (isErasedName(t.resolvedBy.name) && isErasedName(t.resolvedBy.organisation))) continue;
      t.resolvedBy = blankPerson(t.resolvedBy);
      threads.add(t.id);
    }
    return { removed, threads: [...threads], participant: p !== undefined };
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
