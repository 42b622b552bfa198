'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { endsAt, type Consultation, type ConsultationsAnswer } from '@/lib/consultation';
import type { FeedSignals } from '../shell/feed-signals';
import type { ApiProblem } from '../shell/api';
import { coalesced } from '../shell/coalesced';
import { consultationApi, type ConsultationApi, type RoundAnswer } from './consultation-api';

/**
 * The board's consultation rounds as this page last read them, with the gap between the server's
 * clock and this device's (`offset`, server minus local, in ms) measured on arrival, as the
 * workshop timer does: a deadline passes at the same instant on every screen whatever its clock says.
 */
export type ConsultationState = {
  api: ConsultationApi;
  rounds: readonly Consultation[] | null;
  /** The newest round, which alone decides what commenting is refused; null when there is none (or before the first read). */
  current: Consultation | null;
  offset: number;
  problem: ApiProblem | null;
  refresh: () => Promise<void>;
  /** Shows an action's answer at once, before the feed's signal brings the read. */
  apply: (answer: RoundAnswer) => void;
};

export { ConsultationContext, useConsultationState } from './consultation-context';

/**
 * Reads the rounds on mount, whenever the live feed says they changed, and when it reconnects;
 * never on a timer. Unlike the parts in the side tabs it reads whether or not anything about it is
 * on screen: every composer on the page needs to know whether the round has closed.
 */
export function useConsultation(boardId: string, token: string, signals: FeedSignals | null): ConsultationState {
  const api = useMemo(() => consultationApi(boardId, token), [boardId, token]);
  const [answer, setAnswer] = useState<(ConsultationsAnswer & { offset: number }) | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const generation = useRef(0);

  const read = useMemo(
    () =>
      coalesced(async () => {
        const n = generation.current;
        const r = await api.list();
        if (n !== generation.current) return;
        if (r.ok) {
          setAnswer({ ...r.value, offset: r.value.serverNow - Date.now() });
          setProblem(null);
        } else setProblem(r.problem);
      }),
    [api],
  );
  const refresh = useCallback(() => read(), [read]);

  useEffect(() => {
    void read();
    const off = signals?.on('consultations', () => void read());
    const counter = generation;
    return () => {
      off?.();
      // A late answer after unmount must not set state.
      counter.current++;
    };
  }, [read, signals]);

  const apply = useCallback((a: RoundAnswer) => {
    generation.current++;
    setAnswer((prev) => {
      const rounds = [...(prev?.rounds ?? []).filter((r) => r.id !== a.round.id), a.round].sort((x, y) => (x.openedAt < y.openedAt ? -1 : 1));
      return { rounds, current: rounds.at(-1) ?? null, serverNow: a.serverNow, offset: a.serverNow - Date.now() };
    });
  }, []);

  return useMemo(
    () => ({ api, rounds: answer?.rounds ?? null, current: answer?.current ?? null, offset: answer?.offset ?? 0, problem, refresh, apply }),
    [api, answer, problem, refresh, apply],
  );
}

const MINUTE = 60_000;

/**
 * The server's clock as this page estimates it (epoch ms), re-rendering once a minute and at the
 * instant the current round ends, so the time left and the closed composer change on time.
 */
export function useServerNow(state: ConsultationState | null): number {
  const offset = state?.offset ?? 0;
  const end = state?.current ? endsAt(state.current) : null;
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now() + offset;
      setNow(at);
      // The next whole minute of the time left, or the end itself when sooner: never later than either.
      const untilEnd = end !== null && end > at ? end - at : Infinity;
      const untilMinute = end !== null && end > at ? (end - at) % MINUTE || MINUTE : MINUTE;
      timer = setTimeout(tick, Math.max(50, Math.min(untilEnd, untilMinute)));
    };
    tick();
    return () => clearTimeout(timer);
  }, [offset, end]);
  return now;
}
