import type { ServerResponse } from 'node:http';
import type { KeyScope } from '@/lib/roles';
import type { FeedSubscriber } from '../feed/board-feed';
import type { Threads } from '../comments/threads';
import type { Metrics } from '../metrics';

// Proxies and load balancers commonly drop a response idle for 30 to 60 s.
const KEEP_ALIVE_MS = 25_000;

/** What one event stream needs: the threads to subscribe to, metrics, and the buffer bound. */
export type EventStreamDeps = { threads: Threads; metrics: Metrics; bufferWatermark: number };

/**
 * Streams a board's live feed as server-sent events on a request authorised with a token of
 * `role` (its key scope): the snapshot first, then every change, with a keep-alive comment line in between.
 * Resolves once subscribed; the stream lasts until the client leaves or the server closes the
 * feed (at shutdown, or when the role's links are rotated).
 */
export async function streamEvents(res: ServerResponse, boardId: string, role: KeyScope, deps: EventStreamDeps): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    // nginx buffers proxied responses unless told otherwise, which would hold events back.
    'x-accel-buffering': 'no',
  });
  let closed = false;
  let unsubscribe: () => void = () => {};
  // 'close' comes a tick after end() or a reset; a write in that gap would be an error.
  const writable = () => !closed && !res.writableEnded && !res.destroyed;
  const keepAlive = setInterval(() => writable() && res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  deps.metrics.feeds.inc();
  res.on('close', () => {
    closed = true;
    clearInterval(keepAlive);
    unsubscribe();
    deps.metrics.feeds.dec();
  });
  const subscriber: FeedSubscriber = {
    write(frame) {
      if (!writable()) return;
      // A reader this far behind is cut off rather than buffered without bound; EventSource
      // reconnects by itself and starts again from a fresh snapshot.
      if (res.writableLength > deps.bufferWatermark) res.destroy();
      else res.write(frame);
    },
    close: () => writable() && res.end(),
    role,
  };
  const off = await deps.threads.open(boardId, subscriber);
  // The client may have gone while the snapshot was read.
  if (closed) off();
  else unsubscribe = off;
}
