import * as bc from 'lib0/broadcastchannel';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { MESSAGE } from '@/lib/protocol';
import { throttle } from '@/lib/throttle';

/**
 * The page's one presence budget: at most one own-state frame per this many ms, whatever field
 * changed (a drag, a scroll while dragging, a tab), so a page sends at most ten a second.
 */
export const OWN_PRESENCE_MS = 100;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * The stock y-websocket provider, except that it sends only this page's own presence.
 *
 * Why: the stock provider's awareness handler sends every changed client's state and ignores
 * the origin, so each page sends back every state it just received; with D people dragging that
 * is 10×D frames a second per page for the server to drop. Here the handler (kept under the
 * stock name, `_awarenessUpdateHandler`, which `destroy` unregisters) sends `awareness.clientID`
 * only, at most once per OWN_PRESENCE_MS, and a removal at once: the exit handler's removal of
 * the own state goes through it, and `disconnect` sends its own removal as before. Answers to a
 * presence query carry the own state too, never the board's.
 */
export class OwnPresenceProvider extends WebsocketProvider {
  private readonly sendSoon: ReturnType<typeof throttle<[]>>;

  constructor(...args: ConstructorParameters<typeof WebsocketProvider>) {
    super(...args);
    // The latest own state is encoded when the frame leaves, so a burst of changes costs one frame.
    this.sendSoon = throttle(() => this.publish(this.ownUpdate()), OWN_PRESENCE_MS);
    this.awareness.off('update', this._awarenessUpdateHandler);
    this._awarenessUpdateHandler = ({ added, updated, removed }: AwarenessChange) => {
      const own = this.awareness.clientID;
      if (removed.includes(own)) {
        // Leaving must not wait out the budget: the others would see a ghost for that long.
        this.sendSoon();
        this.sendSoon.flush();
      } else if (added.includes(own) || updated.includes(own)) this.sendSoon();
    };
    this.awareness.on('update', this._awarenessUpdateHandler);
    this.messageHandlers[MESSAGE.queryAwareness] = (encoder) => {
      encoding.writeVarUint(encoder, MESSAGE.awareness);
      encoding.writeVarUint8Array(encoder, this.ownUpdate());
    };
  }

  private ownUpdate(): Uint8Array {
    return encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]);
  }

  /** As the stock provider broadcasts: on the socket while it is open, and to other tabs when that is on. */
  private publish(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, update);
    const frame = encoding.toUint8Array(encoder);
    const ws = this.ws;
    if (this.wsconnected && ws && ws.readyState === ws.OPEN) ws.send(frame);
    if (this.bcconnected) bc.publish(this.bcChannel, frame, this);
  }

  override destroy(): void {
    // The removal `disconnect` sends replaces anything still waiting for the budget.
    this.sendSoon.cancel();
    super.destroy();
  }
}
