import type { Catalog } from './catalog/schema';
import { describeSource } from './catalog/sources';
import type { ComparableContent } from './compare';
import { customFigure, indexAssumptions, indexCatalog, usedFigure, valueOf, type Measure, type UsedFigure } from './consequences/explain';

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

/**
 * One cell, quoted per RFC 4180 where it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
 * hides one) gets a leading apostrophe, so a hostile card name stays text.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 writes them, ending with a line break. */
export const csvText = (rows: readonly (readonly (string | number | null)[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Where a figure comes from: "title, place" with a web page's address after it, or who assumed it. */
function describeFigure(measure: 'cost' | 'staff', used: UsedFigure): string | null {
  const label = MEASURE_LABEL[measure];
  switch (used.kind) {
    case 'sourced': {
      const d = describeSource(used.figure.source, 'nb');
      return `${label}: ${d.title}, ${d.locator}${d.url ? ` (${d.url})` : ''}`;
    }
    case 'assumption':
      return `${label}: antatt av ${used.assumption.author}`;
    case 'missing':
    case 'cited':
      return null;
  }
}

/**
 * The CSV of a proposal's content against a catalog: header plus one row per catalog card and
 * per custom card. Numbers are plain (no grouping, dot decimals) so a spreadsheet reads them as numbers.
 */
export function proposalCsv(content: ComparableContent, catalog: Catalog): string {
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
  return csvText([[...CSV_HEADER], ...rows]);
}
