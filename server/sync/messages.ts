import * as encoding from 'lib0/encoding';
import { writePermissionDenied } from 'y-protocols/auth';
import { MESSAGE } from '@/lib/protocol';

/** A y-websocket sync frame: message type, sync sub-type, payload. */
export function syncMessage(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket auth frame saying permission was denied, with the reason; the stock client logs it. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.auth);
  writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket awareness frame around an encoded awareness update. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
