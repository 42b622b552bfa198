import { describe, expect, it } from 'vitest';
import { CLOSE, CLOSE_REASON } from '@/lib/protocol';
import { presenterConnection } from './connection-state';

describe('presenterConnection', () => {
  it('calls a refused token refused, whatever the socket did after', () => {
    for (const code of [CLOSE.unauthorized, CLOSE.forbidden, CLOSE.unknownBoard]) {
      expect(presenterConnection({ closed: { code, reason: '' }, connection: 'offline' })).toBe('refused');
    }
    expect(presenterConnection({ closed: { code: CLOSE.unauthorized, reason: CLOSE_REASON.linkRotated }, connection: 'offline' })).toBe('refused');
  });

  it('tells other closes, connecting, offline and live apart', () => {
    expect(presenterConnection({ closed: { code: CLOSE.tooLarge, reason: '' }, connection: 'offline' })).toBe('closed');
    expect(presenterConnection({ closed: null, connection: 'connecting' })).toBe('connecting');
    expect(presenterConnection({ closed: null, connection: 'offline' })).toBe('offline');
    expect(presenterConnection({ closed: null, connection: 'connected' })).toBe('live');
  });
});
