/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import * as law from '../consequences/law';
import { rawCatalog } from './index';
import { sourceRegister } from './data/source-register';
import { sourceEntrySchema, type Source } from './schema';
import { describeSource, registeredSource, SEEDS, sourceLabel } from './sources';

/** Every `{ ref, locator }` object anywhere inside a value, however deep. */
function collectSources(value: unknown, into: Source[] = [], seen = new Set<object>()): Source[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.ref === 'string' && typeof o.locator === 'string') into.push({ ref: o.ref, locator: o.locator });
  for (const v of Array.isArray(value) ? value : Object.values(o)) collectSources(v, into, seen);
  return into;
}

const unregistered = (sources: Source[]) => [...new Set(sources.map((s) => s.ref))].filter((ref) => !registeredSource(ref));

// Every module in data/, not only what the catalog wires in yet: a card file still being written
// is held to the register too. The engine's own citations (law changes) count as well.
const DATA: Record<string, unknown> = import.meta.glob(['./data/*.ts', '!./data/*.test.ts'], { eager: true });
const everyCitedSource = (): Source[] => collectSources([rawCatalog, DATA, law]);

describe('the source register', () => {
  it('describes every document in the shape its schema gives', () => {
    for (const [ref, entry] of Object.entries(sourceRegister)) expect(sourceEntrySchema.safeParse(entry).success, ref).toBe(true);
  });

  it('has an entry for every ref the catalog cites, anywhere in its data', () => {
    const sources = everyCitedSource();
    expect(sources.length).toBeGreaterThan(300);
    expect(unregistered(sources)).toEqual([]);
  });

  it('catches a ref nobody registered, however deep it sits', () => {
    const planted = { cards: [{ figures: { cost: { source: { ref: 'https://example.org/ukjent', locator: 'tabell 1' } } } }] };
    expect(unregistered(collectSources([rawCatalog, planted]))).toEqual(['https://example.org/ukjent']);
  });

  it('gives every seed and web source a title that is neither a file name nor a bare host', () => {
    for (const s of everyCitedSource()) {
      for (const lang of ['nb', 'en'] as const) {
        const d = describeSource(s, lang);
        expect(d.title, s.ref).not.toMatch(/\.txt|\.md|\.json|^https?:|^[\w.-]+\.(no|com|org)$/);
      }
    }
  });
});

describe('describeSource', () => {
  it('names a seed by its title and its lines in words', () => {
    const s = { ref: SEEDS.stmeld47, locator: 'L534, L548-549' };
    expect(describeSource(s, 'nb')).toEqual({ title: 'St.meld. nr. 47 (2008–2009) Samhandlingsreformen', locator: 'linje 534, 548–549' });
    expect(describeSource(s, 'en').locator).toBe('lines 534, 548–549');
    expect(describeSource({ ref: SEEDS.ks, locator: 'L13' }, 'en').locator).toBe('line 13');
    expect(describeSource({ ref: SEEDS.ks, locator: 'L12-34' }, 'nb').locator).toBe('linje 12–34');
  });

  it('names a web page by its title, keeps its Bokmål locator and gives the address', () => {
    const s = { ref: 'https://www.ssb.no/helse/helsetjenester/statistikk/kommunehelsetenesta', locator: 'Årsverk i helsestasjons- og skulehelsetenesta, 2023' };
    expect(describeSource(s, 'nb')).toEqual({ title: 'SSB: Kommunehelsetenesta 2023', locator: s.locator, url: s.ref });
    expect(describeSource(s, 'en').title).toBe('Statistics Norway (SSB): Municipal health services 2023');
    expect(sourceLabel(s)).toBe(`SSB: Kommunehelsetenesta 2023, ${s.locator}`);
  });

  it('falls back to the address, never the host, for an unregistered page', () => {
    expect(describeSource({ ref: 'https://example.org/x', locator: 'tabell 1' })).toEqual({ title: 'https://example.org/x', locator: 'tabell 1', url: 'https://example.org/x' });
  });
});
