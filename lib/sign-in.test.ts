import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './sign-in';

describe('safeReturnPath', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnPath('/')).toBe('/');
    expect(safeReturnPath('/b/abc?x=1')).toBe('/b/abc?x=1');
  });
  it('refuses anything that could leave the site', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'b/abc', '', null, undefined, '/a\nb', `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});
