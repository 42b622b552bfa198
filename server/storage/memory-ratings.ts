import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import { blankPerson } from '@/lib/own-data';
import type { AnswerOutcome, RatingErasure, RatingStore } from './rating-store';
import { BoardMap } from './memory-board-map';

/** A board's rounds, its answers in arrival order, and the keys of the answered triples. */
type Board = { rounds: Map<string, RatingRound>; answers: RatingAnswer[]; answered: Set<string> };

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);
const answerKey = (a: RatingAnswer) => JSON.stringify([a.roundId, a.author.participantId, a.proposal, a.criterion]);

/** The RatingStore in memory: plain maps; each method runs to completion, so each check-and-write is atomic. */
export class MemoryRatings implements RatingStore {
  private readonly boards = new BoardMap<Board>(() => ({ rounds: new Map(), answers: [], answered: new Set() }));

  async createRound(round: RatingRound): Promise<boolean> {
    const { rounds } = this.boards.write(round.boardId);
    if (rounds.has(round.id)) throw new Error(`round ${round.id} already exists`);
    if ([...rounds.values()].some((r) => r.closedAt === null)) return false;
    rounds.set(round.id, copy(round));
    return true;
  }

  async listRounds(boardId: string): Promise<RatingRound[]> {
    return [...(this.boards.get(boardId)?.rounds.values() ?? [])].map(copy);
  }

  async getRound(boardId: string, roundId: string): Promise<RatingRound | null> {
    const r = this.boards.get(boardId)?.rounds.get(roundId);
    return r ? copy(r) : null;
  }

  async revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const r = this.boards.get(boardId)?.rounds.get(roundId);
    if (!r || r.revealedAt !== null || r.closedAt !== null) return null;
    r.revealedAt = at;
    return copy(r);
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const r = this.boards.get(boardId)?.rounds.get(roundId);
    if (!r || r.closedAt !== null) return null;
    r.closedAt = at;
    return copy(r);
  }

  async addAnswer(answer: RatingAnswer): Promise<AnswerOutcome> {
    const board = this.boards.get(answer.boardId);
    const round = board?.rounds.get(answer.roundId);
    if (!board || !round || round.revealedAt !== null || round.closedAt !== null) return 'not-open';
    const key = answerKey(answer);
    if (board.answered.has(key)) return 'taken';
    board.answered.add(key);
    board.answers.push(copy(answer));
    return 'added';
  }

  async listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]> {
    return (this.boards.get(boardId)?.answers ?? []).filter((a) => a.roundId === roundId).map(copy);
  }

  async eraseParticipant(boardId: string, participantId: string, standInId: string): Promise<RatingErasure> {
    const board = this.boards.get(boardId);
    const erasure: RatingErasure = { removed: 0, unlinked: 0, rounds: [] };
    if (!board) return erasure;
    const rounds = new Set<string>();
    const kept: RatingAnswer[] = [];
    for (const a of board.answers) {
      if (a.author.participantId !== participantId) {
        kept.push(a);
        continue;
      }
      rounds.add(a.roundId);
      board.answered.delete(answerKey(a));
      if (board.rounds.get(a.roundId)?.revealedAt == null) {
        erasure.removed++;
        continue;
      }
      const unlinked = { ...a, reason: '', author: { ...blankPerson(a.author), participantId: standInId } };
      board.answered.add(answerKey(unlinked));
      kept.push(unlinked);
      erasure.unlinked++;
    }
    board.answers = kept;
    return { ...erasure, rounds: [...rounds] };
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
