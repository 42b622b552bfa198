import type { PgDb } from './pg-db';

/**
 * Key of the advisory lock migrations run under: instances starting at once against an empty
 * database queue on it, so each step runs once. ASCII "ansvar"; only this app takes it.
 */
export const MIGRATION_LOCK = 0x616e73766172;

/**
 * Schema steps in order; schema_migrations records which have run (version = index + 1), so a
 * database made by an older build is brought forward on open. Append new steps, never edit shipped ones.
 */
export const migrations: readonly string[] = [
  // The tables of sqlite-migrations.ts as its steps left them, with these differences:
  // - What a person typed (titles, names, comment bodies, group names) is in json columns: text
  //   cannot hold U+0000, which json keeps as the escape \u0000 (jsonb would refuse it too), and
  //   the driver decodes json on read, so rows reach sql-rows.ts as SQLite's do. Text columns hold
  //   ids, times and JSON the server wrote.
  // - Identity columns (seq) keep arrival order where SQLite used its rowid.
  // - history_heads gives out history numbers: its row lock serializes two instances numbering
  //   the same board, where SQLite's single writer did that by itself.
  // - created_at sorts byte-wise (COLLATE "C") whatever the database's locale.
  // - No foreign keys: comments, proposals and the like may name a board before or without its
  //   row, as in SQLite; and an update log without one lets appends skip a lock on the board row.
  `CREATE TABLE boards (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
     id text PRIMARY KEY,
     title json NOT NULL,
     template text NOT NULL,
     key_version integer NOT NULL,
     facilitator_key integer NOT NULL,
     editor_key integer NOT NULL,
     commenter_key integer NOT NULL,
     viewer_key integer NOT NULL,
     created_at text COLLATE "C" NOT NULL
   );
   CREATE TABLE states (board_id text PRIMARY KEY, data bytea NOT NULL);
   CREATE TABLE updates (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX updates_board ON updates (board_id, id);
   CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE participants (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
     board_id text NOT NULL,
     participant_id text NOT NULL,
     name json NOT NULL,
     organisation json NOT NULL,
     role text NOT NULL,
     joined_at text NOT NULL,
     PRIMARY KEY (board_id, participant_id)
   );
   CREATE TABLE threads (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     anchor text NOT NULL,
     status text NOT NULL,
     created_at text NOT NULL,
     resolved_at text,
     resolved_by text,
     UNIQUE (board_id, id)
   );
   CREATE TABLE comments (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     thread_id text NOT NULL,
     author_id text NOT NULL,
     author_name json NOT NULL,
     author_organisation json NOT NULL,
     author_role text NOT NULL,
     body json NOT NULL,
     stance text,
     mentions text NOT NULL,
     created_at text NOT NULL,
     edited_at text,
     removed_at text,
     removed_by text,
     UNIQUE (board_id, id)
   );
   CREATE INDEX comments_board_thread ON comments (board_id, thread_id, seq);
   CREATE TABLE comment_removals (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     comment_id text NOT NULL,
     thread_id text NOT NULL,
     author_id text NOT NULL,
     removed_by text NOT NULL,
     removed_at text NOT NULL
   );
   CREATE INDEX comment_removals_board ON comment_removals (board_id, seq);
   CREATE TABLE proposals (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     data text NOT NULL,
     UNIQUE (board_id, id)
   );
   CREATE INDEX proposals_board ON proposals (board_id, seq);
   CREATE TABLE history_heads (board_id text PRIMARY KEY, last_seq integer NOT NULL);
   CREATE TABLE history (
     board_id text NOT NULL,
     seq integer NOT NULL,
     data text NOT NULL,
     PRIMARY KEY (board_id, seq)
   );
   CREATE TABLE controls (board_id text PRIMARY KEY, data text NOT NULL);
   CREATE TABLE rating_rounds (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     data text NOT NULL,
     revealed_at text,
     closed_at text,
     UNIQUE (board_id, id)
   );
   CREATE UNIQUE INDEX rating_rounds_one_open ON rating_rounds (board_id) WHERE closed_at IS NULL;
   CREATE TABLE rating_answers (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     round_id text NOT NULL,
     participant_id text NOT NULL,
     proposal_id text NOT NULL,
     criterion text NOT NULL,
     data text NOT NULL,
     UNIQUE (board_id, round_id, participant_id, proposal_id, criterion)
   );
   CREATE TABLE breakouts (
     child_id text PRIMARY KEY,
     parent_id text NOT NULL,
     round integer NOT NULL,
     group_number integer NOT NULL,
     name json NOT NULL,
     created_at text NOT NULL,
     UNIQUE (parent_id, round, group_number)
   );`,
  // When a board last changed, as in sqlite-migrations.ts.
  `ALTER TABLE boards ADD COLUMN touched_at text COLLATE "C";`,
  // Whether a comment's author was signed in, as in sqlite-migrations.ts.
  `ALTER TABLE comments ADD COLUMN author_verified boolean NOT NULL DEFAULT false;`,
  // Consultation rounds, as in sqlite-migrations.ts; a title or question a person typed is inside
  // the JSON data, which keeps U+0000 escaped.
  `CREATE TABLE consultations (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     data text NOT NULL,
     deadline text NOT NULL,
     closed_at text,
     UNIQUE (board_id, id)
   );`,
  // Notifications, email settings and the send queue, as in sqlite-migrations.ts; what a person
  // typed (names, the excerpt, the address) in json columns. Instances claim queued rows with
  // FOR UPDATE SKIP LOCKED, and the lease (claimed_until) keeps a claimed row from a second sender.
  `CREATE TABLE notifications (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     id text NOT NULL,
     recipient_id text NOT NULL,
     kind text NOT NULL,
     thread_id text NOT NULL,
     comment_id text NOT NULL,
     anchor text NOT NULL,
     actor_id text NOT NULL,
     actor_name json NOT NULL,
     actor_organisation json NOT NULL,
     excerpt json NOT NULL,
     created_at text COLLATE "C" NOT NULL,
     read_at text,
     UNIQUE (board_id, id)
   );
   CREATE INDEX notifications_recipient ON notifications (board_id, recipient_id, seq);
   CREATE TABLE mail_addresses (
     board_id text NOT NULL,
     participant_id text NOT NULL,
     address json NOT NULL,
     lang text NOT NULL,
     instant boolean NOT NULL,
     digest boolean NOT NULL,
     confirmed_at text,
     created_at text NOT NULL,
     PRIMARY KEY (board_id, participant_id)
   );
   CREATE TABLE mail_outbox (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL,
     participant_id text NOT NULL,
     key text NOT NULL UNIQUE,
     kind text NOT NULL,
     data text NOT NULL,
     attempts integer NOT NULL DEFAULT 0,
     next_at text COLLATE "C" NOT NULL,
     claimed_until text COLLATE "C",
     last_error text,
     done_at text,
     outcome text,
     created_at text NOT NULL
   );
   CREATE INDEX mail_outbox_due ON mail_outbox (next_at) WHERE done_at IS NULL;`,
];

/**
 * Brings the schema up to the newest step, all steps in one transaction that holds
 * MIGRATION_LOCK, so concurrent opens wait for one another and see each step applied once.
 */
export async function migrate(db: PgDb): Promise<void> {
  await db.tx(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Created under the lock: two CREATE TABLE IF NOT EXISTS racing can both pass the check.
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const [i, step] of migrations.entries()) {
      if (applied.has(i + 1)) continue;
      await c.query(step);
      await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
    }
  });
}
