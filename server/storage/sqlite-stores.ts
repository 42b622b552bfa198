import { SqliteBoards } from './sqlite-boards';
import { SqliteBreakouts } from './sqlite-breakouts';
import { SqliteComments } from './sqlite-comments';
import { SqliteControl } from './sqlite-control';
import { SqliteDb } from './sqlite-db';
import { SqliteDocumentLog } from './sqlite-document-log';
import { SqliteHistory } from './sqlite-history';
import { SqliteProposals } from './sqlite-proposals';
import { SqliteRatings } from './sqlite-ratings';
import { SqliteSettings } from './sqlite-settings';
import type { Stores } from './stores';

/**
 * The default stores: one SQLite file in WAL mode at `file` (created and migrated as needed),
 * every store on the one connection.
 */
export function openSqliteStores(file: string): Stores {
  const db = SqliteDb.open(file);
  const log = new SqliteDocumentLog(db);
  const boards = new SqliteBoards(db);
  return {
    boards,
    log,
    settings: new SqliteSettings(db),
    comments: new SqliteComments(db),
    proposals: new SqliteProposals(db),
    history: new SqliteHistory(db),
    ratings: new SqliteRatings(db),
    control: new SqliteControl(db),
    breakouts: new SqliteBreakouts(db, boards),
    ping: async () => db.ping(),
    close: async () => {
      if (db.closed) return;
      // Appends already called are written before the connection goes.
      log.flush();
      await db.close();
    },
  };
}
