import type { Dictionary } from './index';

// The breakout groups in the "Verksted" tab. End-to-end tests match the button names ("Del i
// grupper", "Sammenlign grupper", "Ta inn som forslag") and the headings, so change those together with tests/e2e.
const nb = {
  'section.heading': 'Grupper',
  'section.intro': 'Del rommet i grupper som arbeider hver på sin kopi av tavla. Etterpå sammenligner dere gruppenes tavler med hovedtavla og med hverandre, og kan ta en av dem inn som forslag.',
  'section.loading': 'Henter gruppene …',
  'section.loadFailed': 'Kunne ikke hente gruppene. {reason}',
  'section.retry': 'Prøv igjen',
  'section.empty': 'Tavla er ikke delt i grupper ennå.',
  'section.isGroup': 'Denne tavla er «{name}», en gruppetavle fra runde {round}. Gruppene sammenlignes på hovedtavla de ble delt fra.',
  'section.readOnly': 'Du er {role} på tavla: du ser gruppene og kan sammenligne dem, men bare tilretteleggere kan dele i grupper, se gruppenes lenker og ta en gruppe inn som forslag.',

  'split.heading': 'Del i grupper',
  'split.count': 'Antall grupper',
  'split.name': 'Navn på gruppe {n} (valgfritt)',
  'split.submit': 'Del i grupper',
  'split.splitting': 'Deler …',
  'split.again': 'Tavla er allerede delt. En ny deling starter runde {round}; gruppene fra før beholder tavlene og lenkene sine.',
  'split.done': 'Tavla er delt i {count} grupper.',
  'split.failed': 'Tavla ble ikke delt. {reason}',

  'groups.heading': 'Gruppene i runde {round}',
  'groups.editorLink': 'Lenke for gruppa (redaktør)',
  'groups.editorHint': 'Gi denne lenken til gruppa: den lar alle i gruppa flytte kort.',
  'groups.copy': 'Kopier lenken til {name}',
  'groups.copyShort': 'Kopier',
  'groups.copyRole': 'Kopier {role}-lenken til {name}',
  'groups.copied': 'Lenken er kopiert.',
  'groups.copyFailed': 'Kunne ikke kopiere. Lenken er merket, så du kan kopiere den selv.',
  'groups.open': 'Åpne {name} som tilrettelegger',
  'groups.otherLinks': 'Andre lenker til {name}',
  'groups.linkLabel': '{role}-lenke til {name}',

  'compare.open': 'Sammenlign grupper',
  'compare.refresh': 'Oppdater sammenligningen',
  'compare.wide': 'Sammenlign i full bredde',
  'compare.wideClose': 'Lukk full bredde',
  'compare.loading': 'Sammenligner …',
  'compare.failed': 'Kunne ikke sammenligne gruppene. {reason}',
  'compare.heading': 'Gruppene sammenlignet med hovedtavla',
  'compare.basis': 'Flyttinger og endringer regnes mot hovedtavla «{main}» slik den er nå.',
  'compare.region': 'Gruppene side om side',
  'compare.moved': 'Flyttet ({count})',
  'compare.movedNone': 'Ingen kort er flyttet.',
  'compare.move': '{from} → {to}',
  'compare.added': 'Egne kort bare gruppa har: {cards}',
  'compare.removed': 'Egne kort gruppa har fjernet: {cards}',
  'compare.figures': 'Nøkkeltall, med endringen mot hovedtavla',
  'compare.indicator': 'Indikator',
  'compare.delta': 'Endring',
  'compare.differences': 'Kort der gruppene er uenige ({count})',
  'compare.differencesNone': 'Gruppene har plassert alle ansvar likt.',
  'compare.card': 'Ansvar',
  'compare.main': 'Hovedtavla',
  'compare.better': 'bedre',
  'compare.worse': 'verre',

  'adopt.submit': 'Ta inn som forslag',
  'adopt.busy': 'Tar inn …',
  'adopt.done': '«{name}» er lagret som forslag på hovedtavla (se fanen Forslag).',
  'adopt.failed': 'Gruppa ble ikke tatt inn. {reason}',

  'error.network': 'Fikk ikke kontakt med serveren.',
  'error.401': 'Tilgangen din er utløpt eller ugyldig. Last inn siden på nytt.',
  'error.403': 'Rollen din gir ikke lov til dette.',
  'error.404': 'Fant ikke gruppa eller tavla.',
  'error.other': 'Serveren svarte {status}: {reason}',
} as const;

/** The breakout groups' strings in Bokmål; English in en/breakouts.ts. */
export const breakoutsText: Dictionary<typeof nb> = { nb };
