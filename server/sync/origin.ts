import type { Identity } from './connection';

/**
 * The origin of a change the server writes into a board's document for someone (a restore
 * over HTTP): not a peer, so it is relayed to every peer, and it names who asked for it so
 * the history attributes the change to them.
 */
export class ActorOrigin {
  constructor(readonly identity: Identity) {}
}
