import { describe, expect, it } from 'vitest';
import { redactToken } from './log';

describe('redactToken', () => {
  it('blanks every token parameter and keeps the rest of the URL', () => {
    expect(redactToken('/api/boards/abcdef/events?token=eyJ2.sig')).toBe('/api/boards/abcdef/events?token=…');
    expect(redactToken('/sync/abcdef?a=1&token=x.y&token=z.w&b=2#t=q')).toBe('/sync/abcdef?a=1&token=…&token=…&b=2#t=q');
    expect(redactToken('/api/health')).toBe('/api/health');
    expect(redactToken(undefined)).toBeUndefined();
  });
});
