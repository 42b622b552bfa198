import type { Law, LevelKind, Responsibility, Source, Text } from '../catalog/schema';
import { SEEDS } from '../catalog/seeds';
import { isMoved, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';

/** An act a proposal touches: why, in plain words, for which moved cards, and what the rule rests on. */
export type ActTouched = { law: string; why: Text; responsibilities: string[]; source: Source };

/** Something the sources leave open that a move runs into. It is listed, never counted as a change. */
export type OpenQuestion = { id: string; question: Text; responsibilities: string[]; source: Source };

/**
 * Who holds a duty on each kind of level. Inter-municipal cooperation leaves the duty with the
 * kommuner (kommuneloven already allows it, seed 004 L160-162), so it is the same holder; so does
 * binding cooperation (each kommune keeps the formal duty, seed 003 L7225-7228, L7281-7283).
 */
export const DUTY_HOLDER: Record<LevelKind, string> = {
  kommune: 'kommune',
  interkommunalt: 'kommune',
  fylkeskommune: 'fylkeskommune',
  spesialisthelsetjenesten: 'rhf',
  stat: 'stat',
  region: 'region',
  delt: 'delt',
  'bindende-samarbeid': 'kommune',
  forsikring: 'forsikring',
};

// Levels that run specialist care: today's RHFs, and the state units and regions that take it
// over in sketches 2 and 1b (seed 004 L378-425). Psykisk helsevern stays specialist care there. An
// insurer (sketch 3) buys specialist care from specialist providers (L456-459), so it stays so too.
const SPECIALIST_CARE: ReadonlySet<LevelKind> = new Set(['spesialisthelsetjenesten', 'stat', 'region', 'forsikring']);

type Reason = 'holder' | 'owned' | 'receives' | 'care' | 'trusts' | 'region' | 'binding';

const WHY: Record<Reason, Text> = {
  holder: {
    nb: 'Loven gir i dag plikten til å sørge for tjenesten til nivået der kortet lå. Skal et annet nivå ha plikten, må loven endres.',
    en: 'The act gives the duty to provide the service to the level where the card was. If another level is to hold that duty, the act must change.',
  },
  owned: {
    nb: 'Tjenesten drives i dag av selskaper som helseforetakene eier etter denne loven. Skal et annet nivå eie eller drive den, må loven endres.',
    en: 'The service is run today by companies the health trusts own under this act. If another level is to own or run it, the act must change.',
  },
  receives: {
    nb: 'Nivået kortet flyttes til, har sine helseplikter i denne loven, eller vil få dem der. Loven må ta inn den nye plikten.',
    en: 'The level the card moves to has its health duties in this act, or would get them there. The act must take in the new duty.',
  },
  care: {
    nb: 'Loven regulerer psykisk helsevern, også tvang, og sier selv at psykisk helsevern er spesialisthelsetjeneste. Flyttes tjenesten ut av spesialisthelsetjenesten, må loven endres.',
    en: 'The act governs psykisk helsevern (specialist mental health care), compulsory care included, and itself defines it as specialist care. If the service leaves specialist care, the act must change.',
  },
  trusts: {
    nb: 'Spesialisthelsetjenesten drives i dag av helseforetak som staten eier etter denne loven, med styrer oppnevnt ovenfra. Tar staten selv eller en folkevalgt region over, må foretaksformen eller eierskapet endres.',
    en: 'Specialist care is run today by health trusts the state owns under this act, with appointed boards. If the state itself or an elected region takes over, the trust form or the ownership must change.',
  },
  region: {
    nb: 'Kommuneloven gjelder i dag bare kommuner og fylkeskommuner. En ny folkevalgt region trenger regler for valg, styring og økonomi, i denne loven eller i en ny.',
    en: 'Kommuneloven today covers only municipalities and counties. A new elected region needs rules on elections, governance and budgets, in this act or a new one.',
  },
  binding: {
    nb: 'Kommuneloven lar i dag kommunene selv velge om og hvordan de samarbeider, og samkommunen er tatt ut av loven igjen. Skal kommunene være bundet til å løse oppgaven sammen, trengs regler loven ikke har i dag.',
    en: 'Kommuneloven today lets the municipalities choose whether and how they cooperate, and the samkommune has been taken out of the act again. If the kommuner are to be bound to run the task together, the act needs rules it does not have today.',
  },
};

const OPEN: Record<'delt-duty' | 'refunds' | 'region-election' | 'insurer-act', { question: Text; source: Source }> = {
  'delt-duty': {
    question: {
      nb: 'En felles ordning mellom kommune og sykehus kan drives etter dagens lover med avtaler, og da beholder nivået som har plikten i dag, den. Skal en ny felles enhet ha plikten selv, trengs ny lov. Kildene sier ikke hva som er ment.',
      en: 'A joint kommune–hospital arrangement can run under today’s acts by agreement, and the level that holds the duty today keeps it. If a new joint body is to hold the duty itself, new law is needed. The sources do not say which is meant.',
    },
    source: { ref: SEEDS.stmeld47, locator: 'L5407-5414' },
  },
  refunds: {
    question: {
      nb: 'Folketrygden betaler i dag en del av tjenesten som refusjon etter takst. Kildene sier ikke om folketrygden skal betale videre når et annet nivå har ansvaret, eller om det nye nivået skal betale i stedet. Må betaleren byttes, må folketrygdloven endres.',
      en: 'Folketrygden (national insurance) pays part of the service today as fee refunds. The sources do not say whether it keeps paying when another level holds the duty, or whether the new level pays instead. If the payer changes, folketrygdloven must change.',
    },
    source: { ref: SEEDS.utvalget, locator: 'L170-176' },
  },
  'region-election': {
    question: {
      nb: 'Utvalget spør om regionene skal velges direkte eller indirekte. Svaret avgjør hvilke regler om valg og styring som trengs.',
      en: 'The committee asks whether the regions are to be elected directly or indirectly. The answer decides which rules on elections and governance are needed.',
    },
    source: { ref: SEEDS.utvalget, locator: 'L397' },
  },
  'insurer-act': {
    question: {
      nb: 'Ingen lov gir i dag et forsikringsselskap plikt til å sørge for helsetjenester. Skissen sier ikke hvilken lov som skal gjøre det, om forsikreren er privat eller offentlig, eller om helseforetakene blir leverandører under den.',
      en: 'No act gives an insurer a duty to provide health services today. The sketch does not say which act would, whether the insurer is private or public, or whether the health trusts would become providers under it.',
    },
    source: { ref: SEEDS.utvalget, locator: 'L447-485' },
  },
};

/**
 * What the committee asks of every model ("Felles for alle modeller?", seed 004 L617-627): items no
 * card stands for, so no move settles them. They stand on every board, today's included, beside the
 * open questions and never counted as a change. The fifth item, court-ordered compulsory care to the
 * justice sector (L625), is a card of its own and is left out here.
 */
export const COMMON_QUESTIONS: readonly OpenQuestion[] = [
  {
    id: 'common-tilsyn',
    question: {
      nb: 'Tilsyn og statsforvalternes rolle: utvalget spør om dette skal være likt i alle modeller. Tavla har ikke noe kort for tilsynet.',
      en: 'Supervision and the role of the county governors (statsforvalterne): the committee asks whether it is to be the same in every model. The board has no card for supervision.',
    },
    responsibilities: [],
    source: { ref: SEEDS.utvalget, locator: 'L617, L623' },
  },
  {
    id: 'common-ikt',
    question: {
      nb: 'IKT og digitalisering: utvalget spør om dette skal være felles for alle modeller. Kortet for IKT-drift gjelder bare driften helseforetakene har i dag.',
      en: 'IT and digitalisation: the committee asks whether it is to be common to all models. The IT operation card covers only what the health trusts run today.',
    },
    responsibilities: [],
    source: { ref: SEEDS.utvalget, locator: 'L617-619' },
  },
  {
    id: 'common-felleseide',
    question: {
      nb: 'Felleseide selskaper på tvers: utvalget spør om selskaper eid i fellesskap på tvers skal høre til alle modeller. Kortet for felleseide selskaper gjelder de fem selskapene de regionale helseforetakene eier i dag.',
      en: 'Jointly owned companies across the board: the committee asks whether companies owned in common across levels belong to every model. The jointly owned companies card covers the five companies the regional health authorities own today.',
    },
    responsibilities: [],
    source: { ref: SEEDS.utvalget, locator: 'L617, L621' },
  },
  {
    id: 'common-sentral-forvaltning',
    question: {
      nb: 'Endringer i den sentrale helseforvaltningen: utvalget spør om slike endringer hører til alle modeller. Tavla har ikke noe kort eller nivå for den sentrale forvaltningen.',
      en: 'Changes to the central health administration: the committee asks whether such changes belong to every model. The board has no card or level for the central administration.',
    },
    responsibilities: [],
    source: { ref: SEEDS.utvalget, locator: 'L617, L627' },
  },
];

/** Adds a card to a keyed list entry, making the entry on first use; keeps first-seen order. */
function addTo<T extends { responsibilities: string[] }>(map: Map<string, T>, key: string, make: () => T, card: string) {
  const entry = map.get(key) ?? map.set(key, make()).get(key)!;
  if (!entry.responsibilities.includes(card)) entry.responsibilities.push(card);
}

/** The acts one moved card touches, with the reason for each; the open questions it raises. */
function touches(ctx: Placed, card: Responsibility, from: LevelKind, to: LevelKind): { acts: [Law, Reason][]; open: (keyof typeof OPEN)[] } {
  if (to === 'delt') return { acts: [], open: ['delt-duty'] };
  const acts: [Law, Reason][] = [];
  const open: (keyof typeof OPEN)[] = [];
  // Being bound to cooperate needs new rules whoever held the duty before, the kommune included.
  const governance = ctx.catalog.laws.find((l) => l.role === 'governance');
  if (to === 'bindende-samarbeid' && governance) acts.push([governance, 'binding']);
  if (DUTY_HOLDER[from] === DUTY_HOLDER[to]) return { acts, open };
  const lawOf = (id: string | undefined) => ctx.catalog.laws.find((l) => l.id === id);
  const own = card.laws.flatMap((id) => (lawOf(id) ? [lawOf(id)!] : []));
  for (const law of own) {
    if (law.role === 'duty') acts.push([law, 'holder']);
    if (law.role === 'form') acts.push([law, 'owned']);
    if (law.role === 'care' && SPECIALIST_CARE.has(from) && !SPECIALIST_CARE.has(to)) acts.push([law, 'care']);
    if (law.role === 'refund') open.push('refunds');
  }
  const receiving = lawOf(ctx.index.level.get(to)?.dutyAct);
  if (receiving && own.some((l) => l.role === 'duty') && !card.laws.includes(receiving.id)) acts.push([receiving, 'receives']);
  // The trusts' own act changes when state units (sketch 2) or elected regions (1b) take their place.
  if (from === 'spesialisthelsetjenesten' && (to === 'stat' || to === 'region')) {
    const form = ctx.index.level.get(from)?.laws.map(lawOf).find((l) => l?.role === 'form');
    if (form && !card.laws.includes(form.id)) acts.push([form, 'trusts']);
  }
  if (to === 'region') {
    if (governance) acts.push([governance, 'region']);
    // A board that chose direct or indirect election has settled the question; rules are needed either way.
    if (ctx.choices['region-election'] === 'open') open.push('region-election');
  }
  if (to === 'forsikring') open.push('insurer-act');
  return { acts, open };
}

const SOURCE_OF: Partial<Record<Reason, Source>> = {
  trusts: { ref: SEEDS.utvalget, locator: 'L164-168' },
  region: { ref: SEEDS.utvalget, locator: 'L378-405' },
  binding: { ref: SEEDS.ks, locator: 'L300, L314, L326' },
};

/**
 * Acts a proposal touches and the legal questions it leaves open, from each moved card's own acts
 * and the level it moves to. `count` is the number of distinct acts. Board-defined cards have no
 * known act and are left out. `common` is what the committee asks of every model, the same on
 * every board and never counted.
 */
export function lawChanges(ctx: Placed): { changes: ActTouched[]; open: OpenQuestion[]; common: readonly OpenQuestion[]; count: Indicator } {
  const acts = new Map<string, ActTouched>();
  const open = new Map<string, OpenQuestion>();
  for (const card of ctx.catalog.responsibilities) {
    const move = isMoved(ctx, card.id);
    if (!move) continue;
    const found = touches(ctx, card, move.from, move.to.kind);
    for (const [law, reason] of found.acts) {
      const make = () => ({ law: law.id, why: WHY[reason], responsibilities: [], source: SOURCE_OF[reason] ?? law.source });
      addTo(acts, `${law.id}:${reason}`, make, card.id);
    }
    for (const id of found.open) addTo(open, id, () => ({ id, ...OPEN[id], responsibilities: [] }), card.id);
  }
  const changes = [...acts.values()];
  const name = (id: string) => ctx.catalog.laws.find((l) => l.id === id)?.short ?? id;
  const cardName = (id: string) => ctx.index.card.get(id)?.name.nb ?? id;
  const inputs: ExplanationInput[] = changes.map((a) => ({ label: `${name(a.law)}: ${a.responsibilities.map(cardName).join(', ')}`, used: { kind: 'cited', source: a.source } }));
  const rule = {
    nb: 'For hvert flyttet kort: loven som gir plikten i dag må endres når et annet nivå skal ha den, og loven for nivået kortet flyttes til må ta den inn. Psykisk helsevernloven berøres når tjenesten går ut av spesialisthelsetjenesten, helseforetaksloven når staten eller en region tar over for helseforetakene, og kommuneloven når en ny folkevalgt region får oppgaver eller kommunene skal være bundet til å samarbeide. Kommune til frivillig interkommunalt samarbeid endrer ingen lov. Til en forsikringsordning må loven som gir plikten i dag endres, men hvilken lov som skal gi forsikreren plikten, er åpent. Åpne spørsmål (folketrygdens refusjoner, felles ordninger, valgform for regionene når tavla ikke har valgt, loven for en forsikringsordning) telles ikke. Tallet er antall ulike lover. Egne kort har ingen kjent lov og telles ikke.',
    en: 'For each moved card: the act that gives the duty today must change when another level is to hold it, and the act of the level it moves to must take it in. Psykisk helsevernloven is touched when the service leaves specialist care, helseforetaksloven when the state or a region takes the trusts’ place, and kommuneloven when a new elected region gets tasks or the kommuner are to be bound to cooperate. Kommune to voluntary inter-municipal cooperation changes no act. Onto an insurance scheme the act that gives the duty today must change, but which act would give the insurer the duty is open. Open questions (folketrygd refunds, joint arrangements, how regions are elected where the board has not chosen, the act for an insurance scheme) are not counted. The figure is the number of distinct acts. Board-defined cards have no known act and are not counted.',
  };
  const count = new Set(changes.map((a) => a.law)).size;
  return { changes, open: [...open.values()], common: COMMON_QUESTIONS, count: indicator(count, 0, 'count', { rule, inputs }) };
}
