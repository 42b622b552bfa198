import type { Dictionary } from './index';

// Consultation rounds: the strip every screen shows, the composer's closed note, and the
// facilitator's form in the "Verksted" tab. tests/e2e/consultation.spec.ts matches some of these.
const nb = {
  'strip.label': 'Høring',
  'strip.board': 'Gjelder hele tavla',
  'strip.proposal': 'Gjelder forslaget «{name}»',
  'strip.deadline': 'Frist {time}',
  'strip.ended': 'Høringen er avsluttet',
  'strip.endedAt': 'Avsluttet {time}',
  'strip.questionsOpen': 'Svar på sekretariatets spørsmål tas fortsatt imot.',

  'left.days': '{n} dager igjen',
  'left.hours': '{n} timer igjen',
  'left.overHour': 'over en time igjen',
  'left.underHour': 'under en time igjen',
  'left.minutes': '{n} minutter igjen',
  'left.minute': '1 minutt igjen',
  'left.underMinute': 'under ett minutt igjen',

  'composer.closed': 'Høringen ble avsluttet {time}. Nye innspill tas ikke imot her.',
  'composer.questionOnly': 'Høringen er avsluttet, men du kan fortsatt svare på sekretariatets spørsmål, uten standpunkt.',

  'section.heading': 'Høringsrunde',
  'section.intro': 'Be om skriftlige innspill mellom verkstedene: en tittel, ett spørsmål og en frist. Etter fristen tar tavla ikke imot nye kommentarer på det høringen gjelder.',
  'section.notFacilitator': 'Bare tilretteleggere kan åpne, forlenge eller avslutte en høring.',
  'section.loading': 'Henter høringer …',
  'section.loadFailed': 'Kunne ikke hente høringene: {reason}',
  'section.retry': 'Prøv igjen',
  'section.none': 'Ingen høring er åpen nå.',

  'form.heading': 'Åpne en høring',
  'form.title': 'Tittel',
  'form.question': 'Spørsmål til deltakerne',
  'form.scope': 'Gjelder',
  'form.scopeBoard': 'Hele tavla',
  'form.date': 'Fristdato',
  'form.time': 'Klokkeslett (norsk tid)',
  'form.questionsOpen': 'Svar på sekretariatets spørsmål kan gis også etter fristen',
  'form.questionsHint': 'Sekretariatets spørsmål er tråder som en tilrettelegger har startet med standpunktet «Spørsmål».',
  'form.open': 'Åpne høringen',
  'form.opening': 'Åpner …',
  'form.busy': 'En høring er allerede åpen på denne tavla.',

  'extend.heading': 'Forleng fristen',
  'extend.submit': 'Forleng',
  'extend.later': 'Den nye fristen må være senere enn den gjeldende.',
  'close.button': 'Avslutt høringen nå',
  'close.closing': 'Avslutter …',

  'error.required': 'Fyll inn tittel og spørsmål.',
  'error.deadlineInvalid': 'Den datoen og det klokkeslettet finnes ikke i norsk tid.',
  'error.deadlinePast': 'Fristen må være fram i tid.',
  'error.deadlineFar': 'Fristen kan være høyst et år fram i tid.',
  'error.failed': 'Det gikk ikke: {reason}',
} as const;

/** The consultation rounds' strings in Bokmål; English in en/consultation.ts. */
export const consultationText: Dictionary<typeof nb> = { nb };
