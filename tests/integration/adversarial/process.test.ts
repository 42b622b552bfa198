import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, SYNC_SUBPROTOCOL } from '@/lib/protocol';
import { eventually } from '../harness';
import { startAttackServer, survives, type AttackServer } from './attack-server';

/**
 * What the running process writes and accepts where others can read it: its log stream (here
 * a pipe, as under a process manager or a container) and the URLs a proxy in front would log.
 */
let server: AttackServer;
beforeAll(async () => {
  server = await startAttackServer();
  // The banner follows the "listening" line; wait until it is complete.
  await eventually(() => expect(server.output()).toMatch(/facilitator link in /), 10_000);
}, 30_000);
afterAll(() => server?.stop());

/** The demo board's links by role, as the file beside the data holds them. */
function demoLinks(): Record<string, string> {
  const text = readFileSync(path.join(server.dataDir, 'demo-links.txt'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^(\w+)\s+(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}
const tokenOf = (link: string) => new URLSearchParams(link.split('#')[1] ?? '').get('t') ?? '';

describe('the process towards its operators and proxies', () => {
  it('prints the demo board without its facilitator link when the log is not a terminal, and keeps that link in a file only the server user reads', () => {
    const links = demoLinks();
    expect(Object.keys(links).sort()).toEqual(['commenter', 'editor', 'facilitator', 'viewer']);
    const facilitator = tokenOf(links.facilitator!);
    expect(facilitator.length).toBeGreaterThan(20);
    expect(server.output()).not.toContain(facilitator);
    // The other three are printed for the newcomer to open.
    for (const role of ['editor', 'commenter', 'viewer']) expect(server.output()).toContain(links[role]);
    expect(statSync(path.join(server.dataDir, 'demo-links.txt')).mode & 0o777).toBe(0o600);
  });

  it('takes the token in the subprotocol header, so no token is in any URL, and logs no token it was offered', async () => {
    const board = await server.board();
    const rss = server.rss();
    const url = `${server.ws}/${board.id}`;
    const ws = new WebSocket(url, [SYNC_SUBPROTOCOL, board.tokens.editor]);
    // Listened for before the socket opens: the server's first frame can come with the handshake.
    const greeted = new Promise((resolve) => ws.once('message', resolve));
    const protocol = await new Promise<string>((resolve, reject) => {
      ws.once('open', () => resolve(ws.protocol));
      ws.once('error', reject);
    });
    expect(protocol).toBe(SYNC_SUBPROTOCOL);
    // A first frame arrives (the server's sync step 1), so the token was taken, not just the upgrade.
    await greeted;
    ws.terminate();
    // A wrong token offered the same way is refused, and neither token reaches the log.
    const wrong = `${board.tokens.editor.slice(0, -4)}AAAA`;
    const refused = new WebSocket(url, [SYNC_SUBPROTOCOL, wrong]);
    const closed = await new Promise<number>((resolve) => refused.once('close', resolve));
    expect(closed).toBe(CLOSE.unauthorized);
    await survives(server, board, rss);
    for (const token of [board.tokens.editor, wrong, board.tokens.viewer]) expect(server.output()).not.toContain(token);
  });
});
