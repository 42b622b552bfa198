import { describe, expect, it } from 'vitest';
import { baselineAllocation } from './allocation';
import { catalog } from './catalog';
import { computeConsequences, headlineIndicators, YEARLY_HEADLINES } from './consequences/engine';
import { HEADLINES, LEAD_HEADLINES } from './headlines';
import { panelReadings } from './panel-readings';

describe('HEADLINES', () => {
  it('keeps the ids that comment anchors and saved proposals store', () => {
    expect(HEADLINES.map((h) => [h.panel, h.key])).toEqual([
      ['moneyMoved', 'moneyMoved'],
      ['staffMoved', 'staffMoved'],
      ['handoffs', 'handoffs'],
      ['tooSmall', 'municipalitiesTooSmall'],
      ['contradicted', 'positionsContradicted'],
      ['handoffsUnbound', 'handoffsUnbound'],
    ]);
    expect(LEAD_HEADLINES.map((h) => h.panel)).toEqual(['moneyMoved', 'staffMoved', 'handoffs', 'tooSmall', 'contradicted']);
  });

  it('pairs each panel id with the engine figure of the same value, by its key', () => {
    const a = baselineAllocation(catalog);
    const moves: Record<string, string> = { legevakt: 'spesialisthelsetjenesten', sykehjem: 'fylkeskommune', dps: 'kommune' };
    a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: moves[p.responsibility]! } : p));
    // One binding pathway, so handoffs outside one differ from all handoffs.
    const r = computeConsequences(a, catalog, [], { bindings: [catalog.pathways[0]!.id] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const readings = new Map(panelReadings(r.value, catalog, 'nb').map((reading) => [reading.id, reading]));
    const figures = headlineIndicators(r.value);
    for (const h of HEADLINES) {
      const reading = readings.get(h.panel)!;
      const yearly = (YEARLY_HEADLINES as readonly string[]).includes(h.key);
      // A yearly figure's panel tile shows its largest year; the engine keeps each year apart.
      const figure = yearly ? figures[`${h.key}:${reading.year}`] : figures[h.key];
      expect(figure?.value ?? 0, h.panel).toBe(reading.value);
    }
    // Distinct values, so a panel id paired with another headline's key would show above.
    const values = ['handoffs', 'tooSmall', 'contradicted', 'handoffsUnbound'].map((id) => readings.get(id)!.value);
    expect(new Set(values).size).toBe(values.length);
  });
});
