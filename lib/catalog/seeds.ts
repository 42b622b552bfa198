/**
 * The five seed documents' file names, the `ref` of every seed citation. They live apart from
 * sources.ts so the source register can key on them without an import cycle.
 */
export const SEEDS = {
  kdf: '000_89b3729a7cdcc42a.txt',
  kommunedirektorer: '001_a259686754a8bca0.txt',
  ks: '002_4a1fd5a7b6c57900.txt',
  stmeld47: '003_03a073444dacd5b0.txt',
  utvalget: '004_d99db576314eb3e0.txt',
} as const;

const SEED = /^(\d{3})_[0-9a-f]+\.txt$/;

/** True when the ref names one of the seed files. */
export const isSeedRef = (ref: string) => SEED.test(ref);

/** Parses a seed locator ("L12-34, L40") into inclusive line ranges; null when it is not one. */
export function seedLineRanges(locator: string): [number, number][] | null {
  const parts = locator.split(/,\s*/);
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const m = /^L(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    ranges.push([from, m[2] ? Number(m[2]) : from]);
  }
  return ranges;
}
