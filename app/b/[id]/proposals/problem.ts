import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { ApiProblem } from '../comments/comments-api';

const KNOWN = [401, 403, 404, 409, 413, 429] as const;

/**
 * A failed proposals call as the person should read it. Refusals that explain themselves (a bad
 * request, an import the server would not take) show the server's words and field errors.
 */
export function proposalProblem(problem: ApiProblem, lang: Lang): string {
  const t = translator(proposalsText, lang);
  const fields = problem.fields ? Object.entries(problem.fields).map(([field, messages]) => `${field}: ${messages.join(', ')}`) : [];
  const reason = [problem.message, ...fields].filter(Boolean).join('; ');
  if (problem.status === 0) return t('error.network');
  if (problem.status === 400) return t('error.400', { reason });
  if (problem.status === 422) return t('error.422', { reason });
  const known = KNOWN.find((s) => s === problem.status);
  if (known) return t(`error.${known}`);
  return t('error.other', { status: problem.status, reason: problem.message });
}
