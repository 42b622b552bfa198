import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { customCardAuthor, customCardIdSchema, customCardSchema, MAX_CUSTOM_COST_KR, MAX_CUSTOM_STAFF, newCustomCardId } from './custom-cards';

describe('custom card ids', () => {
  it('are egen- and eight base-36 characters, whatever the random source gives', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 8, maxLength: 8 }), (values) => {
        let i = 0;
        expect(customCardIdSchema.safeParse(newCustomCardId(() => values[i++]!)).success).toBe(true);
      }),
    );
    expect(newCustomCardId(() => 0)).toBe('egen-00000000');
  });

  it('never name a catalog card', () => {
    for (const r of catalog.responsibilities) expect(customCardIdSchema.safeParse(r.id).success).toBe(false);
  });
});

describe('custom card schema', () => {
  const card = { id: 'egen-abcdefgh', name: 'Skolehelse', author: 'Kari', baselineKind: 'kommune' };

  it('trims names and authors and defaults the note', () => {
    expect(customCardSchema.parse({ ...card, name: '  Skolehelse ', author: ' Kari ' })).toEqual({ ...card, note: '' });
  });

  it('keeps a card whose author was erased, and writes a participant as the page writes them on a card', () => {
    expect(customCardSchema.parse({ ...card, author: '' })).toEqual({ ...card, author: '', note: '' });
    expect(customCardAuthor({ name: 'Kari', organisation: 'KS' })).toBe('Kari (KS)');
    expect(customCardAuthor({ name: 'Kari', organisation: '' })).toBe('Kari');
  });

  it('refuses blank or long names and figures that are not finite and non-negative', () => {
    for (const bad of [{ name: '   ' }, { name: 'x'.repeat(81) }, { cost: -1 }, { staff: Number.NaN }, { cost: Number.POSITIVE_INFINITY }, { baselineKind: 'mars' }]) {
      expect(customCardSchema.safeParse({ ...card, ...bad }).success).toBe(false);
    }
  });

  it('refuses figures above a realistic ceiling, so sixty cards at the ceiling still sum to a finite figure', () => {
    const tooBig = customCardSchema.safeParse({ ...card, cost: 1e308 });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.message).toMatch(/Kostnaden \(kr\) kan være høyst/);
    expect(customCardSchema.safeParse({ ...card, staff: MAX_CUSTOM_STAFF + 1 }).success).toBe(false);
    expect(customCardSchema.parse({ ...card, cost: MAX_CUSTOM_COST_KR, staff: MAX_CUSTOM_STAFF })).toMatchObject({ cost: MAX_CUSTOM_COST_KR });
    expect(Number.isFinite(60 * MAX_CUSTOM_COST_KR)).toBe(true);
  });
});
