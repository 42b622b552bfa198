import type { Logger } from '../log';
import { PgBoards } from './pg-boards';
import { PgBreakouts } from './pg-breakouts';
import { PgComments } from './pg-comments';
import { PgConsultations } from './pg-consultations';
import { PgControl } from './pg-control';
import { PgDb } from './pg-db';
import { PgDocumentLog } from './pg-document-log';
import { PgHistory } from './pg-history';
import { PgMail } from './pg-mail';
import { PgNotifications } from './pg-notifications';
import { migrate } from './pg-migrations';
import { PgProposals } from './pg-proposals';
import { PgPurge } from './pg-purge';
import { PgRatings } from './pg-ratings';
import { PgSettings } from './pg-settings';
import type { Stores } from './stores';

/**
 * The stores for scale-out: one PostgreSQL database at `url` (a postgres:// URL) that several
 * server instances share, its schema brought up to date first. Every invariant is kept by the
 * database (constraints, row and advisory locks), never by this process, so two instances racing
 * cannot both win. A restart of PostgreSQL fails the calls made while it is down; later calls
 * reconnect by themselves.
 */
export async function openPgStores(url: string, opts: { log?: Logger } = {}): Promise<Stores> {
  const db = new PgDb(url, opts.log);
  try {
    await migrate(db);
  } catch (e) {
    await db.end();
    throw e;
  }
  const log = new PgDocumentLog(db);
  const boards = new PgBoards(db);
  const purge = new PgPurge(db);
  let closed = false;
  return {
    boards,
    log,
    settings: new PgSettings(db),
    comments: new PgComments(db),
    proposals: new PgProposals(db),
    history: new PgHistory(db),
    ratings: new PgRatings(db),
    control: new PgControl(db),
    breakouts: new PgBreakouts(db, boards),
    consultations: new PgConsultations(db),
    notifications: new PgNotifications(db),
    mail: new PgMail(db),
    purgeBoard: async (id) => {
      // Appends already called would otherwise land after the purge.
      await log.settled();
      return purge.purge(id);
    },
    ping: async () => !closed && (await db.ping()),
    close: async () => {
      if (closed) return;
      closed = true;
      // The appends already called commit before the pool ends.
      await log.close();
      await db.end();
    },
  };
}
