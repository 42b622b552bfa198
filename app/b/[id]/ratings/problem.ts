import type { Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { ApiProblem } from '../shell/api';
import { statusProblem } from '../status-problem';

const KNOWN = [401, 403, 404, 409] as const;

/** A failed rating call as the person should read it (see statusProblem). */
export function ratingProblem(problem: ApiProblem, lang: Lang): string {
  return statusProblem(ratingsText, KNOWN, problem, lang);
}
