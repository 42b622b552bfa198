import { SqliteBoards } from './sqlite-boards';
import { SqliteBreakouts } from './sqlite-breakouts';
import { SqliteComments } from './sqlite-comments';
import { SqliteConsultations } from './sqlite-consultations';
import { SqliteControl } from './sqlite-control';
import { SqliteDb } from './sqlite-db';
import { SqliteDocumentLog } from './sqlite-document-log';
import { SqliteHistory } from './sqlite-history';
import { SqliteMail } from './sqlite-mail';
import { SqliteNotifications } from './sqlite-notifications';
import { SqliteProposals } from './sqlite-proposals';
import { SqlitePurge } from './sqlite-purge';
import { SqliteRatings } from './sqlite-ratings';
import { SqliteSettings } from './sqlite-settings';
import type { Stores } from './stores';
import type { Logger } from '../log';

/**
 * The default stores: one SQLite file in WAL mode at `file` (created and migrated as needed),
 * every store on the one connection.
 */
export function openSqliteStores(file: string, opts: { log?: Logger } = {}): Stores {
  const db = SqliteDb.open(file);
  const log = new SqliteDocumentLog(db);
  const boards = new SqliteBoards(db);
  const purge = new SqlitePurge(db, (error) => opts.log?.('wal-truncate-failed', { error }, 'error'));
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
    consultations: new SqliteConsultations(db),
    notifications: new SqliteNotifications(db),
    mail: new SqliteMail(db),
    purgeBoard: async (id) => {
      // Updates appended but not yet written would land after the purge.
      log.flush();
      return purge.purge(id);
    },
    ping: async () => db.ping(),
    close: async () => {
      if (db.closed) return;
      // Appends already called are written before the connection goes.
      log.flush();
      await db.close();
    },
  };
}
