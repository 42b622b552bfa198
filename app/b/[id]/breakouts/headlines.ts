import { LEAD_HEADLINES } from '@/lib/headlines';

/**
 * The headline figures a group's column shows, in this order, by their keys among a group's
 * figures: the five the consequence panel leads with, so a group's figures read as the board's own do.
 */
export const HEADLINES = LEAD_HEADLINES.map((h) => h.key);
