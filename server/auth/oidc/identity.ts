import { createHmac } from 'node:crypto';
import { idKeyOf, type Secret } from '../key-ring';
import type { SignedIn } from './sign-in';

/**
 * The grant id a signed-in person joins under on every board and device: derived from the
 * provider's issuer and subject with the id key, so their participant id (grantParticipantId of
 * this) is the same each time they join a board, answers in a rating round count once per person,
 * and neither the subject nor the grant can be read back from what others on the board see.
 * Same shape as a device grant id (16 base64url characters), so the token schema takes it.
 */
export const subjectGrantId = (user: Pick<SignedIn, 'iss' | 'sub'>, secret: Secret): string =>
  createHmac('sha256', idKeyOf(secret)).update(`subject.${user.iss}\n${user.sub}`).digest('base64url').slice(0, 16);
