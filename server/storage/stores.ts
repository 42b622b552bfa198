import type { BoardStore } from './board-store';
import type { BreakoutStore } from './breakout-store';
import type { CommentStore } from './comment-store';
import type { ControlStore } from './control-store';
import type { DocumentLog } from './document-log';
import type { HistoryStore } from './history-store';
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
  /** True when the backend answers a trivial query; false, never a throw, while it cannot be reached. Used by the health check. */
  ping(): Promise<boolean>;
  /** Waits for the appends already called, then closes the backend; a second call does nothing. */
  close(): Promise<void>;
};
