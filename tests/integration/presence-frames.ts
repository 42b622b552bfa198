import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE } from '@/lib/protocol';

/** One awareness entry: a client id, its clock and its state (null for a removal). */
export type PresenceEntry = [clientId: number, clock: number, state: unknown];

/** The awareness update itself (no message type): a count, then each entry with its state as JSON. */
export function awarenessUpdate(entries: PresenceEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

/** An awareness message as the stock provider sends one, or as a hostile client might. */
export function presenceFrame(entries: PresenceEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.awareness);
  encoding.writeVarUint8Array(e, awarenessUpdate(entries));
  return encoding.toUint8Array(e);
}

/** The entries of an awareness message, states parsed; null for any other message. */
export function presenceEntries(data: Uint8Array): PresenceEntry[] | null {
  const d = decoding.createDecoder(new Uint8Array(data));
  if (decoding.readVarUint(d) !== MESSAGE.awareness) return null;
  const u = decoding.createDecoder(decoding.readVarUint8Array(d));
  return Array.from({ length: decoding.readVarUint(u) }, (): PresenceEntry => [decoding.readVarUint(u), decoding.readVarUint(u), JSON.parse(decoding.readVarString(u))]);
}
