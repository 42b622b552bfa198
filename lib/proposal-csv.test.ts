import { describe, expect, it } from 'vitest';
import { baselineAllocation } from './allocation';
import { catalog } from './catalog';
import type { Catalog } from './catalog/schema';
import { SEEDS, sourceLabel } from './catalog/sources';
import type { ComparableContent } from './compare';
import type { CustomCard } from './custom-cards';
import { parseCsv } from '@/tests/csv-reader';
import { CSV_HEADER, csvCell, csvDialect, proposalCsv } from './proposal-csv';


const HOSTILE_NAME = '=HYPERLINK("http://x","klikk"), og\n"mer"';
const hostile: CustomCard = { id: 'egen-abcd1234', name: HOSTILE_NAME, cost: 250_000_000, staff: 12.5, author: 'Ola, KS', note: '', baselineKind: 'kommune' };

/** Today's board with legevakt on a named specialist column and the hostile custom card on the state. */
function sample(): ComparableContent {
  const allocation = baselineAllocation(catalog);
  allocation.levels = allocation.levels.map((l) => (l.id === 'spesialisthelsetjenesten' ? { ...l, name: 'Helse Nord, sykehus' } : l));
  allocation.levels.push({ id: 'stat', kind: 'stat' });
  allocation.placements = allocation.placements.map((p) => (p.responsibility === 'legevakt' ? { ...p, level: 'spesialisthelsetjenesten' } : p));
  allocation.placements.push({ responsibility: hostile.id, level: 'stat', order: 'b' });
  return { allocation, custom: [hostile], assumptions: [{ responsibility: 'dps', measure: 'cost', value: 7_000_000_000, author: 'Kari (Helse Nord)', note: '' }] };
}

const byId = (rows: string[][]) => new Map(rows.slice(1).map((r) => [r[0]!, Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i]!]))]));
const NB = csvDialect('nb');
const EN = csvDialect('en');
/** The Bokmål export, as a Norwegian Excel reads it: semicolon separated. */
const nbRows = (content = sample(), c: Catalog = catalog) => byId(parseCsv(proposalCsv(content, c, 'nb'), ';'));

describe('proposalCsv', () => {
  it('has a header and exactly one row per catalog card and custom card, each with every column, in both languages', () => {
    for (const [lang, separator] of [['nb', ';'], ['en', ',']] as const) {
      const rows = parseCsv(proposalCsv(sample(), catalog, lang), separator);
      expect(rows[0]).toEqual([...CSV_HEADER]);
      expect(rows.slice(1).map((r) => r[0])).toEqual([...catalog.responsibilities.map((r) => r.id), hostile.id]);
      for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    }
  });

  it('gives where each card sits, whether it moved, its figures and their sources', () => {
    const rows = nbRows();
    const legevakt = catalog.responsibilities.find((r) => r.id === 'legevakt')!;
    const cost = legevakt.figures.cost as { value: number; source: { ref: string; locator: string } };
    expect(rows.get('legevakt')).toEqual({
      ansvar_id: 'legevakt',
      ansvar: 'Legevakt',
      nivå_id: 'spesialisthelsetjenesten',
      nivå: 'Helse Nord, sykehus',
      nivåtype: 'spesialisthelsetjenesten',
      nivåtype_i_dag: 'kommune',
      flyttet: 'ja',
      kostnad_nok: String(cost.value),
      årsverk: '',
      tallkilder: `kostnad: ${sourceLabel(cost.source)} (${cost.source.ref})`,
    });
    const fastlege = rows.get('fastlege')!;
    expect([fastlege.nivå, fastlege.nivåtype, fastlege.flyttet]).toEqual(['Kommune', 'kommune', 'nei']);
    const helsestasjon = rows.get('helsestasjon')!;
    expect(helsestasjon.årsverk).toBe('6994,3');
    expect(helsestasjon.tallkilder).toMatch(/^kostnad: SSB: .+ \(https:\/\/\S+\); årsverk: SSB: .+ \(https:\/\/\S+\)$/);
  });

  it('writes decimal commas in Bokmål and decimal points in English', () => {
    const en = byId(parseCsv(proposalCsv(sample(), catalog, 'en'), ','));
    expect([nbRows().get('helsestasjon')!.årsverk, en.get('helsestasjon')!.årsverk]).toEqual(['6994,3', '6994.3']);
    expect([nbRows().get(hostile.id)!.årsverk, en.get(hostile.id)!.årsverk]).toEqual(['12,5', '12.5']);
    // Apart from the separator and the decimal mark, the two files say the same.
    const plain = (rows: Map<string, Record<string, string>>) => [...rows.values()].map((r) => ({ ...r, årsverk: r.årsverk!.replace(',', '.') }));
    expect(plain(en)).toEqual(plain(nbRows()));
  });

  it('marks board assumptions and custom card figures as assumed, with their author', () => {
    const rows = nbRows();
    expect([rows.get('dps')!.kostnad_nok, rows.get('dps')!.tallkilder]).toEqual(['7000000000', 'kostnad: antatt av Kari (Helse Nord)']);
    expect(rows.get(hostile.id)).toMatchObject({
      nivå: 'Staten',
      nivåtype: 'stat',
      nivåtype_i_dag: 'kommune',
      flyttet: 'ja',
      kostnad_nok: '250000000',
      årsverk: '12,5',
      tallkilder: 'kostnad: antatt av Ola, KS; årsverk: antatt av Ola, KS',
    });
  });

  it('quotes the separator, quotes and line breaks, and defuses a name a spreadsheet would run as a formula', () => {
    for (const lang of ['nb', 'en'] as const) {
      const text = proposalCsv(sample(), catalog, lang);
      expect(byId(parseCsv(text, lang === 'nb' ? ';' : ',')).get(hostile.id)!.ansvar).toBe(`'${HOSTILE_NAME}`);
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""klikk""), og\n""mer"""`);
    }
    // The sources of a custom card hold "Ola, KS" and a "; " between them: quoted where that is the separator.
    expect(proposalCsv(sample(), catalog, 'nb')).toContain(';"kostnad: antatt av Ola, KS; årsverk: antatt av Ola, KS"\r\n');
    expect(proposalCsv(sample(), catalog, 'en')).toContain(',"kostnad: antatt av Ola, KS; årsverk: antatt av Ola, KS"\r\n');
  });

  it('cites a seed document by its title and line range, never its file name', () => {
    const seeded: Catalog = structuredClone(catalog);
    const card = seeded.responsibilities.find((r) => r.id === 'legevakt')!;
    card.figures.cost = { value: 5e9, unit: 'NOK', year: 2024, source: { ref: SEEDS.kdf, locator: 'L12-34' } };
    expect(nbRows(sample(), seeded).get('legevakt')!.tallkilder).toBe('kostnad: Kommunedirektørforum (Kdf): innspill til Helsereformutvalget (april 2026), linje 12–34');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['a,b', 'a,b', '"a,b"'],
    ['a;b', '"a;b"', 'a;b'],
    ['si "hei"', '"si ""hei"""', '"si ""hei"""'],
    ['to\nlinjer', '"to\nlinjer"', '"to\nlinjer"'],
    ['=1+1', "'=1+1", "'=1+1"],
    ['=1;2', `"'=1;2"`, "'=1;2"],
    ['+47 999', "'+47 999", "'+47 999"],
    ['-2', "'-2", "'-2"],
    ['@SUM(A1)', "'@SUM(A1)", "'@SUM(A1)"],
    ['\t=1', "'\t=1", "'\t=1"],
    ['a=b', 'a=b', 'a=b'],
  ])('writes %j as %j in Bokmål and %j in English', (value, nb, en) => {
    expect([csvCell(value, NB), csvCell(value, EN)]).toEqual([nb, en]);
  });

  it('writes numbers plainly with the decimal mark of the language, and null as an empty cell', () => {
    expect([csvCell(4_800_000_000, NB), csvCell(12.5, NB), csvCell(null, NB)]).toEqual(['4800000000', '12,5', '']);
    expect([csvCell(4_800_000_000, EN), csvCell(12.5, EN), csvCell(null, EN)]).toEqual(['4800000000', '12.5', '']);
  });

  it('writes a negative number as a number, since no formula can hide in one, and nothing for a number that is none', () => {
    expect([csvCell(-2.5, NB), csvCell(-2.5, EN), csvCell(Number.NaN, NB), csvCell(Infinity, EN)]).toEqual(['-2,5', '-2.5', '', '']);
  });
});
