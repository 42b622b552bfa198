'use client';
import { createContext, useContext } from 'react';
import type { ConsultationState } from './use-consultation';

// Apart from the hook that reads the rounds, which loads once the board is usable (see
// consultation-reader.tsx): the board's first load carries only this.

/** The state for the parts of the page below the board (strip, composers, the Verksted tab); null where none is provided or before the first read. */
export const ConsultationContext = createContext<ConsultationState | null>(null);

/** The consultation state from the nearest provider. */
export const useConsultationState = (): ConsultationState | null => useContext(ConsultationContext);
