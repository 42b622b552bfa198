import * as Y from 'yjs';
import * as z from 'zod/mini';
import { allocationFromTemplate, arrangementSchema, baselineAllocation, boardLevelSchema, placementSchema, type Allocation, type BoardLevel } from './allocation';
import { boardCatalog, type BoardCatalog } from './catalog/board';
import type { Catalog, LevelKind, Template } from './catalog/schema';
import { readBindings, type Bindings } from './bindings';
import { readChoices, type Choices } from './choices';
import { customCardSchema, MAX_CUSTOM_CARDS, type CustomCard } from './custom-cards';
import { compareOrdered, MAX_ORDER_LENGTH } from './order';

/**
 * The shape of a board's Yjs document. A card's column is a field of the card's own map
 * (`level`, plus a fractional `order`), never an array position, so two people moving the
 * same card at once converge on one place with no duplicates.
 */
export const BOARD_SCHEMA_VERSION = 1;

/**
 * The document's root maps; `custom` holds board-defined cards, whose placement lives in `cards`;
 * `choices` holds the board's answers to questions the sources leave open (absent = open);
 * `bindings` marks catalog pathways as binding cross-level pathways (pathway id → true; absent = not bound).
 */
export const ROOT = { meta: 'meta', levels: 'levels', cards: 'cards', custom: 'custom', choices: 'choices', bindings: 'bindings' } as const;

/** At most this many columns, as allocationSchema allows. */
export const MAX_LEVELS = 20;

/** Writes a new board's content from a template, in one transaction. */
export function initBoardDoc(doc: Y.Doc, template: Template, catalog: Catalog, title: string): void {
  const allocation = allocationFromTemplate(template, catalog);
  doc.transact(() => {
    const meta = doc.getMap(ROOT.meta);
    meta.set('schemaVersion', BOARD_SCHEMA_VERSION);
    meta.set('title', title);
    meta.set('template', template.id);
    meta.set('catalogVersion', catalog.version);
    const levels = doc.getMap<Y.Map<unknown>>(ROOT.levels);
    allocation.levels.forEach((level, i) => {
      const m = new Y.Map<unknown>();
      m.set('kind', level.kind);
      if (level.name) m.set('name', level.name);
      if (level.arrangement) m.set('arrangement', level.arrangement);
      m.set('order', `a${i}`);
      levels.set(level.id, m);
    });
    const cards = doc.getMap<Y.Map<unknown>>(ROOT.cards);
    for (const p of allocation.placements) {
      const m = new Y.Map<unknown>();
      m.set('level', p.level);
      m.set('order', p.order);
      cards.set(p.responsibility, m);
    }
    // A template's binding pathways (Kdf) start marked, as if an editor had marked them.
    const bindings = doc.getMap<unknown>(ROOT.bindings);
    for (const b of template.boundPathways ?? []) bindings.set(b.pathway, true);
  });
}

/** A column as read from the document, with the key it is sorted by. */
export type OrderedLevel = BoardLevel & { order: string };

/**
 * A board document projected through the schema. `skipped` names every entry that did not
 * parse (`arrangement <level id>` where only a column's arrangement did not, and was dropped);
 * `repaired` names every card the reader had to place itself (`card <id>`) and any column it
 * had to supply because none parsed (`level <id>`).
 */
export type BoardProjection = {
  title: string;
  allocation: Allocation;
  custom: CustomCard[];
  /** The board's answers to the sources' open questions; each unreadable one stays open (`choice <key>` in skipped). */
  choices: Choices;
  /** The catalog pathways marked binding, sorted; each unreadable entry is left out (`binding <key>` in skipped). */
  bindings: Bindings;
  levelOrder: OrderedLevel[];
  skipped: string[];
  repaired: string[];
};

/**
 * An entry's fields, one level only. toJSON would follow nested maps recursively, and a map an older
 * version let thousands of levels deep overflows the stack; a shared type as a field value is no
 * field any schema takes, so the entry is skipped instead.
 */
const mapToObject = (value: unknown): Record<string, unknown> | null => (value instanceof Y.Map ? Object.fromEntries(value.entries()) : null);
const orderedLevelSchema = z.extend(z.omit(boardLevelSchema, { arrangement: true }), { order: z.string().check(z.maxLength(MAX_ORDER_LENGTH)) });

function readLevels(doc: Y.Doc, catalog: BoardCatalog, skipped: string[], repaired: string[]): OrderedLevel[] {
  const levels: OrderedLevel[] = [];
  doc.getMap(ROOT.levels).forEach((value, id) => {
    const { arrangement, ...fields } = mapToObject(value) ?? {};
    const parsed = orderedLevelSchema.safeParse({ ...fields, id });
    if (!parsed.success) return void skipped.push(`level ${id}`);
    // A bad arrangement must not cost the column its cards: only the arrangement is dropped.
    const group = arrangement === undefined ? undefined : arrangementSchema.safeParse(arrangement);
    if (group && !group.success) skipped.push(`arrangement ${id}`);
    levels.push(group?.success ? { ...parsed.data, arrangement: group.data } : parsed.data);
  });
  levels.sort(compareOrdered);
  for (const extra of levels.splice(MAX_LEVELS)) skipped.push(`level ${extra.id}`);
  if (levels.length > 0) return levels;
  // A board with no readable column still shows its cards, on today's three levels.
  return baselineAllocation(catalog).levels.map((l, i) => {
    repaired.push(`level ${l.id}`);
    return { ...l, order: `a${i}` };
  });
}

function readCustom(doc: Y.Doc, skipped: string[]): CustomCard[] {
  const custom: CustomCard[] = [];
  doc.getMap(ROOT.custom).forEach((value, id) => {
    const parsed = customCardSchema.safeParse({ ...mapToObject(value), id });
    if (parsed.success) custom.push(parsed.data);
    else skipped.push(`custom ${id}`);
  });
  // Two people adding the last free card at once can pass the cap; the same ones are dropped everywhere.
  custom.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const extra of custom.splice(MAX_CUSTOM_CARDS)) skipped.push(`custom ${extra.id}`);
  return custom;
}

/**
 * Reads the allocation out of a document without trusting it. Entries that do not parse are
 * skipped and named; cards naming neither a catalog card nor a custom card are dropped; a
 * known card that is missing or sits on no existing column goes to the first column of its
 * baseline kind, else the first column. The result always passes validateAllocation. It reads
 * only the catalog's card ids, baselines and pathway ids, so the board's part of it serves.
 */
export function readBoardDoc(doc: Y.Doc, catalog: BoardCatalog = boardCatalog): BoardProjection {
  const skipped: string[] = [];
  const repaired: string[] = [];
  const title = z.string().check(z.minLength(1), z.maxLength(200)).safeParse(doc.getMap(ROOT.meta).get('title'));
  const levelOrder = readLevels(doc, catalog, skipped, repaired);
  const custom = readCustom(doc, skipped);
  const choices = readChoices(doc.getMap(ROOT.choices).entries(), skipped);
  const bindings = readBindings(doc.getMap(ROOT.bindings).entries(), catalog, skipped);
  const home = new Map<string, LevelKind>([
    ...catalog.responsibilities.map((r) => [r.id, r.baselineLevel] as const),
    ...custom.map((c) => [c.id, c.baselineKind] as const),
  ]);
  const levelIds = new Set(levelOrder.map((l) => l.id));
  const placed = new Map<string, Allocation['placements'][number]>();
  doc.getMap(ROOT.cards).forEach((value, id) => {
    const parsed = placementSchema.safeParse({ ...mapToObject(value), responsibility: id });
    if (!parsed.success || !home.has(id)) skipped.push(`card ${id}`);
    else placed.set(id, parsed.data);
  });
  const fallback = (kind: LevelKind) => (levelOrder.find((l) => l.kind === kind) ?? levelOrder[0]!).id;
  for (const [id, kind] of home) {
    const p = placed.get(id);
    if (p && levelIds.has(p.level)) continue;
    placed.set(id, { responsibility: id, level: fallback(kind), order: p?.order ?? 'a0' });
    repaired.push(`card ${id}`);
  }
  // Peers iterate a Y.Map in different orders; sorting makes one state read the same everywhere.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    title: title.success ? title.data : 'Uten tittel',
    allocation: {
      levels: levelOrder.map(({ id, kind, name, arrangement }) => ({ id, kind, ...(name ? { name } : {}), ...(arrangement ? { arrangement } : {}) })),
      placements: [...placed.values()].sort((a, b) => byId(a.responsibility, b.responsibility)),
    },
    custom,
    choices,
    bindings,
    levelOrder,
    skipped: skipped.sort(byId),
    repaired: repaired.sort(byId),
  };
}
