import { parentPort, workerData } from 'node:worker_threads';
import type * as Y from 'yjs';
import { PRESENCE_COLOURS } from '@/lib/presence';
import { stockDragger, type Dragger } from './workshop-dragger';
import { marker, markersIn } from './workshop-marks';
import { clock, settleWithin } from './workshop-time';
import type { Endpoint } from './workshop-watcher';

/**
 * The draggers' thread. The stock providers work in bursts (each parses every coalesced presence
 * frame and echoes it), and in the watchers' thread those bursts would delay the receipts the
 * watchers time. Here they run on their own event loop and report by message; every time is
 * absolute (workshop-time.ts clock), so the watchers' thread can compare it with its own.
 */
export type DragSetup = {
  endpoint: Endpoint;
  d: number;
  /** Receiver index of the first dragger; the others follow it. */
  firstReceiver: number;
  joinTimeoutMs: number;
};

/** What the draggers' thread reports. */
export type DragReport =
  | { type: 'synced'; notJoined: number }
  | { type: 'sent'; mark: string; from: number; at: number }
  | { type: 'received'; mark: string; receiver: number; at: number }
  | { type: 'close'; code: number }
  | { type: 'closed' };

/** What it is told besides 'close' (tear everything down): start dragging, stop dragging. */
export type DragCommand = 'drag' | 'stop';

const PRESENCE_HZ = 10;
const MOVE_EVERY_MS = 2000;

const port = parentPort!;
const report = (message: DragReport) => port.postMessage(message);

/**
 * One dragger's load: presence at PRESENCE_HZ in the page's shape ({ user: { colour }, drag: { card,
 * level } }, plus a marker), the level changing on every beat as a card crosses columns, and a move
 * of its own card every MOVE_EVERY_MS (the card's `level`, with a marker beside it in the same
 * update). Timers start staggered so the draggers do not beat in step. Answers a stop function.
 */
function drag(dragger: Dragger, index: number, d: number, receiver: number): () => void {
  const cards = dragger.doc.getMap<Y.Map<unknown>>('cards');
  const ids = [...cards.keys()].sort();
  const levels = [...dragger.doc.getMap('levels').keys()].sort();
  if (ids.length === 0 || levels.length === 0) throw new Error('workshop bench: a dragger found no cards or levels on the board');
  const card = ids[index % ids.length]!;
  const colour = PRESENCE_COLOURS[index % PRESENCE_COLOURS.length];
  let beats = 0;
  let moves = 0;
  const beat = () => {
    const mark = marker('p', index, ++beats);
    report({ type: 'sent', mark, from: receiver, at: clock() });
    dragger.awareness.setLocalState({ user: { colour }, drag: { card, level: levels[beats % levels.length] }, mark });
  };
  const move = () => {
    const mark = marker('m', index, ++moves);
    const level = levels[(moves + index) % levels.length];
    report({ type: 'sent', mark, from: receiver, at: clock() });
    dragger.doc.transact(() => {
      cards.get(card)!.set('level', level);
      cards.get(card)!.set('mark', mark);
    });
  };
  const timers: NodeJS.Timeout[] = [];
  // First at the offset, so every dragger has moved once within the lead-in: this thread is new
  // each round, and its first moves would otherwise compile Yjs's update paths inside the window.
  const every = (ms: number, offset: number, f: () => void) =>
    timers.push(
      setTimeout(() => {
        f();
        timers.push(setInterval(f, ms));
      }, offset),
    );
  every(1000 / PRESENCE_HZ, (index * 1000) / PRESENCE_HZ / d, beat);
  every(MOVE_EVERY_MS, (index * MOVE_EVERY_MS) / d, move);
  return () => timers.forEach((t) => clearTimeout(t));
}

const { endpoint, d, firstReceiver, joinTimeoutMs } = workerData as DragSetup;
const draggers: Dragger[] = [];
const stops: (() => void)[] = [];
const stop = () => stops.splice(0).forEach((s) => s());

for (let j = 0; j < d; j++) draggers.push(stockDragger(endpoint, (code) => report({ type: 'close', code })));
draggers.forEach((g, j) =>
  g.doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    // A dragger's own move holds only its own marker, which is no receipt: skipping it spares a message.
    if (tr.local) return;
    const at = clock();
    markersIn(update, (mark) => report({ type: 'received', mark, receiver: firstReceiver + j, at }));
  }),
);
// Listening before the join settles: a round that gives up early still closes every provider.
port.on('message', (command: DragCommand | 'close') => {
  if (command === 'drag') draggers.forEach((g, j) => stops.push(drag(g, j, d, firstReceiver + j)));
  else if (command === 'stop') stop();
  else {
    stop();
    draggers.forEach((g) => g.destroy());
    report({ type: 'closed' });
    port.close();
  }
});
report({ type: 'synced', notJoined: await settleWithin(draggers.map((g) => g.synced), joinTimeoutMs) });
