import type { Dictionary } from './index';

// The summary of written input in the comments tab and in the decision packet.
// tests/e2e/input-summary.spec.ts matches the view's buttons and headings.
const nb = {
  'view.label': 'Visning',
  'view.threads': 'Tråder',
  'view.input': 'Innspill',

  'input.heading': 'Innspill',
  'input.intro': 'Alle kommentarer som ikke er fjernet, samlet per aktør eller per ansvar. Tallene følger trådene.',
  'input.loading': 'Henter innspill …',
  'input.empty': 'Ingen innspill ennå.',
  'input.group': 'Grupper',
  'input.byActor': 'Per aktør',
  'input.byAnchor': 'Per ansvar',
  'input.scope': 'Gjelder',
  'input.scopeBoard': 'Hele tavla',
  'input.scopeRound': 'Høringsrunden «{title}»',
  'input.roundWindow': 'Kommentarer skrevet fra {from} til {to}.',
  'input.roundProposal': 'Kommentarer om forslaget «{name}» skrevet fra {from} til {to}.',
  'input.download': 'Last ned CSV',
  'input.downloadFailed': 'Fikk ikke lastet ned filen. Prøv igjen.',
  'input.totals': '{comments} kommentarer i {threads} tråder',
  'input.comments': '{count} kommentarer',
  'input.none': 'Uten standpunkt',
  'input.tally': 'For: {for}, mot: {against}, spørsmål: {question}, nøytrale: {neutral}, uten standpunkt: {none}',
  'input.openQuestions': 'Åpne spørsmål ({count})',
  'input.arguments': 'Argumenter',
  'input.open': 'Åpne tråden',
  'input.on': 'om {anchor}',
  'input.people': 'Skrevet av {names}',
  'input.partlyVerified': 'delvis verifisert',
  'input.erased': 'Slettede deltakere',
  'input.noOrganisation': 'uten organisasjon',
  'input.responsibilities': 'Ansvar',
  'input.other': 'Forslag, nivåer og hele tavla',
  'input.proposals': 'Forslag',
  'input.supports': 'støtter',
  'input.objects': 'er mot',
  'input.split': 'er delt ({for} for, {against} mot)',

  'packet.heading': 'Innspill fra aktørene',
  'packet.intro': 'Hver aktørs standpunkt til dette forslaget og kommentarene deres om oppgavene forslaget flytter, slik trådene sto da notatet ble laget.',
  'packet.none': 'Ingen aktører har kommentert forslaget eller oppgavene det flytter.',
  'packet.actor': 'Aktør',
  'packet.stance': 'Standpunkt til forslaget',
  'packet.cards': 'Kommentarer om flyttede oppgaver',
  'packet.noStance': 'ikke tatt stilling',
  'packet.unavailable': 'Innspillene kunne ikke hentes.',
} as const;

/** Every string of the input summary. */
export const inputSummaryText: Dictionary<typeof nb> = { nb };
