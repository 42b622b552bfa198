import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { MESSAGE, SYNC } from '@/lib/protocol';

/** Where and how a server of the workshop benchmark is spoken to. */
export type Endpoint = {
  /** `y-websocket`: ours and the reference. `hocuspocus`: every frame starts with the document name. */
  protocol: 'y-websocket' | 'hocuspocus';
  /** The URL a stock provider is given (it appends the room for y-websocket). */
  url: string;
  /** Board id, room or document name. */
  room: string;
  /** Query parameters of a dragger's and a watcher's socket (our tokens). */
  draggerParams: Record<string, string>;
  watcherParams: Record<string, string>;
  /** The board's first state, for a server that starts with an empty document; null when it serves the board itself. */
  seed: Uint8Array | null;
};

/** Hocuspocus's message types (its own numbering beside y-websocket's; @hocuspocus/server types.ts). */
const HOCUSPOCUS = { sync: 0, awareness: 1, auth: 2, syncReply: 4 } as const;

/** A sync step 1 with an empty state vector: "send me the whole document". */
function syncStep1(prefix: string | null): Uint8Array {
  const e = encoding.createEncoder();
  if (prefix !== null) encoding.writeVarString(e, prefix);
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, SYNC.step1);
  encoding.writeVarUint8Array(e, new Uint8Array([0]));
  return encoding.toUint8Array(e);
}

/** Hocuspocus's first message on a document: an (empty) token, which it answers once onAuthenticate passed. */
function hocuspocusAuth(name: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, HOCUSPOCUS.auth);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, '');
  return encoding.toUint8Array(e);
}

/** Offset of the message type in a frame: after the document name for Hocuspocus (names here are under 128 bytes). */
const typeOffset = (endpoint: Endpoint) => (endpoint.protocol === 'hocuspocus' ? 1 + Buffer.byteLength(endpoint.room) : 0);

export type Watcher = { joined: Promise<void>; close(): void };

/**
 * A participant who only watches, as a raw socket that speaks just enough protocol to join: a
 * sync step 1 (after Hocuspocus's token message), nothing more, and no answer to anything. It
 * hands every frame to `onFrame` with whether it is presence, and counts as joined once the
 * document arrived (the sync step 2 answering its step 1). `onClose` hears any close.
 */
export function rawWatcher(endpoint: Endpoint, onFrame: (frame: Buffer, presence: boolean) => void, onClose: (code: number) => void): Watcher {
  const query = new URLSearchParams(endpoint.watcherParams).toString();
  const url = endpoint.protocol === 'hocuspocus' ? endpoint.url : `${endpoint.url}/${endpoint.room}${query ? `?${query}` : ''}`;
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const at = typeOffset(endpoint);
  let join: () => void;
  let fail: (error: Error) => void;
  const joined = new Promise<void>((resolve, reject) => ((join = resolve), (fail = reject)));
  // Marked handled here: a watcher refused after the round stopped waiting must not end the process.
  joined.catch(() => undefined);
  ws.on('open', () => {
    if (endpoint.protocol === 'hocuspocus') ws.send(hocuspocusAuth(endpoint.room));
    ws.send(syncStep1(endpoint.protocol === 'hocuspocus' ? endpoint.room : null));
  });
  ws.on('message', (frame: Buffer) => {
    const type = frame[at];
    // Hocuspocus answers a step 1 as a SyncReply; both carry the step 2 after the type.
    if ((type === MESSAGE.sync || (endpoint.protocol === 'hocuspocus' && type === HOCUSPOCUS.syncReply)) && frame[at + 1] === SYNC.step2) join();
    onFrame(frame, type === MESSAGE.awareness);
  });
  ws.on('error', (error) => fail(error));
  ws.on('close', (code) => {
    fail(new Error(`watcher closed with ${code} before it joined`));
    onClose(code);
  });
  return { joined, close: () => ws.terminate() };
}
