import type { Catalog } from './catalog/schema';
import { describeSource } from './catalog/sources';
import type { ComparableContent } from './compare';
import { customFigure, indexAssumptions, indexCatalog, usedFigure, valueOf, type Measure, type UsedFigure } from './consequences/explain';
import { translator, type Lang } from './i18n';
import { erasedText } from './i18n/erased';
import { shownName } from './erased-name';

/**
 * A proposal as a spreadsheet: one row per responsibility (the catalog's, then the board's own),
 * with where it sits, whether that is a move, its figures and where each figure comes from.
 * Written for people who open it in Excel or LibreOffice, in Bokmål.
 */

/** The header row, in column order. */
export const CSV_HEADER = [
  'ansvar_id',
  'ansvar',
  'nivå_id',
  'nivå',
  'nivåtype',
  'nivåtype_i_dag',
  'flyttet',
  'kostnad_nok',
  'årsverk',
  'tallkilder',
] as const;

const MEASURE_LABEL: Record<Extract<Measure, 'cost' | 'staff'>, string> = { cost: 'kostnad', staff: 'årsverk' };

/** How cells are separated and how a decimal number is written. */
export type CsvDialect = { separator: ';' | ','; decimal: ',' | '.' };

/**
 * The dialect a spreadsheet in that language opens without an import dialog. Excel set to
 * Norwegian takes the comma as its decimal mark, so its list separator (and the CSV it reads
 * on a double click) is the semicolon; in English both are the usual comma and point.
 */
export function csvDialect(lang: Lang): CsvDialect {
  return lang === 'nb' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/**
 * One cell. A number is written plainly (no grouping, no formula can hide in it) with the
 * dialect's decimal mark. A text a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return that hides one) gets a leading apostrophe, so a hostile card name
 * stays text. A cell holding the separator, a quote or a line break is quoted per RFC 4180.
 */
export function csvCell(value: string | number | null, dialect: CsvDialect): string {
  let text: string;
  if (value === null) text = '';
  // Kroner and staff years lie well inside the range where String writes no exponent.
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  else text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const special = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return special ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 writes them, ending with a line break. */
export const csvText = (rows: readonly (readonly (string | number | null)[])[], dialect: CsvDialect): string =>
  rows.map((r) => r.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';

/** Where a figure comes from: "title, place" with a web page's address after it, or who assumed it. */
function describeFigure(measure: 'cost' | 'staff', used: UsedFigure): string | null {
  const label = MEASURE_LABEL[measure];
  switch (used.kind) {
    case 'sourced': {
      const d = describeSource(used.figure.source, 'nb');
      return `${label}: ${d.title}, ${d.locator}${d.url ? ` (${d.url})` : ''}`;
    }
    case 'assumption':
      return `${label}: antatt av ${shownName({ name: used.assumption.author }, translator(erasedText, 'nb')('erased.name'))}`;
    case 'missing':
    case 'cited':
      return null;
  }
}

/**
 * The CSV of a proposal's content against a catalog: header plus one row per catalog card and
 * per custom card, in the dialect of `lang` (see csvDialect). Numbers are plain (no grouping)
 * with that dialect's decimal mark, so a spreadsheet in that language reads them as numbers.
 */
export function proposalCsv(content: ComparableContent, catalog: Catalog, lang: Lang): string {
  const index = indexCatalog(catalog);
  const assumptions = indexAssumptions(content.assumptions);
  const levels = new Map(content.allocation.levels.map((l) => [l.id, l]));
  const placed = new Map(content.allocation.placements.map((p) => [p.responsibility, p.level]));
  const cards = [
    ...catalog.responsibilities.map((r) => ({ id: r.id, name: r.name.nb, baselineKind: r.baselineLevel, figure: (m: Measure) => usedFigure(r, m, assumptions) })),
    ...content.custom.map((c) => ({ id: c.id, name: c.name, baselineKind: c.baselineKind, figure: (m: Measure) => customFigure(c, m) })),
  ];
  const rows = cards.map((card) => {
    const level = levels.get(placed.get(card.id) ?? '');
    const [cost, staff] = [card.figure('cost'), card.figure('staff')];
    const sources = [describeFigure('cost', cost), describeFigure('staff', staff)].filter((s) => s !== null);
    return [
      card.id,
      card.name,
      level?.id ?? null,
      level ? (level.name ?? index.level.get(level.kind)?.name.nb ?? level.kind) : null,
      level?.kind ?? null,
      card.baselineKind,
      level && level.kind !== card.baselineKind ? 'ja' : 'nei',
      valueOf(cost),
      valueOf(staff),
      sources.join('; '),
    ];
  });
  return csvText([[...CSV_HEADER], ...rows], csvDialect(lang));
}
