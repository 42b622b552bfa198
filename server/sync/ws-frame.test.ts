import { Writable } from 'node:stream';
import * as ws from 'ws';
import { describe, expect, it } from 'vitest';
import { binaryFrame } from './ws-frame';

// ws's own frame parser, the one every socket on the server and the stock client's Node polyfill use.
const { Receiver } = ws as unknown as { Receiver: new (options: { isServer: boolean; maxPayload: number }) => Writable };

/** Parses frames with ws's receiver as a client would, and answers the messages it read. */
function readFrames(bytes: Buffer): Promise<Array<{ data: Buffer; binary: boolean }>> {
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  const messages: Array<{ data: Buffer; binary: boolean }> = [];
  receiver.on('message', (data: Buffer, binary: boolean) => messages.push({ data, binary }));
  return new Promise((resolve, reject) => {
    receiver.on('error', reject);
    // Fed in small pieces, as a socket may deliver them.
    for (let i = 0; i < bytes.length; i += 1000) receiver.write(bytes.subarray(i, i + 1000));
    receiver.end(() => resolve(messages));
  });
}

const payload = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

describe('binaryFrame', () => {
  it('uses the 7-bit, 16-bit and 64-bit length forms at their boundaries', () => {
    expect([...binaryFrame(payload(125)).subarray(0, 2)]).toEqual([0x82, 125]);
    expect([...binaryFrame(payload(126)).subarray(0, 4)]).toEqual([0x82, 126, 0, 126]);
    expect([...binaryFrame(payload(65535)).subarray(0, 4)]).toEqual([0x82, 126, 0xff, 0xff]);
    expect([...binaryFrame(payload(65536)).subarray(0, 10)]).toEqual([0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(binaryFrame(payload(65536)).length).toBe(65536 + 10);
  });

  it('gives frames that a WebSocket client reads back as the same binary messages, one after another', async () => {
    const sizes = [0, 1, 125, 126, 127, 65535, 65536, 300_000];
    const bytes = Buffer.concat(sizes.map((n) => binaryFrame(payload(n))));
    const messages = await readFrames(bytes);
    expect(messages.map((m) => m.data.length)).toEqual(sizes);
    for (const [i, n] of sizes.entries()) {
      expect(messages[i]!.binary).toBe(true);
      expect(Buffer.compare(messages[i]!.data, Buffer.from(payload(n)))).toBe(0);
    }
  });

  it('frames a view into a larger buffer from its own offset', async () => {
    const whole = payload(400);
    const [message] = await readFrames(binaryFrame(whole.subarray(100, 300)));
    expect(Buffer.compare(message!.data, Buffer.from(whole.subarray(100, 300)))).toBe(0);
  });
});
