// Kept apart from the engine so views that only name figures do not load the whole engine.

/** Ids of the figures that are kept per year: `moneyMoved:2022` never meets `moneyMoved:2023`. */
export const YEARLY_HEADLINES = ['moneyMoved', 'moneyReorganised', 'moneyToShared', 'moneyPayerOpen', 'staffMoved'] as const;

/** The key of one year's figure ("moneyMoved:2022"; board assumptions are "moneyMoved:antatt"). */
export const yearlyKey = (id: string, year: number | null | undefined) => `${id}:${year ?? 'antatt'}`;
