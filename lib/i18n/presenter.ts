import type { Dictionary } from './index';

// The presenter view's connection state and latest-change caption, and the presenter link on the
// Verksted tab. tests/e2e/presenter.spec.ts matches "Avvist", "Siste endring", the caption
// "{name} flyttet {card} til {level}" and the buttons "Steng presentasjonsvisningene" and
// "Ja, steng dem"; change them together.
const nb = {
  'connection.connecting': 'Kobler til …',
  'connection.offline': 'Frakoblet – prøver igjen',
  'connection.refused': 'Avvist',
  'connection.closed': 'Frakoblet',
  'refused.title': 'Presentasjonsvisningen får ikke lenger vise tavla: {reason}.',
  'refused.help': 'Åpne presentasjonsvisningen på nytt fra Verksted-fanen på tavla.',

  'latest.label': 'Siste endring',
  'latest.none': 'Flyttinger vises her.',
  'latest.moved': '{card} flyttet til {level}',
  'latest.movedBy': '{name} flyttet {card} til {level}',
  'latest.movedMany': '{count} kort flyttet, blant dem {card} til {level}',
  'latest.movedManyBy': '{name} flyttet {count} kort, blant dem {card} til {level}',
  'latest.mover': '{name} ({organisation})',

  'figure.noCost': '– kr',
  'figure.noStaff': '– årsverk',

  'link.preparing': 'Gjør klar presentasjonsvisningen …',
  'link.failed': 'Kunne ikke lage en lenke til presentasjonsvisningen. {reason}',
  'link.retry': 'Prøv igjen',
  'link.own': 'Presentasjonsvisningen har sin egen tilgang: den fortsetter å virke når deltakerlenkene byttes ut.',
  'link.revoke': 'Steng presentasjonsvisningene',
  'link.revokeConfirm': 'Alle åpne presentasjonsvisninger av tavla stenges, og lenkene til dem slutter å virke. Lenken over blir ny.',
  'link.revokeYes': 'Ja, steng dem',
  'link.revokeNo': 'Avbryt',
  'link.revoked': 'Presentasjonsvisningene er stengt. Lenken over er ny.',
  'link.revokeFailed': 'Kunne ikke stenge presentasjonsvisningene. {reason}',
} as const;

/** The presenter view's and the presenter link's strings in Bokmål; English in en/presenter.ts. */
export const presenterText: Dictionary<typeof nb> = { nb };
