import { z } from 'zod';

/**
 * Display names and organisations as people type them into the join dialog. Others see them in
 * presence, comments and ratings, so a name must show something, and it must not reorder the
 * text around it.
 */

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A name holding one can
 * flip the rest of a line it is shown in ("Kari\u202Eredro" reads as "Kariorder"), so they are
 * removed from what is stored. The marks U+200E/U+200F stay: they change no order beyond their own.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Characters that draw nothing: zero-width spaces, joiners and marks (U+200B–U+200F), word joiner
 * and invisible operators (U+2060–U+2064), the byte-order mark (U+FEFF), the bidi controls, and
 * the fillers people paste for a "blank" name (soft hyphen, grapheme joiner, Hangul and braille
 * blanks). They may sit inside a name (ZWJ builds emoji, ZWNJ is spelling in some scripts) but
 * cannot be a name on their own.
 */
// The grapheme joiner and the Hangul vowel filler combine with what precedes them, so they sit
// outside the class, where they cannot be read as one combined character with their neighbour.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u00AD\u115F\u180E\u2800\u3164\uFFA0\s]|\u034F|\u1160/gu;

/** The text without bidi controls and without surrounding white space: what is stored and shown. */
export const cleanDisplayText = (text: string): string => text.replace(BIDI_CONTROLS, '').trim();

/** True when the text would show something: it holds a character other than white space and the invisible ones. */
export const isVisible = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;

const visibleMessage = 'must show at least one visible character; invisible and direction-changing characters do not count';

/** A display name: cleaned, then 1 to `max` characters of which at least one is visible. */
export const displayNameSchema = (max: number) =>
  z
    .string()
    .transform(cleanDisplayText)
    .pipe(z.string().max(max, `at most ${max} characters`).refine(isVisible, visibleMessage));

/** An optional text such as an organisation: cleaned; empty is fine, but text made only of invisible characters is not. */
export const optionalDisplayTextSchema = (max: number) =>
  z
    .string()
    .transform(cleanDisplayText)
    .pipe(z.string().max(max, `at most ${max} characters`).refine((s) => s === '' || isVisible(s), visibleMessage));
