import type { MissingFigure, Source } from '../schema';

/** A citation: a seed file with a line range, or a URL with a place on that page. */
export const cite = (ref: string, locator: string): Source => ({ ref, locator });

/** An explicit gap, with why no figure is given, in both languages. */
export const gap = (nb: string, en: string): MissingFigure => ({ missing: 'no sourced figure', note: { nb, en } });
