import { sourceRegister } from './data/source-register';
import type { Lang } from '../i18n';
import type { Source, SourceEntry } from './schema';
import { isSeedRef, SEEDS, seedLineRanges } from './seeds';

// Kept in seeds.ts so the schema and the data can use them without loading the register.
export { isSeedRef, SEEDS, seedLineRanges };


/** The register's entry for a citation's document; undefined for a ref nobody registered. */
export const registeredSource = (ref: string): SourceEntry | undefined => (Object.hasOwn(sourceRegister, ref) ? sourceRegister[ref] : undefined);


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
