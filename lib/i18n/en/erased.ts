import type { English } from '../index';
import type { erasedText } from '../erased';

/** What an erased participant's name and comments show as, in English. */
export const erasedEn = {
  'erased.name': 'deleted participant',
  'erased.comment': 'Comment deleted',
} satisfies English<typeof erasedText>;
