import type { Consultation } from '@/lib/consultation';
import type { ConsultationStore } from './consultation-store';
import { BoardMap } from './memory-board-map';

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);
const openAt = (r: Consultation | undefined, now: string) => r !== undefined && r.closedAt === null && Date.parse(r.deadline) > Date.parse(now);

/** The ConsultationStore in memory: each board's rounds in order; each method runs to completion, so each check-and-write is atomic. */
export class MemoryConsultations implements ConsultationStore {
  private readonly boards = new BoardMap<Consultation[]>(() => []);

  async openRound(round: Consultation, now: string): Promise<boolean> {
    const rounds = this.boards.read(round.boardId);
    if (rounds.some((r) => r.id === round.id)) throw new Error(`consultation ${round.id} already exists`);
    if (openAt(rounds.at(-1), now)) return false;
    this.boards.write(round.boardId).push(copy(round));
    return true;
  }

  async listRounds(boardId: string): Promise<Consultation[]> {
    return this.boards.read(boardId).map(copy);
  }

  async currentRound(boardId: string): Promise<Consultation | null> {
    const newest = this.boards.get(boardId)?.at(-1);
    return newest ? copy(newest) : null;
  }

  /** The newest round if it is `roundId` and not closed: the only one that may change. */
  private changeable(boardId: string, roundId: string): Consultation | null {
    const newest = this.boards.get(boardId)?.at(-1);
    return newest && newest.id === roundId && newest.closedAt === null ? newest : null;
  }

  async extendRound(boardId: string, roundId: string, deadline: string): Promise<Consultation | null> {
    const r = this.changeable(boardId, roundId);
    if (!r) return null;
    r.deadline = deadline;
    return copy(r);
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<Consultation | null> {
    const r = this.changeable(boardId, roundId);
    if (!r) return null;
    r.closedAt = at;
    return copy(r);
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
