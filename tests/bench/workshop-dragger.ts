import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { client } from './fanout';
import type { Endpoint } from './workshop-watcher';

/** A participant who drags: a stock provider with its document, its presence and a first sync. */
export type Dragger = { doc: Y.Doc; awareness: Awareness; synced: Promise<void>; destroy(): void };

/**
 * The client a page would use against that server: y-websocket's WebsocketProvider (ours and the
 * reference) or @hocuspocus/provider, with their defaults. So a dragger behaves as the stock
 * provider does, echo of every presence state it hears included (y-websocket does; the Hocuspocus
 * provider does not). A server that starts empty gets the board's first state from each dragger;
 * applying the same bytes many times changes nothing.
 */
export function stockDragger(endpoint: Endpoint, onClose: (code: number) => void): Dragger {
  if (endpoint.protocol === 'y-websocket') {
    const c = client(endpoint, endpoint.draggerParams);
    if (endpoint.seed) Y.applyUpdate(c.doc, endpoint.seed);
    c.provider.on('connection-close', (event) => onClose(event?.code ?? 0));
    return { doc: c.doc, awareness: c.provider.awareness, synced: c.synced, destroy: () => c.provider.destroy() };
  }
  const doc = new Y.Doc();
  if (endpoint.seed) Y.applyUpdate(doc, endpoint.seed);
  const socket = new HocuspocusProviderWebsocket({ url: endpoint.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: endpoint.room, document: doc });
  provider.attach();
  socket.on('close', ({ event }: { event: { code: number } }) => onClose(event.code));
  const synced = new Promise<void>((resolve) => (provider.synced ? resolve() : provider.on('synced', () => resolve())));
  return {
    doc,
    awareness: provider.awareness!,
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
