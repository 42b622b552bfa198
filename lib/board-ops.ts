import * as Y from 'yjs';
import * as z from 'zod/mini';
import { boardLevelSchema } from './allocation';
import { MAX_LEVELS, readBoardDoc, ROOT, type BoardProjection } from './board-doc';
import { levelKindSchema } from './catalog/level-kind';
import { customCardIdSchema, customCardSchema, MAX_CUSTOM_CARDS, newCustomCardId } from './custom-cards';
import { compareOrdered, planInsert, type Ordered } from './order';
import { ERASED_NAME } from './erased-name';
import { err, ok, type Result } from './result';

/**
 * Every edit the board page makes. Each validates its input, reads the document through
 * readBoardDoc (so it acts on what the page shows), and writes in one transaction with the
 * caller's origin, which lets an UndoManager track only the caller's own edits.
 */

/** Why an edit was refused; nothing was written. */
export type BoardOpError =
  | { kind: 'invalid-input'; issues: string[] }
  | { kind: 'unknown-card'; card: string }
  | { kind: 'unknown-level'; level: string }
  | { kind: 'not-empty'; level: string; cards: string[] }
  | { kind: 'last-level'; level: string }
  | { kind: 'too-many-levels'; max: number }
  | { kind: 'too-many-custom-cards'; max: number }
  | { kind: 'not-custom'; card: string }
  | { kind: 'id-taken'; id: string };

/** Whether an edit wrote anything; an edit that would change nothing opens no transaction. */
export type Changed = { changed: boolean };

const id = boardLevelSchema.shape.id;
const index = z.number().check(z.int(), z.nonnegative());
const levelName = z.string().check(z.trim(), z.maxLength(80));

/** Put `card` on column `toLevel` at `index` among that column's other cards, as sorted now. */
export const moveCardInputSchema = z.object({ card: id, toLevel: id, index });
/** What moveCard accepts, before validation. */
export type MoveCardInput = z.input<typeof moveCardInputSchema>;

/** A new column of a preset kind at the end; a blank name means the kind's own name. */
export const addLevelInputSchema = z.object({ kind: levelKindSchema, name: z.optional(levelName) });
/** What addLevel accepts, before validation. */
export type AddLevelInput = z.input<typeof addLevelInputSchema>;

/** A column's display name; a blank name removes it. */
export const renameLevelInputSchema = z.object({ level: id, name: levelName });
/** What renameLevel accepts, before validation. */
export type RenameLevelInput = z.input<typeof renameLevelInputSchema>;

/** The arrangement a column belongs to (model 4); a blank value takes the column out of any. */
export const setArrangementInputSchema = z.object({ level: id, arrangement: z.string().check(z.trim(), z.maxLength(80)) });
/** What setLevelArrangement accepts, before validation. */
export type SetArrangementInput = z.input<typeof setArrangementInputSchema>;

/** Put a column at `index` among the other columns. */
export const reorderLevelInputSchema = z.object({ level: id, index });
/** What reorderLevel accepts, before validation. */
export type ReorderLevelInput = z.input<typeof reorderLevelInputSchema>;

/** Remove an empty column. */
export const removeLevelInputSchema = z.object({ level: id });
/** What removeLevel accepts, before validation. */
export type RemoveLevelInput = z.input<typeof removeLevelInputSchema>;

/** A board-defined card, placed at the end of column `level`. */
export const addCustomCardInputSchema = z.extend(z.omit(customCardSchema, { id: true, baselineKind: true }), {
  level: id,
  // A stored card may have lost its author to an erasure; a new one must name someone.
  author: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
});
/** What addCustomCard accepts, before validation. */
export type AddCustomCardInput = z.input<typeof addCustomCardInputSchema>;

/** Remove a board-defined card. */
export const removeCustomCardInputSchema = z.object({ card: id });
/** What removeCustomCard accepts, before validation. */
export type RemoveCustomCardInput = z.input<typeof removeCustomCardInputSchema>;

function parse<S extends z.ZodMiniType>(schema: S, input: unknown): Result<z.output<S>, BoardOpError> {
  const r = schema.safeParse(input);
  if (r.success) return ok(r.data);
  return err([{ kind: 'invalid-input', issues: r.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`) }]);
}

export const entryOf = (map: Y.Map<unknown>, key: string) => {
  const value = map.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
};

export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown) {
  if (map.get(key) !== value) map.set(key, value);
}

/**
 * Writes a key whose default is its absence: `undefined` deletes it. Returns whether anything was
 * written, so setting what is already there (or clearing what is absent) changes no document.
 */
export function setOrClear(map: Y.Map<unknown>, key: string, value: unknown): boolean {
  if (value === undefined) {
    if (!map.has(key)) return false;
    map.delete(key);
    return true;
  }
  if (map.get(key) === value) return false;
  map.set(key, value);
  return true;
}

/**
 * Only a card's own fields are written, never delete-and-insert, so concurrent moves of one
 * card resolve field by field to a single place. A missing or malformed entry is replaced.
 */
export function writePlacement(cards: Y.Map<unknown>, card: string, level: string, order: string) {
  const entry = entryOf(cards, card);
  if (entry) {
    setIfChanged(entry, 'level', level);
    setIfChanged(entry, 'order', order);
    return;
  }
  const fresh = new Y.Map<unknown>();
  fresh.set('level', level);
  fresh.set('order', order);
  cards.set(card, fresh);
}

/** A column's cards other than `except`, in display order. */
const columnOf = (view: BoardProjection, level: string, except?: string): Ordered[] =>
  view.allocation.placements
    .filter((p) => p.level === level && p.responsibility !== except)
    .map((p) => ({ id: p.responsibility, order: p.order }))
    .sort(compareOrdered);

/** Columns that exist in the document; none when the reader had to supply them. */
const docLevels = (view: BoardProjection) => (view.repaired.some((r) => r.startsWith('level ')) ? [] : view.levelOrder);

const clamp = (i: number, length: number) => Math.min(i, length);
const positionIn = (list: readonly Ordered[], item: Ordered) => list.filter((e) => compareOrdered(e, item) < 0).length;

/** Moves a card to a column and position; moving it where it already is changes nothing. */
export function moveCard(doc: Y.Doc, input: MoveCardInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(moveCardInputSchema, input);
  if (!parsed.ok) return parsed;
  const { card, toLevel } = parsed.value;
  const view = readBoardDoc(doc);
  if (!view.allocation.levels.some((l) => l.id === toLevel)) return err([{ kind: 'unknown-level', level: toLevel }]);
  const current = view.allocation.placements.find((p) => p.responsibility === card);
  if (!current) return err([{ kind: 'unknown-card', card }]);
  const column = columnOf(view, toLevel, card);
  const at = clamp(parsed.value.index, column.length);
  const cards = doc.getMap<unknown>(ROOT.cards);
  const stored = entryOf(cards, card) !== null && !view.repaired.includes(`card ${card}`);
  if (stored && current.level === toLevel && positionIn(column, { id: card, order: current.order }) === at) return ok({ changed: false });
  const plan = planInsert(column, at);
  doc.transact(() => {
    writePlacement(cards, card, toLevel, plan.order);
    for (const r of plan.respaced) writePlacement(cards, r.id, toLevel, r.order);
  }, origin);
  return ok({ changed: true });
}

function writeLevelOrders(levels: Y.Map<unknown>, orders: readonly Ordered[]) {
  for (const r of orders) {
    const entry = entryOf(levels, r.id);
    if (entry) setIfChanged(entry, 'order', r.order);
  }
}

/**
 * Adds a column of a preset kind at the end. Its id is the kind, or `kind-2`, `kind-3`... when
 * taken; two people adding the same kind at once share the id and so get one column.
 */
export function addLevel(doc: Y.Doc, input: AddLevelInput, origin: unknown): Result<{ id: string }, BoardOpError> {
  const parsed = parse(addLevelInputSchema, input);
  if (!parsed.ok) return parsed;
  const { kind, name } = parsed.value;
  const sorted = docLevels(readBoardDoc(doc));
  if (sorted.length >= MAX_LEVELS) return err([{ kind: 'too-many-levels', max: MAX_LEVELS }]);
  const levels = doc.getMap<unknown>(ROOT.levels);
  let newId: string = kind;
  for (let n = 2; levels.has(newId); n++) newId = `${kind}-${n}`;
  const plan = planInsert(sorted, sorted.length);
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('kind', kind);
    if (name) m.set('name', name);
    m.set('order', plan.order);
    levels.set(newId, m);
    writeLevelOrders(levels, plan.respaced);
  }, origin);
  return ok({ id: newId });
}

/** The document's map for a column the page shows, or null. */
function levelEntry(doc: Y.Doc, view: BoardProjection, level: string): Y.Map<unknown> | null {
  return docLevels(view).some((l) => l.id === level) ? entryOf(doc.getMap<unknown>(ROOT.levels), level) : null;
}

/** Sets a column's display name (trimmed, at most 80 characters); a blank name removes it. */
export function renameLevel(doc: Y.Doc, input: RenameLevelInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(renameLevelInputSchema, input);
  return parsed.ok ? setLevelText(doc, parsed.value.level, 'name', parsed.value.name, origin) : parsed;
}

/** Sets the arrangement a column belongs to (trimmed, at most 80 characters); a blank value removes it. */
export function setLevelArrangement(doc: Y.Doc, input: SetArrangementInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(setArrangementInputSchema, input);
  return parsed.ok ? setLevelText(doc, parsed.value.level, 'arrangement', parsed.value.arrangement, origin) : parsed;
}

/** Sets or (when blank) removes one text field of a column; unchanged when it already holds `value`. */
function setLevelText(doc: Y.Doc, level: string, field: 'name' | 'arrangement', value: string, origin: unknown): Result<Changed, BoardOpError> {
  const entry = levelEntry(doc, readBoardDoc(doc), level);
  if (!entry) return err([{ kind: 'unknown-level', level }]);
  if ((entry.get(field) ?? '') === value) return ok({ changed: false });
  doc.transact(() => (value ? entry.set(field, value) : entry.delete(field)), origin);
  return ok({ changed: true });
}

/** Moves a column to `index` among the other columns. */
export function reorderLevel(doc: Y.Doc, input: ReorderLevelInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(reorderLevelInputSchema, input);
  if (!parsed.ok) return parsed;
  const { level } = parsed.value;
  const view = readBoardDoc(doc);
  const entry = levelEntry(doc, view, level);
  const self = view.levelOrder.find((l) => l.id === level);
  if (!entry || !self) return err([{ kind: 'unknown-level', level }]);
  const others = view.levelOrder.filter((l) => l.id !== level);
  const at = clamp(parsed.value.index, others.length);
  if (positionIn(others, self) === at) return ok({ changed: false });
  const plan = planInsert(others, at);
  const levels = doc.getMap<unknown>(ROOT.levels);
  doc.transact(() => {
    entry.set('order', plan.order);
    writeLevelOrders(levels, plan.respaced);
  }, origin);
  return ok({ changed: true });
}

/** Removes a column that holds no card; the last column stays. */
export function removeLevel(doc: Y.Doc, input: RemoveLevelInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(removeLevelInputSchema, input);
  if (!parsed.ok) return parsed;
  const { level } = parsed.value;
  const view = readBoardDoc(doc);
  if (!levelEntry(doc, view, level)) return err([{ kind: 'unknown-level', level }]);
  if (view.levelOrder.length <= 1) return err([{ kind: 'last-level', level }]);
  const onIt = columnOf(view, level).map((c) => c.id);
  if (onIt.length > 0) return err([{ kind: 'not-empty', level, cards: onIt }]);
  // A card moved here concurrently is not lost: readers put it back on its baseline column.
  doc.transact(() => doc.getMap(ROOT.levels).delete(level), origin);
  return ok({ changed: true });
}

const ID_ATTEMPTS = 8;

/**
 * Adds a board-defined card at the end of a column. The column's kind becomes the card's
 * baseline, so it counts as moved only once it leaves that kind. `newId` is for tests.
 */
export function addCustomCard(
  doc: Y.Doc,
  input: AddCustomCardInput,
  origin: unknown,
  newId: () => string = newCustomCardId,
): Result<{ id: string }, BoardOpError> {
  const parsed = parse(addCustomCardInputSchema, input);
  if (!parsed.ok) return parsed;
  const { level, ...fields } = parsed.value;
  const view = readBoardDoc(doc);
  const target = docLevels(view).find((l) => l.id === level);
  if (!target) return err([{ kind: 'unknown-level', level }]);
  if (view.custom.length >= MAX_CUSTOM_CARDS) return err([{ kind: 'too-many-custom-cards', max: MAX_CUSTOM_CARDS }]);
  const custom = doc.getMap<unknown>(ROOT.custom);
  const cards = doc.getMap<unknown>(ROOT.cards);
  let card = '';
  let candidate = '';
  for (let i = 0; i < ID_ATTEMPTS && !card; i++) {
    candidate = newId();
    if (customCardIdSchema.safeParse(candidate).success && !custom.has(candidate) && !cards.has(candidate)) card = candidate;
  }
  if (!card) return err([{ kind: 'id-taken', id: candidate }]);
  const column = columnOf(view, level);
  const plan = planInsert(column, column.length);
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('name', fields.name);
    if (fields.cost !== undefined) m.set('cost', fields.cost);
    if (fields.staff !== undefined) m.set('staff', fields.staff);
    m.set('author', fields.author);
    m.set('note', fields.note);
    m.set('baselineKind', target.kind);
    custom.set(card, m);
    writePlacement(cards, card, level, plan.order);
    for (const r of plan.respaced) writePlacement(cards, r.id, level, r.order);
  }, origin);
  return ok({ id: card });
}

/**
 * Blanks the author of every custom card whose author text is `author` (see customCardAuthor), in
 * one transaction, for erasing that participant; answers the cards' ids. The cards stay with their
 * figures and places: they are the board's. Read raw, so a card the schema would skip is blanked too.
 */
export function eraseCustomCardAuthor(doc: Y.Doc, author: string, origin: unknown): string[] {
  const custom = doc.getMap<unknown>(ROOT.custom);
  if (author === ERASED_NAME) return [];
  const ids = [...custom.entries()].filter(([, card]) => card instanceof Y.Map && card.get('author') === author).map(([id]) => id);
  if (ids.length > 0) doc.transact(() => ids.forEach((id) => (custom.get(id) as Y.Map<unknown>).set('author', ERASED_NAME)), origin);
  return ids;
}

/** Removes a board-defined card and its placement, whoever added it; catalog cards cannot be removed. */
export function removeCustomCard(doc: Y.Doc, input: RemoveCustomCardInput, origin: unknown): Result<Changed, BoardOpError> {
  const parsed = parse(removeCustomCardInputSchema, input);
  if (!parsed.ok) return parsed;
  const { card } = parsed.value;
  const custom = doc.getMap<unknown>(ROOT.custom);
  if (!customCardIdSchema.safeParse(card).success || !custom.has(card)) return err([{ kind: 'not-custom', card }]);
  doc.transact(() => {
    custom.delete(card);
    doc.getMap(ROOT.cards).delete(card);
  }, origin);
  return ok({ changed: true });
}
