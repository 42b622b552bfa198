import * as Y from 'yjs';

/**
 * How deep shared types may sit for one transaction to delete them. Yjs deletes a shared type
 * by deleting its children first, and frees it the same way, both recursively: a few thousand
 * levels overflow the stack, here and on every peer applying the deletion. The server now refuses
 * updates nesting more than two levels, so only an older version's documents go deeper.
 */
export const MAX_DELETE_DEPTH = 200;

/** Any shared type of a document (a map, a list, a placeholder for a root not yet read): the parts of it these walks use. */
export type SharedType = Pick<Y.AbstractType<never>, '_map' | '_start' | '_item' | 'doc'>;

/** The items directly inside a shared type that are still there: map values, then list content. */
export function liveItems(type: SharedType): Y.Item[] {
  const items: Y.Item[] = [];
  for (const item of type._map.values()) if (!item.deleted) items.push(item);
  for (let item = type._start; item !== null; item = item.right) if (!item.deleted) items.push(item);
  return items;
}

/** The shared types directly inside `type` that are still there. */
export const childTypes = (type: SharedType): SharedType[] =>
  liveItems(type).flatMap((item) => (item.content instanceof Y.ContentType ? [item.content.type] : []));

/**
 * The shared types at and below `type`, one array per level, top first, walked breadth first
 * without recursion. Stops once it holds more than `limit` levels, so measuring a hostile tree
 * costs no more than that.
 */
export function typeLevels(type: SharedType, limit = Number.POSITIVE_INFINITY): SharedType[][] {
  const levels = [[type]];
  while (levels.length <= limit) {
    const next = levels[levels.length - 1]!.flatMap(childTypes);
    if (next.length === 0) break;
    levels.push(next);
  }
  return levels;
}

/** True when deleting or overwriting `value` would make Yjs recurse more than MAX_DELETE_DEPTH levels. */
export const tooDeepToDelete = (value: unknown): boolean =>
  value instanceof Y.AbstractType && typeLevels(value as SharedType, MAX_DELETE_DEPTH).length > MAX_DELETE_DEPTH;

/**
 * Takes apart every shared type nested so deep below a root entry that deleting the entry would
 * overflow the stack: from the deepest level up, at most MAX_DELETE_DEPTH levels per transaction
 * (each under `origin`), so no transaction, here or on a peer, recurses deeper than that. The
 * entries themselves stay, emptied of what lay below them. Answers them as `<root> <key>`
 * (`<root> [list]` for list content). Writes nothing on a board with no such tree.
 */
export function takeApartDeep(doc: Y.Doc, origin: unknown): string[] {
  const taken: string[] = [];
  for (const [name, root] of doc.share) {
    for (const item of liveItems(root)) {
      if (!(item.content instanceof Y.ContentType)) continue;
      const levels = typeLevels(item.content.type);
      if (levels.length <= MAX_DELETE_DEPTH) continue;
      for (let end = levels.length; end > 1; end -= MAX_DELETE_DEPTH) {
        const start = Math.max(1, end - MAX_DELETE_DEPTH);
        // Deepest first within the step too: each type deleted then has no live child to recurse into.
        doc.transact((tr) => {
          for (let level = end - 1; level >= start; level--) for (const type of levels[level]!) if (type._item && !type._item.deleted) type._item.delete(tr);
        }, origin);
      }
      taken.push(`${name} ${item.parentSub ?? '[list]'}`);
    }
  }
  return taken;
}

/** Every shared type directly inside `type`, deleted ones and overwritten map values included: all that collecting it touches. */
function allChildTypes(type: SharedType): SharedType[] {
  const types: SharedType[] = [];
  const add = (item: Y.Item) => item.content instanceof Y.ContentType && types.push(item.content.type);
  for (const last of type._map.values()) for (let item: Y.Item | null = last; item !== null; item = item.left as Y.Item | null) add(item);
  for (let item = type._start; item !== null; item = item.right) add(item);
  return types;
}

/**
 * A Y.Doc `gcFilter` that lets a deleted shared type be collected however deep it is: Yjs collects
 * a type by collecting its children first, recursively, which overflows the stack on an older
 * version's deep tree (one transaction deleting all of it, as when a room replays a log that took
 * one apart). This collects such a tree from its deepest level up first, each level finding the
 * one below already emptied, then lets Yjs finish. Shallow types are left to Yjs as they are.
 */
export function collectDeepFirst(item: Y.Item): boolean {
  if (!(item.content instanceof Y.ContentType)) return true;
  const store = (item.content.type).doc?.store;
  const levels: SharedType[][] = [[item.content.type]];
  for (let next = allChildTypes(levels[0]![0]!); next.length > 0; next = levels[levels.length - 1]!.flatMap(allChildTypes)) levels.push(next);
  if (!store || levels.length <= MAX_DELETE_DEPTH) return true;
  // Only a tree deleted whole is collected; one a failed deletion left half standing is kept as it is.
  if (levels.some((types) => types.some((type) => !type._item?.deleted || liveItems(type).length > 0))) return false;
  for (let level = levels.length - 1; level >= 1; level--) for (const type of levels[level]!) type._item?.content.gc(store);
  return true;
}
