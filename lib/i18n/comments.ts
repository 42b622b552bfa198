import type { Dictionary } from './index';

// What the board page says about comments before a thread is opened: the side panel's tab
// names, the badges on cards and what a thread is about. The threads themselves are in
// comment-threads.ts, which loads with them. End-to-end tests match the tab names, so change
// those together with tests/e2e.
const nb = {
  'tabs.label': 'Sidepanel',
  'tabs.consequences': 'Konsekvenser',
  'tabs.comments': 'Kommentarer',
  'tabs.proposals': 'Forslag',
  'tabs.history': 'Historikk',
  'tabs.workshop': 'Verksted',
  'tabs.unread': '{count} uleste',
  'tabs.mentioned': 'du er nevnt',

  'anchor.board': 'Hele tavla',
  'anchor.proposal': 'Forslag «{name}»',
  'anchor.indicator': 'Indikator {id}',

  'stance.tally': 'For: {for}, mot: {against}, spørsmål: {question}, nøytrale: {neutral}',

  'badge.label': 'Kommentarer om {name}: {count}',
  'badge.start': 'Kommenter {name}',
  'badge.title': 'Kommentarer: {comments}. Åpne tråder: {open}. {tally}',
} as const;

/** The side panel's tabs and the comment badges in Bokmål; English in en/comments.ts. */
export const commentsText: Dictionary<typeof nb> = { nb };
