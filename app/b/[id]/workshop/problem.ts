import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import type { ApiProblem } from '../shell/api';

/**
 * A failed workshop call as the person should read it: no answer, a dead link, a refusal for
 * someone who is not a facilitator, or the server's own words (a timer that is not running).
 */
export function workshopProblem(problem: ApiProblem, lang: Lang): string {
  const t = translator(workshopText, lang);
  if (problem.status === 0) return t('error.network');
  if (problem.status === 401) return t('error.401');
  if (problem.status === 403) return t('error.403');
  const fields = problem.fields ? Object.values(problem.fields).flat() : [];
  return t('error.other', { status: problem.status, reason: [problem.message, ...fields].filter(Boolean).join('; ') });
}
