import type { consultationText } from '../consultation';
import type { English } from '../index';

/** The consultation rounds' strings in English, with exactly the Bokmål keys. */
export const consultationEn = {
  'strip.label': 'Consultation',
  'strip.board': 'On the whole board',
  'strip.proposal': 'On the proposal “{name}”',
  'strip.deadline': 'Deadline {time}',
  'strip.ended': 'The consultation has closed',
  'strip.endedAt': 'Closed {time}',
  'strip.questionsOpen': 'Replies to the secretariat’s questions are still taken.',

  'left.days': '{n} days left',
  'left.hours': '{n} hours left',
  'left.overHour': 'over an hour left',
  'left.underHour': 'under an hour left',
  'left.minutes': '{n} minutes left',
  'left.minute': '1 minute left',
  'left.underMinute': 'under a minute left',

  'composer.closed': 'The consultation closed {time}. New input is no longer taken here.',
  'composer.questionOnly': 'The consultation has closed, but you can still reply to the secretariat’s questions, without a stance.',

  'section.heading': 'Consultation round',
  'section.intro': 'Ask for written input between workshops: a title, one question and a deadline. After the deadline the board takes no new comments on what the consultation covers.',
  'section.notFacilitator': 'Only facilitators can open, extend or close a consultation.',
  'section.loading': 'Loading consultations …',
  'section.loadFailed': 'Could not load the consultations: {reason}',
  'section.retry': 'Try again',
  'section.none': 'No consultation is open now.',

  'form.heading': 'Open a consultation',
  'form.title': 'Title',
  'form.question': 'Question to the participants',
  'form.scope': 'Covers',
  'form.scopeBoard': 'The whole board',
  'form.date': 'Deadline date',
  'form.time': 'Time (Norwegian time)',
  'form.questionsOpen': 'Replies to the secretariat’s questions may be given after the deadline too',
  'form.questionsHint': 'The secretariat’s questions are threads a facilitator started with the stance “Question”.',
  'form.open': 'Open the consultation',
  'form.opening': 'Opening …',
  'form.busy': 'A consultation is already open on this board.',

  'extend.heading': 'Extend the deadline',
  'extend.submit': 'Extend',
  'extend.later': 'The new deadline must be later than the current one.',
  'close.button': 'Close the consultation now',
  'close.closing': 'Closing …',

  'error.required': 'Fill in a title and a question.',
  'error.deadlineInvalid': 'That date and time do not exist in Norwegian time.',
  'error.deadlinePast': 'The deadline must be in the future.',
  'error.deadlineFar': 'The deadline may be at most a year ahead.',
  'error.failed': 'That did not work: {reason}',
} satisfies English<typeof consultationText>;
