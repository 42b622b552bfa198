import { sourceRegister } from './data/source-register';
import type { Lang } from '../i18n';
import type { Source, SourceEntry } from './schema';
import { SEEDS } from './seeds';

export { SEEDS };

const SEED = /^(\d{3})_[0-9a-f]+\.txt$/;

/** True when the ref names one of the seed files. */
export const isSeedRef = (ref: string) => SEED.test(ref);

/** The register's entry for a citation's document; undefined for a ref nobody registered. */
export const registeredSource = (ref: string): SourceEntry | undefined => (Object.hasOwn(sourceRegister, ref) ? sourceRegister[ref] : undefined);

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

/** A seed locator as a reader says it: "linje 534, 548–549" / "lines 534, 548–549". */
function seedLocator(ranges: [number, number][], lang: Lang): string {
  const list = ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
  if (lang === 'nb') return `linje ${list}`;
  return `${ranges.length === 1 && ranges[0]![0] === ranges[0]![1] ? 'line' : 'lines'} ${list}`;
}

/** A citation as a reader sees it: the document's title and the place in it, plus the URL of a web page. */
export type DescribedSource = { title: string; locator: string; url?: string };

/**
 * How to show a source: the register's title in `lang`, and the place in it (a seed's line range
 * in words; a web page's locator as written, in Bokmål, since it names Norwegian tables). A ref
 * missing from the register (the register test forbids it) falls back to the URL or "Ukjent kilde".
 */
export function describeSource(source: Source, lang: Lang = 'nb'): DescribedSource {
  const web = /^https?:\/\//.test(source.ref);
  const entry = registeredSource(source.ref);
  const title = entry?.title[lang] ?? (web ? source.ref : lang === 'nb' ? 'Ukjent kilde' : 'Unknown source');
  const ranges = isSeedRef(source.ref) ? seedLineRanges(source.locator) : null;
  const locator = ranges ? seedLocator(ranges, lang) : source.locator;
  return web ? { title, locator, url: source.ref } : { title, locator };
}

/** A citation on one line of plain text: "title, locator". */
export const sourceLabel = (source: Source, lang: Lang = 'nb'): string => {
  const d = describeSource(source, lang);
  return `${d.title}, ${d.locator}`;
};
