import type { Financing, LevelKind } from '../catalog/schema';
import type { Choices } from '../choices';
import { isMoved, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';
import type { OpenQuestion } from './law';

/** A moved card whose financing basis changes from one known basis to another. */
export type FinancingChange = {
  responsibility: string;
  from: LevelKind;
  to: string;
  fromFinancing: string;
  toFinancing: string;
  fromBasis: Financing['basis'];
  toBasis: Financing['basis'];
};

// A board that settles sketch 2's open financing (seed 004 L437) puts the state units on that regime.
const STATE_REGIME: Record<Exclude<Choices['state-financing'], 'open'>, string> = { 'as-trusts': 'rhf-basis-isf', ramme: 'ramme-stat' };

/** The financing regime of a kind of level on this board: the catalog's, or the state units' as the board chose it. */
export function financingOfKind(ctx: Placed, kind: LevelKind): string | undefined {
  const chosen = ctx.choices['state-financing'];
  return kind === 'stat' && chosen !== 'open' ? STATE_REGIME[chosen] : ctx.index.level.get(kind)?.financing;
}

/**
 * Moved cards whose financing basis changes between two known bases, and the financing the
 * sources leave open (listed, never counted). Board-defined cards are left out.
 */
// A card paid like its level takes the new level's financing; one with its own arrangement
// (fastlege, fysio, avtalespesialister) keeps it, since its grant part moves with the duty.
export function financingChanges(ctx: Placed): { changes: FinancingChange[]; open: OpenQuestion[]; count: Indicator } {
  const regime = (id: string | undefined) => ctx.catalog.financing.find((f) => f.id === id);
  const changes: FinancingChange[] = [];
  const open = new Map<string, OpenQuestion>();
  const inputs: ExplanationInput[] = [];
  for (const card of ctx.catalog.responsibilities) {
    const move = isMoved(ctx, card.id);
    if (!move) continue;
    const target = regime(financingOfKind(ctx, move.to.kind));
    if (!target) continue;
    if (target.open) {
      const q = open.get(target.id) ?? { id: `financing-${target.id}`, question: target.open, responsibilities: [], source: target.source };
      open.set(target.id, { ...q, responsibilities: [...q.responsibilities, card.id] });
      continue;
    }
    const own = regime(card.financing);
    const followsLevel = card.financing === ctx.index.level.get(move.from)?.financing;
    if (!own || !followsLevel || own.basis === target.basis) continue;
    changes.push({
      responsibility: card.id,
      from: move.from,
      to: move.to.id,
      fromFinancing: own.id,
      toFinancing: target.id,
      fromBasis: own.basis,
      toBasis: target.basis,
    });
    inputs.push({ label: `${card.name.nb}: ${own.name.nb} -> ${target.name.nb}`, responsibility: card.id, used: { kind: 'cited', source: target.source } });
  }
  const rule = {
    nb: 'Et flyttet kort skifter finansieringsform når det i dag betales som nivået sitt, og nivået det flyttes til betales på en annen kjent måte (rammefinansiering, aktivitetsbasert eller blandet). Kort med egen ordning (fastlege, fysioterapi, avtalespesialister) tar ordningen med seg. Der kildene lar finansieringen stå åpen (nye regioner, statlige enheter når tavla ikke har valgt, fordelingen i felles ordninger, forsikringsordninger), vises et åpent spørsmål som ikke telles. Har tavla valgt for de statlige enhetene, regnes valget som enhetenes finansiering. Egne kort telles ikke.',
    en: 'A moved card changes financing basis when it is paid today like its level and the level it moves to is paid in another known way (block grant, activity-based or mixed). Cards with their own arrangement (fastlege, physiotherapy, contract specialists) take it with them. Where the sources leave financing open (new regions, state units where the board has not chosen, the split in joint arrangements, insurance schemes), an open question is shown and not counted. Where the board has chosen for the state units, that choice is their financing. Board-defined cards are not counted.',
  };
  return { changes, open: [...open.values()], count: indicator(changes.length, 0, 'count', { rule, inputs }) };
}
