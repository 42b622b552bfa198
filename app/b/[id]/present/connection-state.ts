import { CLOSE } from '@/lib/protocol';
import type { LiveState } from '../live-client';

/**
 * What the projector says about its link to the board: live, (re)connecting, offline, refused
 * (the server turned its grant down: revoked, expired, garbled, another board, no such board, deleted),
 * or closed for another reason it does not retry.
 */
export type PresenterConnection = 'live' | 'connecting' | 'offline' | 'refused' | 'closed';

const REFUSED = new Set<number>([CLOSE.unauthorized, CLOSE.forbidden, CLOSE.unknownBoard, CLOSE.deleted]);

/** The connection state the presenter view shows for the live client's state. */
export function presenterConnection(state: Pick<LiveState, 'closed' | 'connection'>): PresenterConnection {
  if (state.closed) return REFUSED.has(state.closed.code) ? 'refused' : 'closed';
  if (state.connection === 'connected') return 'live';
  return state.connection === 'offline' ? 'offline' : 'connecting';
}
