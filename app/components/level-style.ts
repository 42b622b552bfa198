import type { LevelKind } from '@/lib/catalog/schema';

/** One accent colour per kind of level, used on column headers and card edges. */
export const LEVEL_ACCENT: Record<LevelKind, string> = {
  kommune: 'border-kommune text-kommune',
  fylkeskommune: 'border-fylke text-fylke',
  spesialisthelsetjenesten: 'border-spesialist text-spesialist',
  stat: 'border-stat text-stat',
  region: 'border-region text-region',
  interkommunalt: 'border-interkommunalt text-interkommunalt',
  delt: 'border-delt text-delt',
  'bindende-samarbeid': 'border-bindende text-bindende',
  forsikring: 'border-forsikring text-forsikring',
};
