import { MemoryBoards } from './memory-boards';
import { MemoryBreakouts } from './memory-breakouts';
import { MemoryComments } from './memory-comments';
import { MemoryConsultations } from './memory-consultations';
import { MemoryControl } from './memory-control';
import { MemoryDocumentLog } from './memory-document-log';
import { MemoryHistory } from './memory-history';
import { MemoryMail } from './memory-mail';
import { MemoryNotifications } from './memory-notifications';
import { MemoryProposals } from './memory-proposals';
import { MemoryRatings } from './memory-ratings';
import type { Stores } from './stores';

/** Every store held in memory, for tests and throwaway runs: same semantics as SQLite's, nothing survives the process. */
export function memoryStores(): Stores {
  const log = new MemoryDocumentLog();
  const boards = new MemoryBoards(log);
  const settings = new Map<string, string>();
  const parts = {
    comments: new MemoryComments(),
    proposals: new MemoryProposals(),
    history: new MemoryHistory(),
    ratings: new MemoryRatings(),
    control: new MemoryControl(),
    breakouts: new MemoryBreakouts(boards),
    consultations: new MemoryConsultations(),
    notifications: new MemoryNotifications(),
    mail: new MemoryMail(),
  };
  let closed = false;
  return {
    boards,
    log,
    settings: {
      getSetting: async (key) => settings.get(key) ?? null,
      setSetting: async (key, value) => {
        settings.set(key, value);
      },
    },
    ...parts,
    purgeBoard: async (id) => {
      const ids = [id];
      for (let i = 0; i < ids.length; i++) for (const g of await parts.breakouts.listBreakouts(ids[i]!)) if (!ids.includes(g.childId)) ids.push(g.childId);
      for (const board of ids) {
        boards.forget(board);
        log.forget(board);
        for (const part of Object.values(parts)) part.forget(board);
        for (const [key, value] of settings) if (value === board || key.endsWith(`:${board}`)) settings.delete(key);
      }
      return ids;
    },
    ping: async () => !closed,
    close: async () => {
      closed = true;
    },
  };
}
