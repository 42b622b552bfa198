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

/** Every string of the printable decision packet, in Bokmål; English in en/packet.ts. */
export const packetText: Dictionary<typeof nb> = { nb };
