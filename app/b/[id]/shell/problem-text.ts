import type { Lang } from '@/lib/i18n';
import { translator } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import type { ApiProblem } from './api';

/**
 * A failed call as the person should read it: what happened in their language, and the
 * server's own words as detail when they add something (which limit, which field).
 */
export function problemText(problem: ApiProblem, lang: Lang): { message: string; detail: string | null } {
  const t = translator(commentThreadsText, lang);
  const fieldText = problem.fields ? Object.values(problem.fields).flat().join('; ') : '';
  if (problem.status === 0) return { message: t('error.network'), detail: null };
  if (problem.status === 400) return { message: t('error.400', { reason: fieldText || problem.message }), detail: null };
  const known = KNOWN.find((s) => s === problem.status);
  if (known) return { message: t(`error.${known}`), detail: problem.message || null };
  return { message: t('error.other', { status: problem.status, reason: problem.message }), detail: null };
}

const KNOWN = [401, 403, 404, 409, 413, 429] as const;
