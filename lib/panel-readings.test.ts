import { describe, expect, it } from 'vitest';
import { baselineAllocation } from './allocation';
import { catalog } from './catalog';
import { computeConsequences, type Consequences } from './consequences/engine';
import { figureDeltas } from './figure-delta';
import { HEADLINE_IDS, levelFigureId, panelReadings } from './panel-readings';

function compute(moves: Record<string, string>): Consequences {
  const a = baselineAllocation(catalog);
  a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: moves[p.responsibility]! } : p));
  const r = computeConsequences(a, catalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('panelReadings', () => {
  it('reads every headline tile, read out, and each level’s money and staff, only shown', () => {
    const readings = panelReadings(compute({}), catalog, 'nb');
    expect(readings.filter((r) => r.announce).map((r) => r.id)).toEqual([...HEADLINE_IDS]);
    expect(readings.find((r) => r.id === 'moneyMoved')?.label).toBe('Penger flyttet mellom forvaltningsnivåer');
    expect(readings.find((r) => r.id === levelFigureId('money', 'kommune'))).toMatchObject({ unit: 'NOK', year: 2023, announce: false });
    // The county has no sourced staff figure: a cell without a figure has no value to subtract.
    expect(readings.find((r) => r.id === levelFigureId('staff', 'fylkeskommune'))?.value).toBeNull();
  });

  it('gives the changes a move makes, headline and level alike', () => {
    const before = panelReadings(compute({}), catalog, 'en');
    const after = panelReadings(compute({ legevakt: 'spesialisthelsetjenesten' }), catalog, 'en');
    const deltas = new Map(figureDeltas(before, after).map((d) => [d.id, d]));
    // The kommuner's own part of legevakt (3 648 mill. kr, 2023) gets a new payer.
    expect(deltas.get('moneyMoved')?.low).toBe(3.648e9);
    expect(deltas.get('handoffs')?.low).toBe(2);
    expect(deltas.get('contradicted')?.low).toBe(2);
    expect(deltas.get(levelFigureId('money', 'kommune'))?.low).toBe(-4.8e9);
    expect(deltas.has('staffMoved')).toBe(false);
  });
});
