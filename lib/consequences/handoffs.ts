import { BINDING_RULE, BINDING_SOURCE } from '../bindings';
import type { LevelKind, Pathway, Source } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';
import type { OpenQuestion } from './law';

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
  nb: 'En overgang telles når to steg som følger etter hverandre i forløpet, ligger hos ulike forvaltningsnivåer. Interkommunalt samarbeid, frivillig eller forpliktende, regnes som kommune. En forsikringsordning regnes som et eget nivå. Delt kommune–sykehus regnes som et eget nivå: steg mellom delt og kommune eller spesialisthelsetjeneste er en overgang, steg mellom to delte tjenester er det ikke. Da kan ingen forslag fjerne overganger bare ved å legge tjenester i det delte nivået. Et forpliktende forløp på tvers av nivåene (Kdf) flytter ikke ansvar og endrer ikke tellingen her; det telles for seg, som overganger uten forpliktende forløp.',
  en: 'A handoff is counted when two consecutive steps of a pathway sit with different levels of government. Inter-municipal cooperation, voluntary or binding, counts as kommune. An insurance scheme counts as a level of its own. A joint kommune–hospital level counts as a level of its own: a step between it and kommune or specialist care is a handoff, a step between two joint services is not. So no proposal can remove handoffs just by placing services on the joint level. A binding cross-level pathway (Kdf) moves no responsibility and changes no count here; it is counted apart, as handoffs without a binding pathway.',
} as const;

/** True when two levels are different sides, i.e. the patient changes hands. */
export const isHandoff = (a: LevelKind, b: LevelKind) => HANDOFF_SIDE[a] !== HANDOFF_SIDE[b];

/** One named transition: "sykehus -> kad: spesialisthelsetjenesten -> kommune". */
export type Transition = { step: number; fromCard: string; toCard: string; fromLevel: string; toLevel: string; label: string };

/** `bound`: the board marks this pathway as a binding cross-level pathway (its handoffs still count in `total`). */
export type PathwayHandoffs = { pathway: string; name: Pathway['name']; indicator: Indicator; transitions: Transition[]; bound: boolean };

/** The acts today's cooperation agreements between kommuner and health trusts rest on (see the open question on binding pathways). */
export const AGREEMENT_SOURCES: readonly Source[] = [
  { ref: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30', locator: 'LOV-2011-06-24-30, kapittel 6' },
  { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-61', locator: 'LOV-1999-07-02-61, § 2-1e' },
];

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

/**
 * Handoffs per pathway and in total, each against the baseline; and `unbound`, the handoffs on
 * pathways the board has not marked binding (`bound`: pathway ids). Today no pathway is bound, so
 * its baseline is today's total.
 */
export function countHandoffs(ctx: Placed, base: Placed, bound: ReadonlySet<string> = new Set()): { total: Indicator; unbound: Indicator; perPathway: PathwayHandoffs[] } {
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
      bound: bound.has(p.id),
      indicator: indicator(transitions.length, baseline, 'count', { rule: HANDOFF_RULE, inputs: stepInputs(p) }),
    };
  });
  const transitionInputs = (p: Pathway, i: number) =>
    perPathway[i]!.transitions.map((t): ExplanationInput => ({
      label: `${p.name.nb}: ${t.label}`,
      responsibility: t.toCard,
      used: { kind: 'cited', source: p.steps[t.step]!.source },
    }));
  const inputs = ctx.catalog.pathways.flatMap(transitionInputs);
  const unboundInputs: ExplanationInput[] = [
    ...perPathway.flatMap((p): ExplanationInput[] =>
      p.bound ? [{ label: `${p.name.nb}: ${p.transitions.length} overganger i forpliktende forløp, ikke talt`, used: { kind: 'cited', source: BINDING_SOURCE } }] : [],
    ),
    ...ctx.catalog.pathways.flatMap((p, i) => (perPathway[i]!.bound ? [] : transitionInputs(p, i))),
    ...AGREEMENT_SOURCES.map((source): ExplanationInput => ({ label: 'Dagens samarbeidsavtaler mellom kommune og helseforetak', used: { kind: 'cited', source } })),
  ];
  const unboundCount = perPathway.reduce((n, p) => n + (p.bound ? 0 : p.transitions.length), 0);
  const unbound = indicator(unboundCount, baseTotal, 'count', { rule: BINDING_RULE, inputs: unboundInputs });
  return { total: indicator(total, baseTotal, 'count', { rule: HANDOFF_RULE, inputs }), unbound, perPathway };
}

/**
 * The legal question a binding pathway raises, listed (never counted) while any pathway is bound:
 * whether it needs a legal basis beyond today's agreements. Its cards are those where a bound
 * pathway changes hands.
 */
export function bindingQuestion(perPathway: readonly PathwayHandoffs[]): OpenQuestion | null {
  const bound = perPathway.filter((p) => p.bound);
  if (bound.length === 0) return null;
  const cards = [...new Set(bound.flatMap((p) => p.transitions.flatMap((t) => [t.fromCard, t.toCard])))];
  return {
    id: 'binding-pathways',
    question: {
      nb: 'Forpliktende forløp på tvers av nivåene: kildene sier ikke om en bindende felles oppfølgingsmodell for kommune og helseforetak trenger et eget rettsgrunnlag ut over dagens samarbeidsavtaler (helse- og omsorgstjenesteloven kapittel 6, spesialisthelsetjenesteloven § 2-1e). Kdf ber om mer forpliktende modeller, ikke om at ansvar flyttes.',
      en: 'Binding cross-level pathways: the sources do not say whether a binding joint follow-up model for kommune and health trust needs a legal basis beyond today’s cooperation agreements (helse- og omsorgstjenesteloven chapter 6, spesialisthelsetjenesteloven § 2-1e). Kdf asks for more binding models, not for responsibility to move.',
    },
    responsibilities: cards,
    source: BINDING_SOURCE,
  };
}
