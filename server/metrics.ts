/** Counters, gauges and one latency histogram, rendered in the Prometheus text format. */
const BUCKETS_MS = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000];

export class Metrics {
  readonly counters = {
    updatesIn: 0,
    updatesOut: 0,
    droppedWrites: 0,
    lockedWrites: 0,
    awarenessIn: 0,
    rejectedConnections: 0,
    closedByServer: 0,
    messageErrors: 0,
    commentWrites: 0,
    proposalWrites: 0,
    proposalRestores: 0,
    /** Document updates refused for their shape (depth, keys, sizes, unknown root types) or for missing too much they depend on. */
    refusedUpdates: 0,
    /** Presence entries dropped: over the size or rate cap, or for a client id the connection does not own. */
    presenceDropped: 0,
    /** Presence entries ignored as echoes: another client's state on a clock the room already holds (see PresenceGate). */
    presenceEchoes: 0,
    /** Sockets closed for not answering the heartbeat. */
    deadSockets: 0,
    /** Joins, board creations and browser calls refused by a rate limit, a cap or the origin check. */
    refusedRequests: 0,
  };
  connections = 0;
  rooms = 0;
  /** Open live comment feeds (server-sent event streams). */
  feeds = 0;
  private persist = { buckets: BUCKETS_MS.map(() => 0), count: 0, sum: 0 };

  /** Records how long one update took from receipt to durable append. */
  observePersist(ms: number): void {
    this.persist.count++;
    this.persist.sum += ms;
    BUCKETS_MS.forEach((b, i) => {
      if (ms <= b) this.persist.buckets[i]!++;
    });
  }

  render(): string {
    const c = this.counters;
    const lines = [
      '# TYPE ansvarstavla_connections gauge',
      `ansvarstavla_connections ${this.connections}`,
      '# TYPE ansvarstavla_rooms gauge',
      `ansvarstavla_rooms ${this.rooms}`,
      '# HELP ansvarstavla_comment_feeds Open live comment feeds.',
      '# TYPE ansvarstavla_comment_feeds gauge',
      `ansvarstavla_comment_feeds ${this.feeds}`,
      '# HELP ansvarstavla_comment_writes_total Comment threads, replies, edits, removals and status changes stored.',
      '# TYPE ansvarstavla_comment_writes_total counter',
      `ansvarstavla_comment_writes_total ${c.commentWrites}`,
      '# HELP ansvarstavla_proposal_writes_total Proposals saved from a board or imported from a file.',
      '# TYPE ansvarstavla_proposal_writes_total counter',
      `ansvarstavla_proposal_writes_total ${c.proposalWrites}`,
      '# HELP ansvarstavla_proposal_restores_total Proposals restored onto a live board.',
      '# TYPE ansvarstavla_proposal_restores_total counter',
      `ansvarstavla_proposal_restores_total ${c.proposalRestores}`,
      '# TYPE ansvarstavla_updates_in_total counter',
      `ansvarstavla_updates_in_total ${c.updatesIn}`,
      '# TYPE ansvarstavla_updates_out_total counter',
      `ansvarstavla_updates_out_total ${c.updatesOut}`,
      '# HELP ansvarstavla_dropped_writes_total Document updates from read-only roles, or from non-facilitators on a locked board, dropped unapplied.',
      '# TYPE ansvarstavla_dropped_writes_total counter',
      `ansvarstavla_dropped_writes_total ${c.droppedWrites}`,
      '# HELP ansvarstavla_locked_writes_total Document updates from non-facilitators while the board was locked, dropped unapplied (also counted as dropped writes).',
      '# TYPE ansvarstavla_locked_writes_total counter',
      `ansvarstavla_locked_writes_total ${c.lockedWrites}`,
      '# TYPE ansvarstavla_awareness_in_total counter',
      `ansvarstavla_awareness_in_total ${c.awarenessIn}`,
      '# TYPE ansvarstavla_rejected_connections_total counter',
      `ansvarstavla_rejected_connections_total ${c.rejectedConnections}`,
      '# TYPE ansvarstavla_closed_by_server_total counter',
      `ansvarstavla_closed_by_server_total ${c.closedByServer}`,
      '# TYPE ansvarstavla_message_errors_total counter',
      `ansvarstavla_message_errors_total ${c.messageErrors}`,
      '# HELP ansvarstavla_refused_updates_total Document updates refused unapplied for their shape or for missing dependencies beyond the bound.',
      '# TYPE ansvarstavla_refused_updates_total counter',
      `ansvarstavla_refused_updates_total ${c.refusedUpdates}`,
      '# HELP ansvarstavla_presence_dropped_total Presence entries dropped unrelayed (too large, too frequent, or a claim on another client id).',
      '# TYPE ansvarstavla_presence_dropped_total counter',
      `ansvarstavla_presence_dropped_total ${c.presenceDropped}`,
      '# HELP ansvarstavla_presence_echoes_total Presence entries ignored as echoes of states the server already holds (the stock client resends all it hears); never counted toward a limit.',
      '# TYPE ansvarstavla_presence_echoes_total counter',
      `ansvarstavla_presence_echoes_total ${c.presenceEchoes}`,
      '# HELP ansvarstavla_dead_sockets_total Sockets closed because they stopped answering pings.',
      '# TYPE ansvarstavla_dead_sockets_total counter',
      `ansvarstavla_dead_sockets_total ${c.deadSockets}`,
      '# HELP ansvarstavla_refused_requests_total Joins, board creations and calls refused by a rate limit, a cap or the origin check.',
      '# TYPE ansvarstavla_refused_requests_total counter',
      `ansvarstavla_refused_requests_total ${c.refusedRequests}`,
      '# HELP ansvarstavla_persist_ms Time from receiving an update to its durable append.',
      '# TYPE ansvarstavla_persist_ms histogram',
      ...BUCKETS_MS.map((b, i) => `ansvarstavla_persist_ms_bucket{le="${b}"} ${this.persist.buckets[i]}`),
      `ansvarstavla_persist_ms_bucket{le="+Inf"} ${this.persist.count}`,
      `ansvarstavla_persist_ms_sum ${this.persist.sum}`,
      `ansvarstavla_persist_ms_count ${this.persist.count}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
