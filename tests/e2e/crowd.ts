import { expect, type APIRequestContext } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SYNC_PATH, SYNC_SUBPROTOCOL } from '@/lib/protocol';
import { tokenOf } from './board-helpers';

/** Joins through the API with a link's token and answers the participant token. */
export async function joinByApi(request: APIRequestContext, boardId: string, link: string, name: string): Promise<string> {
  const res = await request.post(`/api/boards/${boardId}/join`, { headers: { authorization: `Bearer ${tokenOf(link)}` }, data: { name, organisation: `Org ${name}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

export type Member = { name: string; provider: WebsocketProvider; close: () => void };

/** Someone present without a page: joins `name` through the link and connects a stock provider with a presence, as a page would. */
export async function joinCrowd(request: APIRequestContext, baseURL: string, boardId: string, link: string, name: string): Promise<Member> {
  const token = await joinByApi(request, boardId, link, name);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}${SYNC_PATH}`, boardId, doc, {
    protocols: [SYNC_SUBPROTOCOL, token],
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // A first state has clock 0, which no awareness applies; the server stamps the name from the token.
  provider.awareness.setLocalStateField('drag', null);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return {
    name,
    provider,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
