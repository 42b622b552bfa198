import type { English } from '../index';
import type { commentsText } from '../comments';

/** The side panel's tabs and the comment badges in English, with exactly the Bokmål keys. */
export const commentsEn = {
  'tabs.label': 'Side panel',
  'tabs.consequences': 'Consequences',
  'tabs.comments': 'Comments',
  'tabs.proposals': 'Proposals',
  'tabs.history': 'History',
  'tabs.workshop': 'Workshop',
  'tabs.unread': '{count} unread',
  'tabs.mentioned': 'you are mentioned',

  'anchor.board': 'The whole board',
  'anchor.proposal': 'Proposal “{name}”',
  'anchor.indicator': 'Indicator {id}',

  'stance.tally': 'For: {for}, against: {against}, questions: {question}, neutral: {neutral}',

  'badge.label': 'Comments about {name}: {count}',
  'badge.start': 'Comment on {name}',
  'badge.title': 'Comments: {comments}. Open threads: {open}. {tally}',
} satisfies English<typeof commentsText>;
