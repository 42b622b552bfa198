'use client';
import { createContext } from 'react';
import type { FeedSignals } from './feed-signals';

/**
 * The board feed's signals for the parts of the page below it; null where no feed is open, and
 * then each part is read once when shown and on request only.
 */
export const FeedSignalsContext = createContext<FeedSignals | null>(null);
