import * as Y from 'yjs';
import { z } from 'zod';
import { allocationFromTemplate, boardLevelSchema, placementSchema, type Allocation } from './allocation';
import type { Catalog, Template } from './catalog/schema';

/**
 * The shape of a board's Yjs document. A card's column is a field of the card's own map
 * (`level`, plus a fractional `order`), never an array position, so two people moving the
 * same card at once converge on one place with no duplicates.
 */
export const BOARD_SCHEMA_VERSION = 1;

const ROOT = { meta: 'meta', levels: 'levels', cards: 'cards' } as const;

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
  });
}

/** A board document projected through the schema, with every entry that did not parse. */
export type BoardProjection = { title: string; allocation: Allocation; skipped: string[] };

const mapToObject = (value: unknown): Record<string, unknown> | null => (value instanceof Y.Map ? value.toJSON() : null);

/**
 * Reads the allocation out of a document without trusting it: entries that do not parse
 * are skipped and named, so a hostile editor cannot crash a reader.
 */
export function readBoardDoc(doc: Y.Doc): BoardProjection {
  const skipped: string[] = [];
  const meta = doc.getMap(ROOT.meta);
  const title = z.string().min(1).max(200).safeParse(meta.get('title'));
  const levels: (Allocation['levels'][number] & { order: string })[] = [];
  doc.getMap(ROOT.levels).forEach((value, id) => {
    const raw = mapToObject(value);
    const parsed = boardLevelSchema.extend({ order: z.string().max(64) }).safeParse({ ...raw, id });
    if (parsed.success) levels.push(parsed.data);
    else skipped.push(`level ${id}`);
  });
  levels.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
  const placements: Allocation['placements'] = [];
  doc.getMap(ROOT.cards).forEach((value, id) => {
    const parsed = placementSchema.safeParse({ ...mapToObject(value), responsibility: id });
    if (parsed.success) placements.push(parsed.data);
    else skipped.push(`card ${id}`);
  });
  return {
    title: title.success ? title.data : 'Uten tittel',
    allocation: { levels: levels.map(({ id, kind, name }) => (name ? { id, kind, name } : { id, kind })), placements },
    skipped,
  };
}
