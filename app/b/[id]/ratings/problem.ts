import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { ApiProblem } from '../comments/comments-api';

const KNOWN = [401, 403, 404, 409] as const;

/**
 * A failed rating call as the person should read it. A bad request or a 422 shows the server's
 * words and field errors, since they say what to change; the rest get a plain sentence.
 */
export function ratingProblem(problem: ApiProblem, lang: Lang): string {
  const t = translator(ratingsText, lang);
  const fields = problem.fields ? Object.entries(problem.fields).map(([field, messages]) => `${field}: ${messages.join(', ')}`) : [];
  const reason = [problem.message, ...fields].filter(Boolean).join('; ');
  if (problem.status === 0) return t('error.network');
  if (problem.status === 400) return t('error.400', { reason });
  if (problem.status === 422) return t('error.422', { reason });
  const known = KNOWN.find((s) => s === problem.status);
  if (known) return t(`error.${known}`);
  return t('error.other', { status: problem.status, reason: problem.message });
}
