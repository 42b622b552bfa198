import { readAuthMessage } from 'y-protocols/auth';
import * as Y from 'yjs';
import { controlStateSchema, linksResponseSchema, type ControlState, type LinksResponse } from '@/lib/control';
import { MESSAGE } from '@/lib/protocol';
import { call, type Reply } from './comment-client';
import type { Client, TestServer } from './harness';

/** A call to a control or link endpoint of a board: `control`, `control/lock`, `links/editor/rotate`, ... */
export const controlCall = (server: TestServer, method: 'GET' | 'POST', boardId: string, rest: string, token: string, body?: unknown): Promise<Reply> =>
  call(server, method, `/api/boards/${boardId}/${rest}`, { token, body });

/** The control state a 200 answer carries; fails the test on any other status. */
export function controlOf(reply: Reply): ControlState {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.json)}`);
  return controlStateSchema.parse(reply.json.control);
}

/** The links a 200 answer carries; fails the test on any other status. */
export function linksOf(reply: Reply): LinksResponse {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.json)}`);
  return linksResponseSchema.parse(reply.json);
}

/** Resolves with the code and reason of the first close the server sends this client. */
export function closeOf(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    client.provider.on('connection-close', (event) => {
      if (event) resolve({ code: event.code, reason: event.reason });
    });
  });
}

/** Resolves with the reason of the first permission-denied frame this client gets. */
export function deniedOf(client: Client): Promise<string> {
  return new Promise((resolve) => {
    const handlers = client.provider.messageHandlers;
    const stock = handlers[MESSAGE.auth]!;
    // The stock handler only logs the reason; this one hands it to the test, once.
    handlers[MESSAGE.auth] = (_encoder, decoder, provider) => {
      readAuthMessage(decoder, provider.doc, (_doc, reason) => resolve(reason));
      handlers[MESSAGE.auth] = stock;
    };
  });
}

/** Sets a card's level from a connected client's document, as a move by that client. */
export const setLevel = (client: Client, card: string, level: string) => (client.doc.getMap('cards').get(card) as Y.Map<unknown>).set('level', level);
