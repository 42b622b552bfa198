import type { BoardStore } from './board-store';
import type { BreakoutStore } from './breakout-store';
import type { CommentStore } from './comment-store';
import type { ConsultationStore } from './consultation-store';
import type { ControlStore } from './control-store';
import type { DocumentLog } from './document-log';
import type { HistoryStore } from './history-store';
import type { MailStore } from './mail-store';
import type { NotificationStore } from './notification-store';
import type { ProposalStore } from './proposal-store';
import type { RatingStore } from './rating-store';
import type { SettingStore } from './setting-store';

/**
 * Everything the server stores, one small store per concern, all on one backend (SQLite,
 * PostgreSQL or memory; see openStore). A service takes only the stores it uses, as a Pick of this.
 */
export type Stores = {
  boards: BoardStore;
  log: DocumentLog;
  settings: SettingStore;
  comments: CommentStore;
  proposals: ProposalStore;
  history: HistoryStore;
  ratings: RatingStore;
  control: ControlStore;
  breakouts: BreakoutStore;
  consultations: ConsultationStore;
  notifications: NotificationStore;
  mail: MailStore;
  /**
   * Deletes the board and everything stored under it (document, comments and people, proposals,
   * history, rating rounds, controls, settings that name it) together with its breakout boards
   * and theirs, all in one transaction. Answers the ids it covered, the board's first; a board
   * with nothing stored is covered all the same, so calling it again sweeps up late writes. See
   * server/deletion/board-deletion.ts for what else a deletion ends.
   */
  purgeBoard(id: string): Promise<string[]>;
  /** True when the backend answers a trivial query; false, never a throw, while it cannot be reached. Used by the health check. */
  ping(): Promise<boolean>;
  /** Waits for the appends already called, then closes the backend; a second call does nothing. */
  close(): Promise<void>;
};
