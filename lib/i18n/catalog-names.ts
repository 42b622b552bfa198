import type { BoardCatalog } from '../catalog/board';
import type { LevelKind } from '../catalog/schema';
import type { Lang } from './index';

/** A kind of level's catalog name in a language; the kind itself if the catalog lacks it. */
export const levelName = (catalog: BoardCatalog, kind: string, lang: Lang): string =>
  catalog.levels.find((l) => l.kind === kind)?.name[lang] ?? kind;

/**
 * A card's catalog name in a language. A card the catalog lacks (a board's own card) takes its
 * name from `others`, else shows its id.
 */
export const cardName = (catalog: BoardCatalog, id: string, lang: Lang, others?: ReadonlyMap<string, string>): string =>
  catalog.responsibilities.find((r) => r.id === id)?.name[lang] ?? others?.get(id) ?? id;

/**
 * Names of cards by id as the engine labelled them in an explanation's inputs. The consequences
 * carry no other name for a board's own cards; for catalog cards prefer `cardName`.
 */
export const namesFromInputs = (inputs: readonly { label: string; responsibility?: string }[]): Map<string, string> =>
  new Map(inputs.flatMap((i) => (i.responsibility ? [[i.responsibility, i.label] as const] : [])));

/**
 * An arrangement as a person reads it: a template's arrangement (stored by its id) by its name in
 * the language, anything an editor typed as typed.
 */
export function arrangementName(catalog: BoardCatalog, value: string, lang: Lang): string {
  for (const t of catalog.templates) for (const a of t.arrangements ?? []) if (a.id === value) return a.name[lang];
  return value;
}

/** The arrangement a template's own column for it was made for (`<kind>-<arrangement id>`), if any. */
const templateArrangementOf = (catalog: BoardCatalog, level: string, kind: string): string | undefined =>
  catalog.templates.flatMap((t) => t.arrangements ?? []).find((a) => level === `${kind}-${a.id}`)?.id;

/**
 * Labels for board levels keyed by level id: the kind's name, plus the arrangement or else the id
 * where two columns share a kind, since the consequences carry no column names and "Kommune" twice
 * would be ambiguous.
 */
export function levelLabels(rows: readonly { level: string; kind: LevelKind; arrangement?: string }[], catalog: BoardCatalog, lang: Lang): Map<string, string> {
  const perKind = new Map<string, number>();
  for (const r of rows) perKind.set(r.kind, (perKind.get(r.kind) ?? 0) + 1);
  return new Map(
    rows.map((r) => {
      const name = levelName(catalog, r.kind, lang);
      const group = r.arrangement ?? templateArrangementOf(catalog, r.level, r.kind);
      return [r.level, perKind.get(r.kind)! > 1 ? `${name} (${group ? arrangementName(catalog, group, lang) : r.level})` : name];
    }),
  );
}
