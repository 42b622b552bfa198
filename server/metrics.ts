import { collectDefaultMetrics, Counter, exponentialBuckets, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Durations from a tenth of a millisecond (an update stored and relayed on a quiet board) to
 * seconds (a database failing over while appends are retried).
 */
const SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Update sizes from one keystroke (tens of bytes) to a whole board restored at once (the 1 MiB message bound and beyond). */
const BYTES = exponentialBuckets(32, 4, 9);

/**
 * prom-client's default totals of handles, requests and resources are gauges named `_total`,
 * which the exposition format keeps for counters; each is the sum of the labelled gauge beside it.
 */
const MISNAMED_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

const PREFIX = 'ansvarstavla_';

/**
 * One server's metrics in Prometheus form: the process and event-loop metrics prom-client
 * collects, and the board server's own. Every server gets its own registry, so several servers
 * in one process (the tests) never add to each other's counts. Nothing here takes labels: the
 * hot paths call `inc` and `observe` on metrics made once.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly connections = this.gauge('connections', 'Sync sockets open on this instance.');
  readonly rooms = this.gauge('rooms', 'Boards loaded (or loading) in memory on this instance.');
  readonly feeds = this.gauge('board_feeds', 'Open live board feeds (server-sent event streams: comments, controls and change signals).');

  readonly updatesIn = this.counter('updates_in_total', 'Document update messages received from clients (sync step 2 answers and updates), applied or not.');
  readonly updatesOut = this.counter('updates_out_total', 'Document updates sent to peers, one per receiving peer (updates stored here and updates from other instances).');
  readonly droppedWrites = this.counter(
    'dropped_writes_total',
    'Document updates that would have changed the board, from read-only roles or from non-facilitators on a locked board, dropped unapplied. Handshake answers that change nothing are not counted.',
  );
  readonly lockedWrites = this.counter('locked_writes_total', 'Document updates from non-facilitators while the board was locked, dropped unapplied (also counted as dropped writes).');
  readonly refusedUpdates = this.counter('refused_updates_total', 'Document updates refused unapplied for their shape or for missing dependencies beyond the bound.');
  readonly awarenessIn = this.counter('awareness_in_total', 'Presence messages received from clients.');
  readonly presenceDropped = this.counter('presence_dropped_total', 'Presence entries dropped unrelayed (too large, too frequent, or a claim on another client id).');
  readonly presenceEchoes = this.counter(
    'presence_echoes_total',
    'Presence entries ignored as echoes of states the server already holds (the stock client resends all it hears); never counted toward a limit.',
  );
  readonly rejectedConnections = this.counter('rejected_connections_total', 'Sync socket upgrades refused with a close code before joining a board.');
  readonly closedByServer = this.counter('closed_by_server_total', 'Sync sockets the server closed (limits, unreadable messages, slow consumers, rotated links, shutdown).');
  readonly messageErrors = this.counter('message_errors_total', 'Sync messages that could not be read, each ending its connection.');
  readonly deadSockets = this.counter('dead_sockets_total', 'Sync sockets closed because they stopped answering pings.');
  readonly refusedRequests = this.counter(
    'refused_requests_total',
    'Calls and sync upgrades refused by a rate limit (joins, board creations, comments), the participant cap or the origin check.',
  );
  readonly commentWrites = this.counter('comment_writes_total', 'Comment threads, replies, edits, removals and status changes stored.');
  readonly proposalWrites = this.counter('proposal_writes_total', 'Proposals stored: saved from a board, adopted from a breakout group or imported from a file.');
  readonly proposalRestores = this.counter('proposal_restores_total', 'Proposals restored onto a live board.');

  readonly persistSeconds = this.histogram('persist_seconds', 'Seconds from receiving a document update (applying it, for a change made by the server) to its durable append.', SECONDS);
  readonly relaySeconds = this.histogram(
    'sync_relay_seconds',
    'Seconds from receiving a document update (applying it, for a change made by the server) to its relay: stored, published to the other instances and written to every peer here.',
    SECONDS,
  );
  readonly updateBytes = this.histogram('update_bytes', 'Sizes in bytes of the document updates this instance stored and relayed.', BYTES);
  readonly fanoutPublishSeconds = this.histogram('fanout_publish_seconds', 'Seconds from publishing a message to the other instances to Redis acknowledging it.', SECONDS);
  readonly fanoutDeliverySeconds = this.histogram(
    'fanout_delivery_seconds',
    "Seconds from a message entering Redis from another instance (its entry id's time, to the millisecond) to its delivery here; across hosts it includes their clock offset.",
    SECONDS,
  );

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    for (const name of MISNAMED_DEFAULTS) this.registry.removeSingleMetric(name);
  }

  /** The media type of `render`'s text, for the response's content-type. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric in the Prometheus text format, as a scrape of /metrics reads it. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  private counter(name: string, help: string): Counter {
    return new Counter({ name: PREFIX + name, help, registers: [this.registry] });
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name: PREFIX + name, help, registers: [this.registry] });
  }

  private histogram(name: string, help: string, buckets: number[]): Histogram {
    return new Histogram({ name: PREFIX + name, help, buckets, registers: [this.registry] });
  }
}

/** The current value of an unlabelled counter or gauge, as a scrape reads it. */
export async function valueOf(metric: Counter | Gauge): Promise<number> {
  return (await metric.get()).values[0]?.value ?? 0;
}
