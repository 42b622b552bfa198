import { z } from 'zod';
import type { Catalog } from '@/lib/catalog/schema';
import { DEFAULT_LANG, langSchema, type Lang } from '@/lib/i18n';
import { toProposalFile } from '@/lib/proposal-file';
import { proposalCsv } from '@/lib/proposal-csv';
import type { Proposal } from '@/lib/proposals';

/**
 * The export query: which file to make, and for the CSV the language of the spreadsheet it is
 * for (Bokmål: semicolons and decimal commas; English: commas and decimal points). The page
 * sends its own language; a link without one gets Bokmål.
 */
export const exportQuerySchema = z.object({ format: z.enum(['json', 'csv']), lang: z._default(langSchema, DEFAULT_LANG) });
export type ExportFormat = z.infer<typeof exportQuerySchema>['format'];

/** A file to send: its content type, an ASCII name, the exact name, and the text. */
export type ExportFile = { type: string; filename: string; utf8Name: string; body: string };

// Letters NFKD does not take apart into a base letter and a mark.
const FOLD: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L' };

/**
 * A file name that is safe in any header and on any disk, from a proposal name:
 * "Forslag Ø – nord" becomes "Forslag-O-nord". Falls back to "forslag" when nothing is left.
 */
export function asciiName(name: string): string {
  const folded = [...name].map((c) => FOLD[c] ?? c).join('').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const safe = folded.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80);
  return safe || 'forslag';
}

/**
 * The export of a proposal: the JSON proposal file, or the CSV of its responsibilities in the
 * dialect of `lang` (the JSON file is the same in every language). The CSV starts with a byte
 * order mark, without which Excel reads UTF-8 as Latin-1 and garbles æøå.
 */
export function exportProposal(p: Proposal, format: ExportFormat, boardTitle: string, catalog: Catalog, lang: Lang): ExportFile {
  const base = { filename: `${asciiName(p.name)}.${format}`, utf8Name: `${p.name}.${format}` };
  if (format === 'json') {
    return { ...base, type: 'application/json; charset=utf-8', body: `${JSON.stringify(toProposalFile(p, boardTitle, new Date().toISOString()), null, 2)}\n` };
  }
  return { ...base, type: 'text/csv; charset=utf-8; header=present', body: `\uFEFF${proposalCsv(p.content, catalog, lang)}` };
}
