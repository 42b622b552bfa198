import type { Dictionary } from './index';

// The comment threads that open in the side panel: the list, its filters, each thread, its
// comments and the composer. End-to-end tests match "Kommentaren er fjernet", the composer's
// labels and its buttons, so change those together with tests/e2e. What the board shows before a
// thread is opened (tab names, comment badges) is in comments.ts.
const nb = {
  'panel.heading': 'Kommentarer',
  'panel.viewerNote': 'Du ser på tavla som tilskuer: du kan lese kommentarene, men ikke skrive, endre eller løse tråder.',
  'panel.loading': 'Henter kommentarer …',
  'panel.feedDown': 'Kommentarene oppdateres ikke akkurat nå. Prøver igjen …',
  'panel.empty': 'Ingen tråder ennå.',
  'panel.emptyFiltered': 'Ingen tråder passer filteret.',

  'filter.label': 'Filtrer tråder',
  'filter.status': 'Status',
  'filter.open': 'Åpne',
  'filter.resolved': 'Løste',
  'filter.all': 'Alle',
  'filter.anchor': 'Gjelder',
  'filter.anchorAll': 'Alle tråder',
  'filter.levels': 'Nivåer',
  'filter.cards': 'Kort',
  'filter.other': 'Annet',
  'filter.participant': 'Deltaker',
  'filter.participantAll': 'Alle deltakere',

  'thread.list': 'Tråder',
  'thread.reply1': '1 svar',
  'thread.replies': '{count} svar',
  'thread.open': 'Åpen',
  'thread.resolved': 'Løst',
  'thread.unread1': '1 ny',
  'thread.unread': '{count} nye',
  'thread.mentionsYou': 'nevner deg',
  'thread.resolve': 'Marker som løst',
  'thread.reopen': 'Åpne igjen',
  'thread.resolvedBy': 'Løst av {name} {time}',
  'thread.comments': 'Kommentarer i tråden',

  'comment.removed': 'Kommentaren er fjernet',
  'comment.edited': 'redigert',
  'comment.editedAt': 'Redigert {time}',
  'comment.you': 'deg',
  'comment.edit': 'Rediger',
  'comment.editLabel': 'Endre kommentaren',
  'comment.save': 'Lagre',
  'comment.cancel': 'Avbryt',
  'comment.remove': 'Fjern',
  'comment.confirmRemove': 'Fjerne kommentaren for alle?',
  'comment.confirmYes': 'Ja, fjern',

  'stance.label': 'Standpunkt',
  'stance.none': 'Ingen',
  'stance.for': 'For',
  'stance.against': 'Mot',
  'stance.question': 'Spørsmål',
  'stance.neutral': 'Nøytral',

  'composer.newHeading': 'Ny tråd om {anchor}',
  'composer.newLabel': 'Skriv en kommentar',
  'composer.replyLabel': 'Skriv et svar',
  'composer.start': 'Start tråd',
  'composer.reply': 'Svar',
  'composer.sending': 'Sender …',
  'composer.count': '{count} av {max} tegn',
  'composer.tooLong': '{count} tegn for mye',
  'composer.hint': 'Skriv @ for å nevne noen. Ctrl+Enter sender.',
  'composer.suggestions': 'Deltakere du kan nevne',

  'error.empty': 'Skriv noe før du sender.',
  'error.tooLong': 'En kommentar kan ha høyst {max} tegn.',
  'error.400': 'Kommentaren ble ikke godtatt: {reason}',
  'error.401': 'Tilgangen din er utløpt eller ugyldig. Last inn siden på nytt.',
  'error.403': 'Rollen din gir ikke lov til dette.',
  'error.404': 'Fant ikke tråden eller kommentaren; den kan være borte.',
  'error.409': 'Tavla har nådd grensen for kommentarer.',
  'error.413': 'Kommentaren er for stor til å sendes.',
  'error.429': 'Du sender for fort. Vent litt og prøv igjen.',
  'error.network': 'Fikk ikke kontakt med serveren. Ingenting er sendt; prøv igjen.',
  'error.other': 'Det gikk ikke ({status}): {reason}',
} as const;

/** The comment threads' strings in Bokmål; English in en/comment-threads.ts. */
export const commentThreadsText: Dictionary<typeof nb> = { nb };
