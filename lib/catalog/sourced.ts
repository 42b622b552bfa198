/**
 * True when a figure carries a sourced number, false for an explicit gap. Kept apart from the
 * schemas so the board's cards can ask without loading the catalog's validation.
 */
export const isSourced = <F extends { value: number } | { missing: string }>(f: F): f is Extract<F, { value: number }> => 'value' in f;
