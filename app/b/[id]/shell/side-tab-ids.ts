/** The side panel's tabs in order; consequences is the default. */
export const SIDE_TAB_IDS = ['consequences', 'comments', 'proposals', 'history', 'workshop'] as const;
/** One of the side panel's tabs. */
export type SideTabId = (typeof SIDE_TAB_IDS)[number];
