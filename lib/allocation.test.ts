import { describe, expect, it } from 'vitest';
import { allocationFromTemplate, allocationSchema, baselineAllocation, validateAllocation } from './allocation';
import { catalog } from './catalog';

describe('validateAllocation', () => {
  it('accepts the baseline and every template', () => {
    expect(validateAllocation(baselineAllocation(catalog), catalog).ok).toBe(true);
    for (const t of catalog.templates) expect(validateAllocation(allocationFromTemplate(t, catalog), catalog).ok, t.id).toBe(true);
  });

  it('reports each bad entry instead of throwing', () => {
    const a = baselineAllocation(catalog);
    a.placements[0] = { ...a.placements[0]!, level: 'mars' };
    a.placements.push({ responsibility: 'teleportering', level: 'kommune', order: 'z' });
    a.placements.push({ ...a.placements[1]! });
    a.placements.splice(2, 1);
    a.levels.push({ id: 'kommune', kind: 'stat' });
    const result = validateAllocation(a, catalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const kinds = result.errors.map((e) => e.kind).sort();
    expect(kinds).toEqual(['duplicate-level', 'duplicate-placement', 'missing-responsibility', 'unknown-level', 'unknown-responsibility']);
    expect(result.errors).toContainEqual({ kind: 'unknown-level', responsibility: catalog.responsibilities[0]!.id, level: 'mars', index: 0 });
    expect(result.errors).toContainEqual({ kind: 'missing-responsibility', responsibility: catalog.responsibilities[2]!.id });
  });

  it('the schema rejects malformed allocations with a field path', () => {
    const bad = allocationSchema.safeParse({ levels: [{ id: 'Kommune!', kind: 'kommune' }], placements: 'alle' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['levels.0.id', 'placements']);
  });
});
