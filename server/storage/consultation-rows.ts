import { consultationSchema, type Consultation } from '@/lib/consultation';

/**
 * A row of the consultations table (SQLite and PostgreSQL alike): the fixed part as JSON, the
 * deadline and close time apart, so extending or closing is one conditional UPDATE.
 */
export type ConsultationRow = { board_id: string; id: string; data: string; deadline: string; closed_at: string | null };

/** The columns a ConsultationRow is read from, in the order writes give them. */
export const CONSULTATION_COLUMNS = 'board_id, id, data, deadline, closed_at';

/** A row as the round, read through the lib schema so a damaged row throws here rather than reaching a page. */
export const toConsultation = (r: ConsultationRow): Consultation =>
  consultationSchema.parse({ ...JSON.parse(r.data), boardId: r.board_id, id: r.id, deadline: r.deadline, closedAt: r.closed_at });

/** The row's values for a round, in CONSULTATION_COLUMNS order. */
export function consultationValues(round: Consultation): [string, string, string, string, string | null] {
  const { id, boardId, deadline, closedAt, ...fixed } = round;
  return [boardId, id, JSON.stringify(fixed), deadline, closedAt];
}

/** Whether the newest round (as a row) still takes input at `now`: not closed and its deadline ahead. */
export const stillOpen = (newest: Pick<ConsultationRow, 'deadline' | 'closed_at'> | undefined, now: string): boolean =>
  newest !== undefined && newest.closed_at === null && Date.parse(newest.deadline) > Date.parse(now);
