import { anchorKey, type Anchor, type Comment, type Thread } from './comments';
import type { Lang } from './i18n';
import { actorOf } from './input-summary';
import { instantToOslo } from './oslo-time';
import { csvDialect, csvText } from './proposal-csv';

/**
 * The written input as a spreadsheet: one row per comment that is not removed, in thread order,
 * in the language's CSV dialect (semicolons in Bokmål), with the cells proposal-csv.ts writes, so
 * a comment starting with = stays text. Opened by a secretariat in Excel or LibreOffice.
 */

/** The header row per language, in column order. */
export const INPUT_CSV_HEADER: Record<Lang, readonly string[]> = {
  nb: ['tid', 'aktør', 'navn', 'verifisert', 'ansvar_eller_anker', 'standpunkt', 'tekst', 'tråd', 'status'],
  en: ['time', 'actor', 'name', 'verified', 'responsibility_or_anchor', 'stance', 'text', 'thread', 'status'],
};

const WORDS: Record<Lang, { yes: string; no: string; open: string; resolved: string; stance: Record<NonNullable<Comment['stance']>, string> }> = {
  nb: { yes: 'ja', no: 'nei', open: 'åpen', resolved: 'løst', stance: { for: 'for', against: 'mot', question: 'spørsmål', neutral: 'nøytral' } },
  en: { yes: 'yes', no: 'no', open: 'open', resolved: 'resolved', stance: { for: 'for', against: 'against', question: 'question', neutral: 'neutral' } },
};

/** A time as "2025-03-04 14:05" on the clock in Oslo, which both spreadsheets read as a date and time. */
export function osloTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const { date, time } = instantToOslo(ms);
  return `${date} ${time}`;
}

/** How the file names what a thread is about: the caller's label, or the anchor key where it has none. */
export type AnchorLabel = (anchor: Anchor, lang: Lang) => string | null;

/**
 * The CSV of the threads' comments. `thread` is the thread's id, the same id the board's input
 * view links by: a link that opens the thread would need the board's access key, which a file
 * that is passed around must not carry. `filter` scopes the rows as summariseInput's does.
 */
export function inputCsv(threads: Iterable<Thread>, lang: Lang, label: AnchorLabel = () => null, filter: (t: Thread, c: Comment) => boolean = () => true): string {
  const w = WORDS[lang];
  const rows: (string | null)[][] = [[...INPUT_CSV_HEADER[lang]]];
  for (const t of threads) {
    const about = label(t.anchor, lang) ?? anchorKey(t.anchor);
    for (const c of t.comments) {
      if (c.removedAt || !filter(t, c)) continue;
      const actor = actorOf(c.author);
      rows.push([
        osloTime(c.createdAt),
        actor.kind === 'organisation' ? actor.spelling : '',
        c.author.name,
        c.author.verified ? w.yes : w.no,
        about,
        c.stance ? w.stance[c.stance] : '',
        c.body,
        t.id,
        t.status === 'open' ? w.open : w.resolved,
      ]);
    }
  }
  return csvText(rows, csvDialect(lang));
}
