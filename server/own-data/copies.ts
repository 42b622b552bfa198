import { readBoardDoc } from '@/lib/board-doc';
import { eraseCustomCardAuthor } from '@/lib/board-ops';
import type { OwnCard } from '@/lib/own-data';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';

// Where copies of a participant's part live beyond their board's own rows: the family of boards a
// breakout split ties together, and the custom cards in those boards' live documents.

/**
 * The boards that may hold copies of `boardId`'s content, `boardId` first. A split copies the main
 * board's document (custom cards and all) into each group's board; adopting a group copies its
 * threads and cards into a proposal on the main board, and a restore puts them on the main board,
 * whence the next split copies them on. Splits go one level deep, so that is the main board and
 * every group split from it.
 */
export async function boardFamily(stores: Pick<Stores, 'breakouts'>, boardId: string): Promise<string[]> {
  const main = (await stores.breakouts.getBreakout(boardId))?.parentId ?? boardId;
  const groups = (await stores.breakouts.listBreakouts(main)).map((r) => r.childId);
  return [...new Set([boardId, main, ...groups])];
}

// Not a peer, so the change goes to every peer; not a person, so the history names no one for it
// (and records no entry: an author is not among the changes a history entry lists).
const ERASURE_ORIGIN = Symbol('erasure');

/** The custom cards on a board's live document whose author text is `author`. */
export async function cardsBy(rooms: Rooms, boardId: string, author: string): Promise<OwnCard[]> {
  const room = await rooms.acquire(boardId);
  try {
    return readBoardDoc(room.doc)
      .custom.filter((c) => c.author === author)
      .map((c) => ({ boardId, id: c.id, name: c.name }));
  } finally {
    rooms.release(room);
  }
}

/**
 * Blanks `author` on a board's live custom cards (see eraseCustomCardAuthor) as one change the
 * room stores and sends to every peer, here and on other instances, and answers how many cards
 * changed. A locked board takes it too: erasure is owed to the person, whoever holds the board.
 */
export async function eraseCardsBy(rooms: Rooms, boardId: string, author: string): Promise<number> {
  const room = await rooms.acquire(boardId);
  try {
    const ids = eraseCustomCardAuthor(room.doc, author, ERASURE_ORIGIN);
    if (ids.length === 0) return 0;
    await room.settled();
    // The stored update that added a card still holds its author text until the log is compacted
    // into one state, which keeps no overwritten text (the document collects deleted content). A
    // compaction already under way may have begun before this change; the second one covers it.
    await room.compact();
    await room.compact();
    return ids.length;
  } finally {
    rooms.release(room);
  }
}
