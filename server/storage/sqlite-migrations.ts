import type Database from 'better-sqlite3';

/**
 * Schema steps in order; user_version records how many have run, so a database made by an
 * older build is brought forward on open. Append new steps, never edit shipped ones.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     template TEXT NOT NULL,
     key_version INTEGER NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     board_id TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX updates_board_seq ON updates (board_id, seq);
   CREATE TABLE states (board_id TEXT PRIMARY KEY, data BLOB NOT NULL);
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Every append sits on the relay path. Keyed by (board, seq) without a rowid, a commit
  // writes one b-tree page to the WAL instead of three (table, index, AUTOINCREMENT counter).
  `CREATE TABLE update_log (
     board_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (board_id, seq)
   ) WITHOUT ROWID;
   INSERT INTO update_log (board_id, seq, data) SELECT board_id, seq, data FROM updates;
   DROP TABLE updates;
   ALTER TABLE update_log RENAME TO updates;`,
  // Comment threads. Authors are copied onto each comment as the token said at the time, so a
  // later rename or role change does not rewrite history. seq keeps arrival order.
  `CREATE TABLE participants (
     board_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     name TEXT NOT NULL,
     organisation TEXT NOT NULL,
     role TEXT NOT NULL,
     joined_at TEXT NOT NULL,
     PRIMARY KEY (board_id, participant_id)
   );
   CREATE TABLE threads (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     anchor TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL,
     resolved_at TEXT,
     resolved_by TEXT,
     UNIQUE (board_id, id)
   );
   CREATE TABLE comments (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     thread_id TEXT NOT NULL,
     author_id TEXT NOT NULL,
     author_name TEXT NOT NULL,
     author_organisation TEXT NOT NULL,
     author_role TEXT NOT NULL,
     body TEXT NOT NULL,
     stance TEXT,
     mentions TEXT NOT NULL,
     created_at TEXT NOT NULL,
     edited_at TEXT,
     removed_at TEXT,
     removed_by TEXT,
     UNIQUE (board_id, id)
   );
   CREATE INDEX comments_board_thread ON comments (board_id, thread_id, seq);
   CREATE TABLE comment_removals (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     comment_id TEXT NOT NULL,
     thread_id TEXT NOT NULL,
     author_id TEXT NOT NULL,
     removed_by TEXT NOT NULL,
     removed_at TEXT NOT NULL
   );
   CREATE INDEX comment_removals_board ON comment_removals (board_id, seq);`,
  // Proposals and the live board's history. Both are written once and read whole, so each row
  // holds its record as JSON, read back through the lib schemas. A proposal's seq keeps the
  // order of saving; a history entry's seq is its number within the board, as the API shows it.
  `CREATE TABLE proposals (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     UNIQUE (board_id, id)
   );
   CREATE INDEX proposals_board ON proposals (board_id, seq);
   CREATE TABLE history (
     board_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (board_id, seq)
   ) WITHOUT ROWID;`,
  // Facilitation: each role's links are revoked on their own, so each role gets a key version,
  // starting where the board's one version was (links issued before keep working). A board's
  // control state (lock, timer, follow) is one small JSON record, read back through lib/control.ts.
  `ALTER TABLE boards ADD COLUMN facilitator_key INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE boards ADD COLUMN editor_key INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE boards ADD COLUMN commenter_key INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE boards ADD COLUMN viewer_key INTEGER NOT NULL DEFAULT 0;
   UPDATE boards SET facilitator_key = key_version, editor_key = key_version, commenter_key = key_version, viewer_key = key_version;
   CREATE TABLE controls (board_id TEXT PRIMARY KEY, data TEXT NOT NULL);`,
  // Rating rounds. A round's fixed part is JSON; its reveal and close times are columns, so a
  // change of state is one conditional UPDATE. The partial index keeps one unclosed round per
  // board, and the unique key on answers keeps one answer per participant, proposal and criterion.
  `CREATE TABLE rating_rounds (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     revealed_at TEXT,
     closed_at TEXT,
     UNIQUE (board_id, id)
   );
   CREATE UNIQUE INDEX rating_rounds_one_open ON rating_rounds (board_id) WHERE closed_at IS NULL;
   CREATE TABLE rating_answers (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     round_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     proposal_id TEXT NOT NULL,
     criterion TEXT NOT NULL,
     data TEXT NOT NULL,
     UNIQUE (board_id, round_id, participant_id, proposal_id, criterion)
   );`,
  // Breakout groups: which board was split from which, in which round, as which group. A child
  // is a group of one parent only (its primary key), and a round numbers its groups once.
  `CREATE TABLE breakouts (
     child_id TEXT PRIMARY KEY,
     parent_id TEXT NOT NULL,
     round INTEGER NOT NULL,
     group_number INTEGER NOT NULL,
     name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     UNIQUE (parent_id, round, group_number)
   );`,
  // When a board last changed (written at most hourly, see server/deletion/touch.ts), so a
  // retention period can find boards no one has used. Null until the first change after this
  // step: created_at stands in for it.
  `ALTER TABLE boards ADD COLUMN touched_at TEXT;`,
  // Whether a comment's author was signed in with the identity provider when joining (1) or typed
  // their name (0, and every comment from before sign-in existed).
  `ALTER TABLE comments ADD COLUMN author_verified INTEGER NOT NULL DEFAULT 0;`,
  // Notifications per recipient, email settings and the send queue. All keyed by board_id, so a
  // board's deletion purges them (sqlite-purge.ts). An outbox key is unique across the table:
  // queueing one event or one digest day for one recipient twice stores it once, so it is sent once.
  // claimed_until is the lease a worker holds while sending; a crashed worker's lease runs out.
  `CREATE TABLE notifications (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     recipient_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     thread_id TEXT NOT NULL,
     comment_id TEXT NOT NULL,
     anchor TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     actor_name TEXT NOT NULL,
     actor_organisation TEXT NOT NULL,
     excerpt TEXT NOT NULL,
     created_at TEXT NOT NULL,
     read_at TEXT,
     UNIQUE (board_id, id)
   );
   CREATE INDEX notifications_recipient ON notifications (board_id, recipient_id, seq);
   CREATE TABLE mail_addresses (
     board_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     address TEXT NOT NULL,
     lang TEXT NOT NULL,
     instant INTEGER NOT NULL,
     digest INTEGER NOT NULL,
     confirmed_at TEXT,
     created_at TEXT NOT NULL,
     PRIMARY KEY (board_id, participant_id)
   );
   CREATE TABLE mail_outbox (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     key TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL,
     data TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_at TEXT NOT NULL,
     claimed_until TEXT,
     last_error TEXT,
     done_at TEXT,
     outcome TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX mail_outbox_due ON mail_outbox (next_at) WHERE done_at IS NULL;`,
  // Consultation rounds: the fixed part as JSON, the deadline and close time as columns, so
  // extending or closing is one conditional UPDATE. Which round is open depends on the clock, so
  // no index keeps one open per board; the store checks it in the transaction that inserts.
  `CREATE TABLE consultations (
     seq INTEGER PRIMARY KEY,
     board_id TEXT NOT NULL,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     deadline TEXT NOT NULL,
     closed_at TEXT,
     UNIQUE (board_id, id)
   );`,
];

/** Brings the schema up to the newest migration, each step in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
