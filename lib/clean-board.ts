import * as Y from 'yjs';
import { readBoardDoc, ROOT } from './board-doc';
import { catalog as defaultCatalog } from './catalog';
import type { Catalog } from './catalog/schema';
import { liveItems, takeApartDeep } from './doc-depth';

/** The meta keys a board uses (see initBoardDoc); any other is content nothing reads. */
export const META_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'title', 'template', 'catalogVersion']);

const ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT));

/** The root map each kind of entry readBoardDoc skips (`<kind> <key>`) lives in; `arrangement` is a column's field. */
const SKIPPED_IN: Record<string, string> = { level: ROOT.levels, card: ROOT.cards, custom: ROOT.custom, choice: ROOT.choices, binding: ROOT.bindings };

/**
 * Removes what no reader of the board uses, in one transaction under `origin`: every entry
 * readBoardDoc skips (for a column whose arrangement alone did not parse, that field only), every
 * meta key but META_KEYS, and all content of every root type that is not one of ROOT. A tree an
 * older version let grow too deep to delete in one transaction is first taken apart in steps of
 * its own (see takeApartDeep). Answers what it removed, sorted, named as readBoardDoc names
 * skipped entries (`card <id>`), as `meta <key>`, as `<root> <key>` (`<root> [list]` for list
 * content), or as `below <root> <key>` for a deep tree under an entry that stays. Writes nothing
 * when there is nothing to remove.
 */
export function cleanBoard(doc: Y.Doc, origin: unknown, catalog: Catalog = defaultCatalog): string[] {
  const takenApart = takeApartDeep(doc, origin);
  const doomed = new Set<Y.Item>();
  const removed: string[] = [];
  const drop = (label: string, items: (Y.Item | undefined)[]) => {
    const live = items.filter((item): item is Y.Item => item !== undefined && !item.deleted && !doomed.has(item));
    if (live.length === 0) return;
    for (const item of live) doomed.add(item);
    removed.push(label);
  };
  for (const label of readBoardDoc(doc, catalog).skipped) {
    // Keys are the document's, spaces and all; the kind is everything before the first space.
    const kind = label.slice(0, label.indexOf(' '));
    const key = label.slice(kind.length + 1);
    if (kind === 'arrangement') {
      const level = doc.getMap(ROOT.levels).get(key);
      if (level instanceof Y.Map) drop(label, [level._map.get('arrangement')]);
    } else if (Object.hasOwn(SKIPPED_IN, kind)) drop(label, [doc.getMap(SKIPPED_IN[kind]!)._map.get(key)]);
  }
  for (const [key, item] of doc.getMap(ROOT.meta)._map) if (!META_KEYS.has(key)) drop(`meta ${key}`, [item]);
  for (const [name, root] of doc.share) {
    if (ROOTS.has(name)) continue;
    for (const [key, item] of root._map) drop(`${name} ${key}`, [item]);
    drop(`${name} [list]`, liveItems(root).filter((item) => item.parentSub === null));
  }
  if (doomed.size > 0) doc.transact((tr) => doomed.forEach((item) => item.delete(tr)), origin);
  // A readable entry that only had a deep tree below it stays; what went is named apart.
  for (const label of takenApart) {
    const [name, key] = [label.slice(0, label.indexOf(' ')), label.slice(label.indexOf(' ') + 1)];
    if (!doc.share.get(name)?._map.get(key)?.deleted) removed.push(`below ${label}`);
  }
  return removed.sort();
}
