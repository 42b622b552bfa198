import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import type { ApiProblem } from '../shell/api';
import { problemReason } from '../status-problem';

/**
 * A failed breakout call as the person should read it. A refusal that explains itself (a group
 * that cannot be split, a full proposal list, a bad request) shows the server's own words.
 */
export function breakoutProblem(problem: ApiProblem, lang: Lang): string {
  const t = translator(breakoutsText, lang);
  if (problem.status === 0) return t('error.network');
  if (problem.status === 401) return t('error.401');
  if (problem.status === 403) return t('error.403');
  if (problem.status === 404) return t('error.404');
  return t('error.other', { status: problem.status, reason: problemReason(problem) });
}
