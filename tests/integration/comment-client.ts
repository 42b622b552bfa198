import http from 'node:http';
import { feedEventSchema, type FeedEvent } from '@/lib/board-feed';
import type { Thread } from '@/lib/comments';
import type { TestServer } from './harness';

export type Reply = { status: number; json: Record<string, unknown> & { error?: string; fields?: Record<string, string[]>; thread?: Thread; threads?: Thread[] }; headers: Headers };

/** A JSON call to a test server; `body` goes out as JSON unless it is a string already. */
export async function call(server: TestServer, method: string, path: string, opts: { token?: string; body?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const res = await fetch(`${server.http}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {}, headers: res.headers };
}

/** Joins a board through a link and answers the participant's token and id. */
export async function join(server: TestServer, boardId: string, link: string, name: string, organisation = 'Bodø kommune') {
  const r = await call(server, 'POST', `/api/boards/${boardId}/join`, { token: link, body: { name, organisation } });
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${JSON.stringify(r.json)}`);
  return { token: r.json.token as string, id: r.json.participantId as string, name };
}

/** A board with a facilitator, two commenters (Kari, Ola), an editor and a joined viewer. */
export async function boardWithPeople(server: TestServer) {
  const board = await server.board();
  const [fasi, kari, ola, edith, vera] = await Promise.all([
    join(server, board.id, board.tokens.facilitator, 'Fasilitator'),
    join(server, board.id, board.tokens.commenter, 'Kari Nordmann'),
    join(server, board.id, board.tokens.commenter, 'Ola', 'KS'),
    join(server, board.id, board.tokens.editor, 'Edith'),
    join(server, board.id, board.tokens.viewer, 'Vera'),
  ]);
  return { board, fasi, kari, ola, edith, vera };
}

/** Opens a thread and answers it; fails the test on anything but 201. */
export async function startThread(server: TestServer, boardId: string, token: string, body: Record<string, unknown> = { anchor: { kind: 'board' }, body: 'Hei' }) {
  const r = await call(server, 'POST', `/api/boards/${boardId}/threads`, { token, body });
  if (r.status !== 201) throw new Error(`start failed: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json.thread!;
}

/**
 * A live feed read with a raw HTTP request, as EventSource would: answers the status, the
 * content type, every event received so far, and `next` to wait for one that matches.
 */
export function openFeed(url: string) {
  const events: FeedEvent[] = [];
  const raw: string[] = [];
  const waiters: { match: (e: FeedEvent) => boolean; resolve: (e: FeedEvent) => void }[] = [];
  let request!: http.ClientRequest;
  const response = new Promise<{ status: number; type: string; body: string; ended: Promise<void> }>((resolve, reject) => {
    request = http.get(url, (res) => {
      res.setEncoding('utf8');
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, ended }));
        return;
      }
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          raw.push(frame);
          if (!frame.startsWith('data: ')) continue;
          const event = feedEventSchema.parse(JSON.parse(frame.slice(6)));
          events.push(event);
          for (const w of waiters.filter((x) => x.match(event))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      });
      resolve({ status: 200, type: String(res.headers['content-type']), body: '', ended });
    });
    request.on('error', reject);
  });
  return {
    response,
    events,
    raw,
    /** Resolves with the first event, already received or still to come, that matches. */
    next(match: (e: FeedEvent) => boolean, timeoutMs = 2000): Promise<FeedEvent> {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching feed event in time')), timeoutMs);
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    close: () => request.destroy(),
  };
}
