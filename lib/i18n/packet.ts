import type { Dictionary } from './index';

// Bokmål is the source text; tests/e2e/packet.spec.ts reads the printed PDF for some of it.
const nb = {
  'page.title': 'Beslutningsnotat',
  'page.loading': 'Henter beslutningsnotatet …',
  'page.print': 'Skriv ut / lagre som PDF',
  'page.generated': 'Laget {date}',

  'error.heading': 'Beslutningsnotatet kunne ikke vises',
  'error.noToken': 'Lenken mangler tilgangsnøkkel. Åpne notatet fra forslagslisten på tavla.',
  'error.network': 'Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.',
  'error.notFound': 'Fant ikke forslaget. Det kan høre til en annen tavle.',
  'error.denied': 'Lenken gir ikke tilgang lenger. Be tilretteleggeren om en ny.',
  'error.other': 'Serveren svarte: {message}',
  'error.retry': 'Prøv igjen',

  'meta.board': 'Tavle',
  'meta.author': 'Lagret av',
  'meta.date': 'Dato',
  'meta.catalog': 'Katalogversjon',
  'meta.imported': 'importert fra fil',
  'meta.note': 'Notat',

  'matrix.heading': 'Fordeling av oppgaver',
  'matrix.caption': 'Hver oppgave står på ett nivå i forslaget. «Flyttet» betyr et annet nivå enn i dagens ordning.',
  'matrix.responsibility': 'Oppgave',
  'matrix.moved': 'Flyttet',
  'matrix.here': 'her',
  'matrix.own': 'eget kort',

  'deltas.heading': 'Konsekvenser mot dagens ordning',
  'deltas.indicator': 'Indikator',
  'deltas.baseline': 'Dagens ordning',
  'deltas.proposal': 'Forslaget',
  'deltas.delta': 'Endring',
  'deltas.moved': 'Flyttede oppgaver ({count})',
  'deltas.noneMoved': 'Forslaget flytter ingen oppgaver.',
  'deltas.added': 'Egne kort i forslaget: {list}',
  'deltas.flipped': 'Posisjoner som endrer status',
  'deltas.status': '{from} → {to}',

  'positions.heading': 'Aktørenes posisjoner i forslaget',
  'positions.intro': 'Kildebelagte standpunkter, ett per aktør og sak, sjekket mot hvor kortene ligger i forslaget.',

  'sources.heading': 'Kilder',
  'sources.intro': 'Kildene bak tallene for de flyttede oppgavene og bak posisjonene som gjelder dem.',
  'sources.figures': 'Tall for {card}',
  'sources.positions': 'Posisjoner om {card}',
  'sources.none': 'Ingen flyttede oppgaver, og dermed ingen kilder å vise.',

  'objections.heading': 'Åpne innvendinger og spørsmål ({count})',
  'objections.none': 'Ingen åpne tråder da forslaget ble lagret.',
  'objections.on': 'om {anchor}',
  'objections.replies': '{count} svar',
  'objections.noStance': 'uten standpunkt',

  'disclaimer.heading': 'Om tallene',
  'disclaimer.body':
    'Malene og tallene er tolkninger av kildene, ikke vedtatte fakta. Hvert tall viser til kilden det bygger på (dokument og linjer, eller nettadresse); der ingen kilde gir et tall, står det som mangler og teller ikke med. Egne kort og antakelser er lagt inn av deltakerne.',
} as const;

/** Every string of the printable decision packet, in Bokmål and English. */
export const packetText = {
  nb,
  en: {
    'page.title': 'Decision packet',
    'page.loading': 'Loading the decision packet …',
    'page.print': 'Print / save as PDF',
    'page.generated': 'Generated {date}',

    'error.heading': 'The decision packet could not be shown',
    'error.noToken': 'The link lacks its access key. Open the packet from the board’s list of proposals.',
    'error.network': 'Could not reach the server. Check the network and try again.',
    'error.notFound': 'No such proposal. It may belong to another board.',
    'error.denied': 'The link no longer gives access. Ask the facilitator for a new one.',
    'error.other': 'The server answered: {message}',
    'error.retry': 'Try again',

    'meta.board': 'Board',
    'meta.author': 'Saved by',
    'meta.date': 'Date',
    'meta.catalog': 'Catalog version',
    'meta.imported': 'imported from a file',
    'meta.note': 'Note',

    'matrix.heading': 'Allocation of responsibilities',
    'matrix.caption': 'Each responsibility sits on one level in the proposal. “Moved” means another level than today.',
    'matrix.responsibility': 'Responsibility',
    'matrix.moved': 'Moved',
    'matrix.here': 'here',
    'matrix.own': 'own card',

    'deltas.heading': 'Consequences against today’s arrangement',
    'deltas.indicator': 'Indicator',
    'deltas.baseline': 'Today',
    'deltas.proposal': 'Proposal',
    'deltas.delta': 'Change',
    'deltas.moved': 'Moved responsibilities ({count})',
    'deltas.noneMoved': 'The proposal moves no responsibilities.',
    'deltas.added': 'Own cards in the proposal: {list}',
    'deltas.flipped': 'Positions that change status',
    'deltas.status': '{from} → {to}',

    'positions.heading': "Stakeholders' positions in the proposal",
    'positions.intro': 'Sourced stances, one per actor and matter, checked against where the proposal puts the cards.',

    'sources.heading': 'Sources',
    'sources.intro': 'The sources behind the figures of the moved responsibilities and behind the positions about them.',
    'sources.figures': 'Figures for {card}',
    'sources.positions': 'Positions on {card}',
    'sources.none': 'No responsibilities moved, so there are no sources to show.',

    'objections.heading': 'Open objections and questions ({count})',
    'objections.none': 'No open threads when the proposal was saved.',
    'objections.on': 'on {anchor}',
    'objections.replies': '{count} replies',
    'objections.noStance': 'no stance',

    'disclaimer.heading': 'About the figures',
    'disclaimer.body':
      'The templates and figures are interpretations of their sources, not settled facts. Every figure names the source it rests on (document and lines, or web address); where no source gives a figure it is shown as missing and not counted. Own cards and assumptions were entered by participants.',
  },
} satisfies Dictionary<typeof nb>;
