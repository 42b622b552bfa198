import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_COST_KR } from '@/lib/custom-cards';
import { customCardErrors } from './custom-card-errors';

const card = { name: 'Skolehelse', level: 'kommune', author: 'Kari', note: '' };

describe('customCardErrors', () => {
  it('is empty for a card within the bounds', () => {
    expect(customCardErrors({ ...card, cost: 250_000_000, staff: 12.5 }, 'nb')).toEqual({});
  });

  it('puts a cost above the bound beside the cost field, in plain words with the bound', () => {
    const errors = customCardErrors({ ...card, cost: MAX_CUSTOM_COST_KR * 10 }, 'nb');
    expect(errors.cost).toBe('Beløpet må være mellom 0 og 1\u00a0000 mrd. kr. Skriv det i hele kroner.');
    expect(Object.keys(errors)).toEqual(['cost']);
  });

  it('tells a negative figure, a figure out of range and a non-number apart', () => {
    expect(customCardErrors({ ...card, staff: -1 }, 'nb').staff).toMatch(/^Årsverk må være mellom 0 og 500\u00a0000\.$/);
    expect(customCardErrors({ ...card, cost: Number('tolv') }, 'nb').cost).toBe('Skriv et tall, for eksempel 2500000 eller 12,5.');
    expect(customCardErrors({ ...card, cost: -5 }, 'en').cost).toBe('The amount must be between 0 and NOK 1,000 bn. Enter it in whole kroner.');
  });

  it('asks for a name when it is blank', () => {
    expect(customCardErrors({ ...card, name: '   ' }, 'nb')).toEqual({ name: 'Gi oppgaven et navn.' });
  });
});
