import type { Dictionary } from './index';

// Notifications: the bell in the board's toolbar, its email setting, and the emails themselves
// (written by the server in the language the participant chose with their address). End-to-end
// tests match the bell's name, so change it together with tests/e2e.
const nb = {
  'bell.heading': 'Varsler',
  'bell.loading': 'Henter varsler …',
  'bell.empty': 'Ingen varsler ennå. Du får et varsel når noen nevner deg eller svarer i en tråd du følger.',
  'bell.problem': 'Fikk ikke hentet varslene: {reason}',
  'bell.markAll': 'Merk alle som lest',
  'bell.close': 'Lukk',
  'bell.joinFirst': 'Varsler gjelder deltakere. Bli med på tavla for å få dem.',

  'item.mention': '{who} nevnte deg',
  'item.answer': '{who} svarte i en tråd du følger',
  'item.where': 'Tråd: {anchor}',
  'item.unread': 'ulest',
  'item.open': 'Åpne tråden',

  'anchor.board': 'hele tavla',
  'anchor.card': 'et ansvarskort',
  'anchor.level': 'et nivå',
  'anchor.proposal': 'et forslag',
  'anchor.indicator': 'et nøkkeltall',
  'erased': 'slettet deltaker',

  'email.heading': 'Varsler på e-post',
  'email.intro': 'Få e-post når noen nevner deg eller svarer i en tråd du følger. Adressen vises ikke for andre deltakere.',
  'email.address': 'E-postadresse',
  'email.fromSignIn': 'Adressen fra innloggingen din er fylt inn.',
  'email.instant': 'En e-post for hvert varsel',
  'email.digest': 'Ett daglig sammendrag',
  'email.langNote': 'E-postene skrives på bokmål.',
  'email.save': 'Lagre og send bekreftelse',
  'email.saving': 'Lagrer …',
  'email.remove': 'Slå av e-post',
  'email.pending': 'Vi har sendt en bekreftelseslenke til {address}. Ingenting sendes før du har åpnet den (den gjelder i 48 timer).',
  'email.confirmed': 'E-post sendes til {address}.',
  'email.removed': 'E-post er slått av. Adressen er slettet.',
  'email.unavailable': 'Denne tjenesten sender ikke e-post.',
  'email.problem': 'Fikk ikke lagret: {reason}',

  'mail.mention.subject': 'Du ble nevnt av {who} på «{board}»',
  'mail.answer.subject': 'Nytt svar i en tråd du følger på «{board}»',
  'mail.mention.lead': '{who} nevnte deg i en kommentar om {anchor}:',
  'mail.answer.lead': '{who} svarte i en tråd du følger, om {anchor}:',
  'mail.open': 'Åpne tråden',
  'mail.device': 'Lenken åpner tavla i nettleseren der du ble med på den.',
  'mail.unsubscribe': 'Vil du ikke ha flere e-poster fra denne tavla? Meld deg av',
  'mail.digest.subject': 'Sammendrag fra «{board}»',
  'mail.digest.lead': 'Dette har skjedd i trådene du følger på «{board}» det siste døgnet:',
  'mail.digest.thread': 'Om {anchor}',
  'mail.confirm.subject': 'Bekreft e-postadressen for varsler fra «{board}»',
  'mail.confirm.body': 'Noen, forhåpentlig du, ba om varsler på e-post fra tavla «{board}» til denne adressen. Bekreft innen 48 timer ved å åpne lenken og trykke på knappen.',
  'mail.confirm.button': 'Bekreft adressen',
  'mail.confirm.ignore': 'Var det ikke deg, kan du se bort fra denne e-posten. Da sendes ingenting mer.',
} as const;

export const notificationsText: Dictionary<typeof nb> = { nb };
