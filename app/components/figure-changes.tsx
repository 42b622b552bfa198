'use client';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { describeDeltas, figureDeltas, formatFigureDelta, type FigureDelta, type FigureReading } from '@/lib/figure-delta';
import type { Lang } from '@/lib/i18n';

/** How long changed figures stay marked after the last change: long enough to find them on a projector. */
export const CHANGE_SHOWN_MS = 5000;

const Shown = createContext<ReadonlyMap<string, FigureDelta>>(new Map());

type Props = { readings: FigureReading[]; lang: Lang; children: ReactNode };

/**
 * Watches the panel's figures and, when they change (a move here or on another screen), marks the
 * changed ones with their change for a few seconds and says so once in a polite live region. The
 * figures the panel first shows are where it starts from, never a change. Changes that follow
 * each other while marked add up from the figures before the first of them.
 */
export function FigureChanges({ readings, lang, children }: Props) {
  const [shown, setShown] = useState<ReadonlyMap<string, FigureDelta>>(new Map());
  const [message, setMessage] = useState('');
  const previous = useRef<FigureReading[] | null>(null);
  const since = useRef<FigureReading[] | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = readings;
    if (!before) return;
    const step = figureDeltas(before, readings);
    if (step.length === 0) return;
    since.current ??= before;
    setShown(new Map(figureDeltas(since.current, readings).map((d) => [d.id, d])));
    // Only this change is read out; what is still marked from a change a moment ago was said then.
    const said = describeDeltas(step.filter((d) => d.announce), lang);
    if (said) setMessage(said);
  }, [readings, lang]);

  useEffect(() => {
    if (shown.size === 0 && !message) return;
    const timer = setTimeout(() => {
      since.current = null;
      setShown(new Map());
      // Emptied, so the same sentence after the next change is heard again.
      setMessage('');
    }, CHANGE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown, message]);

  return (
    <Shown.Provider value={shown}>
      {children}
      <div role="status" aria-live="polite" className="sr-only" data-testid="figure-announcer">
        {message}
      </div>
    </Shown.Provider>
  );
}

/**
 * One figure as shown, marked while it has just changed, with its change beside it in its own
 * unit. Without motion where the reader asked for less; the change is written either way.
 */
export function ChangedFigure({ id, lang, children }: { id: string; lang: Lang; children: ReactNode }) {
  const delta = useContext(Shown).get(id);
  // The change is an inline block so it moves to the next line whole rather than splitting "mrd. kr".
  return (
    <>
      <span
        data-testid="figure-value"
        data-figure={id}
        data-changed={delta ? 'true' : undefined}
        className={`rounded motion-safe:transition-colors motion-safe:duration-700 ${delta ? 'bg-yellow-200 ring-2 ring-yellow-400' : ''}`}
      >
        {children}
      </span>
      {delta ? (
        <span data-testid="figure-delta" data-figure={id} className="ml-1 inline-block rounded bg-yellow-200 px-1 text-sm font-semibold text-slate-900">
          {formatFigureDelta(delta, lang)}
        </span>
      ) : null}
    </>
  );
}
