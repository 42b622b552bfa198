import * as z from 'zod/mini';

/**
 * The kinds of level a board column can be. `bindende-samarbeid` is inter-municipal cooperation the
 * kommuner are bound to, unlike the voluntary `interkommunalt`; `forsikring` is an insurer holding
 * the duty to provide (the committee's sketch 3).
 */
export const levelKindSchema = z.enum([
  'kommune',
  'fylkeskommune',
  'spesialisthelsetjenesten',
  'stat',
  'region',
  'interkommunalt',
  'delt',
  'bindende-samarbeid',
  'forsikring',
]);
export type LevelKind = z.infer<typeof levelKindSchema>;
