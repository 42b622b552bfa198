import * as Y from 'yjs';
import { readBoardDoc, ROOT } from './board-doc';
import { entryOf, setIfChanged, writePlacement } from './board-ops';
import { writeBindings } from './binding-ops';
import { knownBindings } from './bindings';
import { catalog } from './catalog';
import { writeChoices } from './choice-ops';
import { completeChoices } from './choices';
import { takeApartDeep } from './doc-depth';
import type { ProposalContent } from './proposals';

/**
 * Puts a proposal's columns, custom cards, placements, choices on open questions (none
 * recorded: all open) and binding pathways (none recorded: none bound) onto a live board in one transaction
 * under `origin`, so it reaches everyone as one change and an UndoManager tracking `origin`
 * takes it back in one step. The title and everything outside the board's content stay.
 * Fields are written only where they differ, and existing entries are updated in place, so a
 * restore onto a board already equal to the proposal writes nothing. A tree an older version
 * let grow too deep to delete in one transaction is first taken apart in steps of its own.
 */
export function restoreProposal(doc: Y.Doc, content: ProposalContent, origin: unknown): { changed: boolean } {
  let changed = false;
  const note = () => {
    changed = true;
  };
  /** The entry under `key`, created empty when missing or malformed. */
  const entry = (map: Y.Map<unknown>, key: string): Y.Map<unknown> => {
    const found = entryOf(map, key);
    if (found) return found;
    note();
    return map.set(key, new Y.Map<unknown>());
  };
  /** Deletes every key not in `keep`. */
  const prune = (map: Y.Map<unknown>, keep: ReadonlySet<string>) => {
    for (const key of [...map.keys()]) {
      if (keep.has(key)) continue;
      note();
      map.delete(key);
    }
  };
  // Only an older version's board holds trees too deep to delete in one transaction; they are
  // taken apart first, as the entries below may be overwritten or pruned.
  if (takeApartDeep(doc, origin).length > 0) note();
  doc.transact(() => {
    const levels = doc.getMap<unknown>(ROOT.levels);
    const keepLevels = new Set(content.allocation.levels.map((l) => l.id));
    const orders = levelOrders(doc, content);
    content.allocation.levels.forEach((level, i) => {
      writeFields(entry(levels, level.id), { kind: level.kind, name: level.name, arrangement: level.arrangement, order: orders[i] }, note);
    });
    prune(levels, keepLevels);

    const custom = doc.getMap<unknown>(ROOT.custom);
    const keepCustom = new Set(content.custom.map((c) => c.id));
    for (const { id, ...fields } of content.custom) {
      writeFields(entry(custom, id), fields, note);
    }
    prune(custom, keepCustom);

    const cards = doc.getMap<unknown>(ROOT.cards);
    const keepCards = new Set(content.allocation.placements.map((p) => p.responsibility));
    for (const p of content.allocation.placements) {
      // The two fields only: toJSON would follow whatever else an entry holds, however deep.
      const before = entryOf(cards, p.responsibility);
      const [level, order] = [before?.get('level'), before?.get('order')];
      writePlacement(cards, p.responsibility, p.level, p.order);
      if (level !== p.level || order !== p.order) note();
    }
    prune(cards, keepCards);

    if (writeChoices(doc, completeChoices(content.choices))) note();
    // None recorded (an older proposal): nothing bound.
    if (writeBindings(doc, knownBindings(content.bindings, catalog))) note();
  }, origin);
  return { changed };
}

/**
 * The sort keys the proposal's columns get: the ones they have when the board already shows
 * those columns in that order (so nothing is written), else fresh keys for all of them.
 */
function levelOrders(doc: Y.Doc, content: ProposalContent): string[] {
  const wanted = content.allocation.levels.map((l) => l.id);
  const current = readBoardDoc(doc).levelOrder.filter((l) => wanted.includes(l.id));
  if (current.length === wanted.length && current.every((l, i) => l.id === wanted[i])) return current.map((l) => l.order);
  return wanted.map((_, i) => `a${i.toString(36).padStart(2, '0')}`);
}

/** Sets each defined field that differs and deletes each undefined one the entry has. */
function writeFields(entry: Y.Map<unknown>, fields: Record<string, unknown>, note: () => void) {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (!entry.has(key)) continue;
      note();
      entry.delete(key);
    } else if (entry.get(key) !== value) {
      note();
      setIfChanged(entry, key, value);
    }
  }
}
