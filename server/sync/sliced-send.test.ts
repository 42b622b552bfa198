import { describe, expect, it } from 'vitest';
import { SlicedSend } from './sliced-send';

type TestPeer = { name: string; got: string[]; sendPrepared(frame: Buffer): void };
const peer = (name: string, log: string[]): TestPeer => {
  const p: TestPeer = { name, got: [], sendPrepared: (frame) => (p.got.push(frame.toString()), log.push(`${name}:${frame.toString()}`)) };
  return p;
};
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('SlicedSend', () => {
  it('writes one slice now and the rest in later turns, letting other work in between', async () => {
    const log: string[] = [];
    const peers = Array.from({ length: 5 }, (_, i) => peer(`p${i}`, log));
    const out = new SlicedSend<Buffer, TestPeer>(2, () => true, () => {});
    out.send(Buffer.from('a'), peers);
    expect(log).toEqual(['p0:a', 'p1:a']);
    // Work that arrives before the next turn (a move's relay) goes ahead of the remaining slices.
    log.push('move');
    await turn();
    expect(log).toEqual(['p0:a', 'p1:a', 'move', 'p2:a', 'p3:a']);
    await turn();
    expect(log.at(-1)).toBe('p4:a');
    expect(out.busy).toBe(false);
  });

  it('keeps frames in order for every peer, and skips a peer gone before its slice', async () => {
    const log: string[] = [];
    const peers = Array.from({ length: 3 }, (_, i) => peer(`p${i}`, log));
    const gone = new Set<TestPeer>();
    const out = new SlicedSend<Buffer, TestPeer>(2, (p) => !gone.has(p), () => {});
    out.send(Buffer.from('a'), peers);
    out.send(Buffer.from('b'), peers);
    gone.add(peers[2]!);
    while (out.busy) await turn();
    expect(peers[0]!.got).toEqual(['a', 'b']);
    expect(peers[1]!.got).toEqual(['a', 'b']);
    expect(peers[2]!.got).toEqual([]);
  });

  it('reports a write that throws and still writes to the others', async () => {
    const log: string[] = [];
    const broken = { name: 'x', got: [], sendPrepared: () => { throw new Error('socket gone'); } };
    const ok = peer('ok', log);
    const failures: unknown[] = [];
    const out = new SlicedSend<Buffer, TestPeer>(8, () => true, (e) => failures.push(e));
    out.send(Buffer.from('a'), [broken, ok]);
    expect(ok.got).toEqual(['a']);
    expect(String(failures[0])).toContain('socket gone');
  });
});
