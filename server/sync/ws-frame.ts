/**
 * One final, unmasked, binary WebSocket frame (RFC 6455, section 5.2) around `payload`.
 * A server's frames are never masked, so a frame built once can be written as it is to
 * every peer of a broadcast.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const n = payload.byteLength;
  const header = n < 126 ? 2 : n < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + n);
  frame[0] = 0x82;
  if (n < 126) frame[1] = n;
  else if (n < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 0x100000000), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  frame.set(payload, header);
  return frame;
}
