import * as Y from 'yjs';

/**
 * True when applying `update` to `doc` would change nothing: every struct it carries is in `doc`
 * already and every range it deletes is deleted there already. Every client answers the
 * server's greeting with such a sync step 2 when it holds nothing new, so a write refused to a
 * read-only role or on a locked board is only a write when this is false.
 *
 * The work is bounded by the update's size, not the board's (unlike comparing against
 * Y.snapshot, which walks the whole document), so a read-only client cannot make the server
 * walk a large board with every message. Throws on bytes that are no update.
 */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  // A client that holds nothing answers with the two-byte empty update (no structs, no deletions).
  if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) return true;
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    // Skips stand for gaps in a client's range, not content.
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const held = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (!held || clock + len > Y.getState(doc.store, client)) return false;
      for (let i = Y.findIndexSS(held, clock); i < held.length && held[i]!.id.clock < clock + len; i++) {
        if (!held[i]!.deleted) return false;
      }
    }
  }
  return true;
}
