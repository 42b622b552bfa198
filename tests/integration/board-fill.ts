import * as Y from 'yjs';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author } from '@/lib/comments';
import { INITIAL_CONTROL } from '@/lib/control';
import type { Stores } from '@/server/storage/stores';

const at = '2025-03-01T10:00:00.000Z';
/** A document update (from a document of its own) that sets one meta text, as a page's edit would. */
function metaUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('fill', text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const start = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);

/**
 * Writes something into every store for one board, straight through the stores: a document
 * update, a participant, a thread with a comment and a removed one (so the removal log has a
 * line), a proposal, a history entry, a rating round with an answer, the controls, a setting
 * keyed by the board, and, with `group`, a breakout board of its own (filled the same way, one
 * level down). Every piece of text holds `marker`, so a scan of raw storage can look for it.
 */
export async function fillBoard(stores: Stores, boardId: string, marker: string, group?: string): Promise<void> {
  const author: Author = { participantId: `p-${boardId}`, name: `Kari ${marker}`, organisation: `Org ${marker}`, role: 'editor' };
  if (!(await stores.boards.getBoard(boardId))) {
    await stores.boards.createBoard({ id: boardId, title: `Tavle ${marker}`, template: 'dagens-ordning', keyVersion: 1, createdAt: at }, metaUpdate(`state ${marker}`));
  }
  await stores.log.append(boardId, metaUpdate(`update ${marker}`));
  await stores.comments.addParticipant(boardId, author, at);
  const comment = (id: string) => ({ id, threadId: `t-${boardId}`, author, body: `comment ${marker}`, stance: null, mentions: [], createdAt: at, editedAt: null, removedAt: null, removedBy: null });
  await stores.comments.createThread({ id: `t-${boardId}`, boardId, anchor: { kind: 'board' }, status: 'open', createdAt: at, resolvedAt: null, resolvedBy: null }, comment(`c1-${boardId}`));
  await stores.comments.addComment(boardId, comment(`c2-${boardId}`));
  await stores.comments.removeComment(boardId, `c2-${boardId}`, author, at);
  await stores.proposals.createProposal({
    id: `p-${boardId}`,
    boardId,
    name: `Forslag ${marker}`,
    note: marker,
    author,
    createdAt: at,
    origin: 'board',
    content: { catalogVersion: catalog.version, allocation: start, custom: [], assumptions: [] },
    headline: { 'cost:total': 1 },
    openThreads: [],
  });
  await stores.history.appendHistory(boardId, { at, actors: [{ ...author }], changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }], allocation: start, custom: [] });
  await stores.ratings.createRound({ id: `r-${boardId}`, boardId, proposals: [{ id: `p-${boardId}`, name: `Forslag ${marker}` }], anonymous: false, openedAt: at, revealedAt: null, closedAt: null });
  await stores.ratings.addAnswer({ boardId, roundId: `r-${boardId}`, proposal: `p-${boardId}`, criterion: 'beredskap', value: 4, reason: `reason ${marker}`, author, at });
  await stores.control.setControl(boardId, { ...INITIAL_CONTROL, lockedBy: `Kari ${marker}` });
  await stores.settings.setSetting(`presenter-key:${boardId}`, '3');
  if (group) await addGroup(stores, boardId, group, marker);
}

/** Splits a breakout board `group` off `boardId` (round 1, group 1) and fills it as fillBoard does. */
export async function addGroup(stores: Stores, boardId: string, group: string, marker: string): Promise<void> {
  await stores.breakouts.createBreakouts([
    {
      board: { id: group, title: `Gruppe ${marker}`, template: 'dagens-ordning', keyVersion: 1, createdAt: at },
      initialState: metaUpdate(`group state ${marker}`),
      breakout: { parentId: boardId, childId: group, round: 1, group: 1, name: `Gruppe ${marker}`, createdAt: at },
    },
  ]);
  await fillBoard(stores, group, marker);
}

/** What the stores hold for one board, counted per part; every count is 0 for a board with nothing left. */
export async function boardHoldings(stores: Stores, boardId: string) {
  const doc = await stores.log.load(boardId);
  const rounds = await stores.ratings.listRounds(boardId);
  return {
    board: (await stores.boards.getBoard(boardId)) ? 1 : 0,
    state: doc.state ? 1 : 0,
    updates: doc.updates.length,
    participants: (await stores.comments.listParticipants(boardId)).length,
    threads: (await stores.comments.listThreads(boardId)).length,
    removals: (await stores.comments.listRemovals(boardId)).length,
    proposals: (await stores.proposals.listProposals(boardId)).length,
    history: (await stores.history.listHistory(boardId)).length,
    rounds: rounds.length,
    answers: (await Promise.all(rounds.map((r) => stores.ratings.listAnswers(boardId, r.id)))).flat().length,
    control: (await stores.control.getControl(boardId)) ? 1 : 0,
    presenterKey: (await stores.settings.getSetting(`presenter-key:${boardId}`)) ? 1 : 0,
    groups: (await stores.breakouts.listBreakouts(boardId)).length,
    asGroup: (await stores.breakouts.getBreakout(boardId)) ? 1 : 0,
  };
}
