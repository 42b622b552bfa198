import type { Dictionary } from './index';

// "Mine data": what the board keeps about the person using it, and erasing what they wrote (how
// an erased participant then shows is in erased.ts). End-to-end tests
// match the button and dialog names, so change those together with tests/e2e.
const nb = {
  'heading': 'Mine data på denne tavla',
  'intro': 'Dette er alt tavla har lagret om deg. Hvem som er til stede akkurat nå, lagres ikke.',
  'loading': 'Henter dataene dine …',
  'close': 'Lukk',
  'problem': 'Fikk ikke hentet dataene dine: {reason}',

  'you.heading': 'Deg som deltaker',
  'you.none': 'Tavla har ikke lagret deg som deltaker.',
  'you.name': 'Navn',
  'you.organisation': 'Organisasjon',
  'you.role': 'Rolle',
  'you.joined': 'Ble med',

  'comments.heading': 'Kommentarene dine',
  'comments.empty': 'Du har ikke skrevet noen kommentarer.',
  'comments.removed': 'slettet',

  'answers.heading': 'Svarene dine i vurderingsrunder',
  'answers.empty': 'Du har ikke svart i noen vurderingsrunde.',
  'answers.revealed': 'resultatet er vist',
  'answers.hidden': 'resultatet er ikke vist',
  'answers.unknown': 'vet ikke',

  'history.heading': 'Endringer i historikken som nevner deg',
  'history.empty': 'Historikken nevner deg ikke.',
  'history.entry': 'Endring nr. {seq}',

  'proposals.heading': 'Lagrede forslag med noe av ditt',
  'proposals.empty': 'Ingen lagrede forslag har noe av ditt.',
  'proposals.savedBy': 'du lagret det',
  'proposals.threads': 'trådstart fra deg: {count}',
  'proposals.cards': 'egne kort med navnet ditt: {count}',

  'cards.heading': 'Egne kort med navnet ditt',
  'cards.empty': 'Ingen egne kort har navnet ditt.',

  'elsewhere': 'på en gruppetavle eller hovedtavla',

  'notices.heading': 'Varsler og e-post',
  'notices.address': 'E-postadresse',
  'notices.noAddress': 'Du har ikke oppgitt noen e-postadresse.',
  'notices.confirmed': 'bekreftet',
  'notices.unconfirmed': 'ikke bekreftet',
  'notices.lang': 'Språk i e-postene',
  'notices.lang.nb': 'bokmål',
  'notices.lang.en': 'engelsk',
  'notices.wants': 'Du har bedt om',
  'notices.instant': 'en e-post for hvert varsel',
  'notices.digest': 'et daglig sammendrag',
  'notices.neither': 'ingen e-poster',
  'notices.count': 'Varsler til deg: {count}',
  'notices.empty': 'Du har ingen varsler.',
  'notices.mention': 'Du ble nevnt',
  'notices.answer': 'Svar i en tråd du følger',
  'notices.read': 'lest',
  'notices.unread': 'ulest',
  'notices.emails': 'E-poster til deg: {pending} venter, {sent} sendt, {unsent} ikke sendt.',
  'notices.noEmails': 'Ingen e-poster er lagt i kø til deg.',
  'notices.kept': 'Selve e-postene lagres ikke. For hver e-post lagres hva slags e-post det var, når den ble lagt i kø og om den ble sendt.',

  'erase.button': 'Slett det jeg har skrevet',
  'erase.confirmHeading': 'Slette det du har skrevet?',
  'erase.confirmText':
    'Kommentarene dine blir stående som «slettet» uten tekst, navnet og organisasjonen din fjernes overalt på tavla (også fra egne kort og fra lagrede forslag, der trådene du startet også blir stående som «slettet»), og svarene dine i runder som ikke er vist, slettes. I runder som allerede er vist, blir tallene stående, men uten navnet og begrunnelsen din. E-postadressen din, varslene dine og e-poster som venter, slettes også. Dette kan ikke angres.',
  'erase.yes': 'Ja, slett',
  'erase.cancel': 'Avbryt',
  'erase.busy': 'Sletter …',
  'erase.done': 'Slettet: {comments} kommentarer, {answers} svar fjernet, {unlinked} svar gjort anonyme, {history} historikkoppføringer, {proposals} lagrede forslag, {cards} egne kort.',
  'erase.nothing': 'Det var ingenting igjen å slette.',
  'erase.failed': 'Slettingen gikk ikke: {reason}',

} as const;

/** The own-data dialog's strings in Bokmål; English in en/own-data.ts. */
export const ownDataText: Dictionary<typeof nb> = { nb };
