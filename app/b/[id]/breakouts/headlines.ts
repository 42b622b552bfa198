/**
 * The headline figures a group's column shows, in this order: the five the consequence panel
 * leads with, so a group's figures read as the board's own do.
 */
export const HEADLINES = ['moneyMoved', 'staffMoved', 'handoffs', 'municipalitiesTooSmall', 'positionsContradicted'] as const;
