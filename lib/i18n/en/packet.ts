import type { English } from '../index';
import type { packetText } from '../packet';

/** Every string of the printable decision packet, in English. */
export const packetEn = {
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
} satisfies English<typeof packetText>;
