import type { Source } from './schema';

/** The five seed documents' file names, the `ref` of every seed citation. */
export const SEEDS = {
  kdf: '000_89b3729a7cdcc42a.txt',
  kommunedirektorer: '001_a259686754a8bca0.txt',
  ks: '002_4a1fd5a7b6c57900.txt',
  stmeld47: '003_03a073444dacd5b0.txt',
  utvalget: '004_d99db576314eb3e0.txt',
} as const;

/** Short titles for the five seed documents, by the number their file name starts with. */
export const SEED_TITLES: Record<string, string> = {
  '000': 'Kdf: innspill til Helsereformutvalget (2026)',
  '001': 'Kommunedirektørene: notat til Helsereformutvalget',
  '002': 'KS: innspill til helsereformen (2026)',
  '003': 'St.meld. nr. 47 (2008–2009) Samhandlingsreformen',
  '004': 'Helsereformutvalget: lysark om modeller',
};

const SEED = /^(\d{3})_[0-9a-f]+\.txt$/;

/** How to show a source: a readable label, and the URL when it is a web page. */
export function describeSource(source: Source): { label: string; url?: string } {
  const seed = SEED.exec(source.ref);
  if (seed) return { label: `${SEED_TITLES[seed[1]!] ?? source.ref}, ${source.locator}` };
  if (/^https?:\/\//.test(source.ref)) {
    const host = new URL(source.ref).hostname.replace(/^www\./, '');
    return { label: `${host}: ${source.locator}`, url: source.ref };
  }
  return { label: `${source.ref}, ${source.locator}` };
}

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

/** True when the ref names one of the seed files. */
export const isSeedRef = (ref: string) => SEED.test(ref);
