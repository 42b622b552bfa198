import * as z from 'zod/mini';

/**
 * How the board page is laid out on this device: which layout a viewport width gets, and the
 * side panel's remembered state (open or collapsed, width) and the compact cards choice.
 */

/** Below this width (CSS px) the board shows one column at a time and the panel as a bottom sheet. */
export const PHONE_MAX_WIDTH = 639;

/** The board page's two layouts. */
export type BoardLayout = 'phone' | 'wide';

/** The layout for a viewport this wide. */
export const layoutFor = (viewportWidth: number): BoardLayout => (viewportWidth <= PHONE_MAX_WIDTH ? 'phone' : 'wide');

/** The side panel's width bounds and default (CSS px): wide enough for its tables, never the whole screen. */
export const PANEL_WIDTH = { min: 320, max: 960, default: 480 } as const;

// The columns keep at least this much beside an open panel, two readable columns.
const BOARD_MIN = 440;

/** Until someone chooses, the panel starts open where the columns still get room beside it. */
export const defaultPanelOpen = (viewportWidth: number): boolean => viewportWidth >= 1200;

/** The widest the panel may be on a viewport this wide: never squeezing the columns below two. */
export const maxPanelWidth = (viewportWidth: number): number => Math.max(PANEL_WIDTH.min, Math.min(PANEL_WIDTH.max, viewportWidth - BOARD_MIN));

/** A width brought within the bounds for this viewport, in whole pixels. */
export const clampPanelWidth = (width: number, viewportWidth: number): number => Math.round(Math.min(maxPanelWidth(viewportWidth), Math.max(PANEL_WIDTH.min, width)));

/** What a device remembers. `open` is absent until someone opens or collapses the panel. */
export type LayoutPrefs = { open?: boolean; width: number; compact: boolean };

export const DEFAULT_PREFS: LayoutPrefs = { width: PANEL_WIDTH.default, compact: true };

// Each field on its own: one bad value (an old version, a hand edit) drops only that field.
const storedPrefs = z.object({
  open: z.catch(z.optional(z.boolean()), undefined),
  width: z.catch(z.optional(z.number().check(z.int(), z.minimum(PANEL_WIDTH.min), z.maximum(PANEL_WIDTH.max))), undefined),
  compact: z.catch(z.optional(z.boolean()), undefined),
});

/** Reads stored prefs; anything missing, malformed or out of bounds falls back to the default. */
export function parseLayoutPrefs(raw: string | null): LayoutPrefs {
  if (!raw) return DEFAULT_PREFS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // Not JSON (a hand edit or another version's format): start from the defaults.
    return DEFAULT_PREFS;
  }
  const parsed = storedPrefs.safeParse(json);
  if (!parsed.success) return DEFAULT_PREFS;
  const { open, width, compact } = parsed.data;
  return { ...(open === undefined ? {} : { open }), width: width ?? DEFAULT_PREFS.width, compact: compact ?? DEFAULT_PREFS.compact };
}

/** The stored form of prefs. */
export const serializeLayoutPrefs = (prefs: LayoutPrefs): string => JSON.stringify(prefs);

// Small steps for fine tuning, big ones with Shift, as sliders usually do.
const STEP = 16;
const BIG_STEP = 64;

/**
 * The panel width after a key on the resize handle, which sits on the panel's left edge:
 * ArrowLeft widens, ArrowRight narrows, Home and End go to the bounds. Null for other keys.
 */
export function panelWidthAfterKey(width: number, key: string, shift: boolean, viewportWidth: number): number | null {
  const step = shift ? BIG_STEP : STEP;
  const next = { ArrowLeft: width + step, ArrowRight: width - step, Home: PANEL_WIDTH.min, End: maxPanelWidth(viewportWidth) }[key];
  return next === undefined ? null : clampPanelWidth(next, viewportWidth);
}
