import { describe, expect, it } from 'vitest';
import { keyRing } from '../auth/key-ring';
import { addressHash, CONFIRM_SECONDS, signMailToken, verifyMailToken } from './mail-token';

const claim = { boardId: 'board-1', participantId: 'participant-1', addressHash: addressHash('Kari@Example.no') };

describe('mail link tokens', () => {
  it('verifies a confirmation until 48 hours have passed, and never as an unsubscribe', () => {
    const token = signMailToken('secret', 'confirm', claim, 1000);
    expect(verifyMailToken('secret', 'confirm', token, 1000 + CONFIRM_SECONDS - 1)).toEqual(claim);
    expect(verifyMailToken('secret', 'confirm', token, 1000 + CONFIRM_SECONDS)).toBeNull();
    expect(verifyMailToken('secret', 'unsubscribe', token, 1000)).toBeNull();
  });

  it('keeps an unsubscribe working after a rotation of the secret, and refuses a forged one', () => {
    const token = signMailToken('old', 'unsubscribe', claim);
    expect(verifyMailToken(keyRing(['new', 'old']), 'unsubscribe', token)).toEqual(claim);
    expect(verifyMailToken('other', 'unsubscribe', token)).toBeNull();
    expect(addressHash(' kari@example.no ')).toBe(claim.addressHash);
  });
});
