import type { Catalog, Figure, Level, MissingFigure, Pathway, Responsibility, Template, TemplateArrangement } from './schema';
import { boardCatalogData } from './board-data';

/**
 * A card's cost or staff as its face shows it: the number and its year, or the gap. The gap's
 * explanation (`note`) is the whole catalog's; the board's part leaves it out.
 */
export type BoardFigure = Pick<Figure, 'value' | 'unit' | 'year'> | (Pick<MissingFigure, 'missing'> & { note?: MissingFigure['note'] });

/**
 * A card as the board's columns draw it, before the consequences are computed. Its gloss (shown
 * as the cost badge's tooltip) is the whole catalog's, as is a gap's note: together they are
 * three quarters of the board's part, and a tooltip can wait for the engine that brings them.
 */
export type BoardResponsibility = Pick<Responsibility, 'id' | 'name' | 'baselineLevel'> & { gloss?: Responsibility['gloss']; figures: { cost: BoardFigure; staff: BoardFigure } };

/**
 * The part of the catalog the board's first render reads: level names, the cards' names and
 * face figures, pathway names and template arrangement names. The whole catalog fits this
 * shape too, so everything typed for it takes either; the glosses, the figures' sources and
 * notes, positions, explanations and the rest load later with the engine and the consequence panel.
 */
export type BoardCatalog = {
  version: string;
  levels: Pick<Level, 'kind' | 'name' | 'preset'>[];
  responsibilities: BoardResponsibility[];
  pathways: Pick<Pathway, 'id' | 'name'>[];
  templates: (Pick<Template, 'id'> & { arrangements?: Pick<TemplateArrangement, 'id' | 'name'>[] })[];
};

const boardFigure = (f: Responsibility['figures']['cost']): BoardFigure =>
  'value' in f ? { value: f.value, unit: f.unit, year: f.year } : { missing: f.missing };

/** The board's part of a catalog; board-data.ts holds it for the shipped catalog, written by board.test.ts. */
export function toBoardCatalog(c: Catalog): BoardCatalog {
  return {
    version: c.version,
    levels: c.levels.map(({ kind, name, preset }) => ({ kind, name, preset })),
    responsibilities: c.responsibilities.map(({ id, name, baselineLevel, figures }) => ({
      id,
      name,
      baselineLevel,
      figures: { cost: boardFigure(figures.cost), staff: boardFigure(figures.staff) },
    })),
    pathways: c.pathways.map(({ id, name }) => ({ id, name })),
    templates: c.templates.map(({ id, arrangements }) => (arrangements ? { id, arrangements: arrangements.map((a) => ({ id: a.id, name: a.name })) } : { id })),
  };
}

/**
 * The board's part of the shipped catalog, equal to toBoardCatalog(catalog) (board.test.ts
 * holds it so). The board page imports this rather than the whole catalog, which is four
 * times the size, so its first load carries only what the columns and cards draw.
 */
export const boardCatalog: BoardCatalog = boardCatalogData;
