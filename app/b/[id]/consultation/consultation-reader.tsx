'use client';
import { useEffect } from 'react';
import type { FeedSignals } from '../shell/feed-signals';
import { useConsultation, type ConsultationState } from './use-consultation';

type Props = { boardId: string; token: string; signals: FeedSignals | null; onState: (state: ConsultationState) => void };

/**
 * Reads the board's consultation rounds and hands the state up to the page, which provides it to
 * the strip and the composers. A component rather than a hook in the page, so its code can load
 * after the board is usable; renders nothing.
 */
export function ConsultationReader({ boardId, token, signals, onState }: Props) {
  const state = useConsultation(boardId, token, signals);
  useEffect(() => onState(state), [state, onState]);
  return null;
}
