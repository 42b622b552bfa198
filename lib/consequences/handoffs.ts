import type { LevelKind, Pathway } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';

/** The side of a level for counting handoffs; two steps on different sides are a handoff. */
// Inter-municipal cooperation, voluntary or binding, is still the kommuner: each keeps the duty.
// A joint kommune–hospital level is a side of its own: stepping into or out of it still means a new
// team and budget, so placing cards there cannot hide a handoff; two joint steps are one arrangement
// and no handoff. An insurer holding the duty (sketch 3) is a side of its own too.
export const HANDOFF_SIDE: Record<LevelKind, string> = {
  kommune: 'kommune',
  interkommunalt: 'kommune',
  fylkeskommune: 'fylkeskommune',
  spesialisthelsetjenesten: 'spesialist',
  stat: 'stat',
  region: 'region',
  delt: 'delt',
  'bindende-samarbeid': 'kommune',
  forsikring: 'forsikring',
};

/** The counting rule in words, shown next to every handoff figure. */
export const HANDOFF_RULE = {
  nb: 'En overgang telles når to steg som følger etter hverandre i forløpet, ligger hos ulike forvaltningsnivåer. Interkommunalt samarbeid, frivillig eller forpliktende, regnes som kommune. En forsikringsordning regnes som et eget nivå. Delt kommune–sykehus regnes som et eget nivå: steg mellom delt og kommune eller spesialisthelsetjeneste er en overgang, steg mellom to delte tjenester er det ikke. Da kan ingen forslag fjerne overganger bare ved å legge tjenester i det delte nivået.',
  en: 'A handoff is counted when two consecutive steps of a pathway sit with different levels of government. Inter-municipal cooperation, voluntary or binding, counts as kommune. An insurance scheme counts as a level of its own. A joint kommune–hospital level counts as a level of its own: a step between it and kommune or specialist care is a handoff, a step between two joint services is not. So no proposal can remove handoffs just by placing services on the joint level.',
} as const;

/** True when two levels are different sides, i.e. the patient changes hands. */
export const isHandoff = (a: LevelKind, b: LevelKind) => HANDOFF_SIDE[a] !== HANDOFF_SIDE[b];

/** One named transition: "sykehus -> kad: spesialisthelsetjenesten -> kommune". */
export type Transition = { step: number; fromCard: string; toCard: string; fromLevel: string; toLevel: string; label: string };

export type PathwayHandoffs = { pathway: string; name: Pathway['name']; indicator: Indicator; transitions: Transition[] };

function countPathway(ctx: Placed, pathway: Pathway): Transition[] {
  const transitions: Transition[] = [];
  for (let i = 1; i < pathway.steps.length; i++) {
    const from = pathway.steps[i - 1]!;
    const to = pathway.steps[i]!;
    const a = levelOfCard(ctx, from.responsibility);
    const b = levelOfCard(ctx, to.responsibility);
    if (isHandoff(a.kind, b.kind)) {
      transitions.push({
        step: i,
        fromCard: from.responsibility,
        toCard: to.responsibility,
        fromLevel: a.id,
        toLevel: b.id,
        label: `${from.responsibility} -> ${to.responsibility}: ${a.name ?? a.kind} -> ${b.name ?? b.kind}`,
      });
    }
  }
  return transitions;
}

const stepInputs = (p: Pathway): ExplanationInput[] =>
  p.steps.map((s, i) => ({
    label: `${i + 1}. ${s.what.nb}`,
    responsibility: s.responsibility,
    used: { kind: 'cited', source: s.source },
  }));

/** Handoffs per pathway and in total, each against the baseline. */
export function countHandoffs(ctx: Placed, base: Placed): { total: Indicator; perPathway: PathwayHandoffs[] } {
  let total = 0;
  let baseTotal = 0;
  const perPathway = ctx.catalog.pathways.map((p) => {
    const transitions = countPathway(ctx, p);
    const baseline = countPathway(base, p).length;
    total += transitions.length;
    baseTotal += baseline;
    return {
      pathway: p.id,
      name: p.name,
      transitions,
      indicator: indicator(transitions.length, baseline, 'count', { rule: HANDOFF_RULE, inputs: stepInputs(p) }),
    };
  });
  const inputs = ctx.catalog.pathways.flatMap((p, i) =>
    perPathway[i]!.transitions.map((t): ExplanationInput => ({
      label: `${p.name.nb}: ${t.label}`,
      responsibility: t.toCard,
      used: { kind: 'cited', source: p.steps[t.step]!.source },
    })),
  );
  return { total: indicator(total, baseTotal, 'count', { rule: HANDOFF_RULE, inputs }), perPathway };
}
