import type { Stance } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';

/** The four stances in the order they are offered and tallied. */
export const STANCES: readonly Stance[] = ['for', 'against', 'question', 'neutral'];

/** The tally in words, for titles and screen readers. Apart from the chips: every badge needs it, the chips only open threads do. */
export const tallyText = (tally: Record<Stance, number>, lang: Lang) => translator(commentsText, lang)('stance.tally', tally);
