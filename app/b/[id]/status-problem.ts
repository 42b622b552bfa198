import { translator, type Dictionary, type Lang } from '@/lib/i18n';
import type { ApiProblem } from './shell/api';

/** What a failed call's server answer says: its message, then each field error with its field. */
export function problemReason(problem: ApiProblem): string {
  const fields = problem.fields ? Object.entries(problem.fields).map(([field, messages]) => `${field}: ${messages.join(', ')}`) : [];
  return [problem.message, ...fields].filter(Boolean).join('; ');
}

/** The error texts a feature gives for failed calls: these four, and one per status it names. */
type ErrorTexts = Record<'error.network' | 'error.400' | 'error.422' | 'error.other', string> & Record<`error.${number}`, string>;

/**
 * A failed call as the person should read it, in the feature's own words. A bad request or a
 * 422 shows the server's words and field errors, since they say what to change; a status in
 * `known` gets the feature's sentence for it, and anything else the status and message.
 */
export function statusProblem(dictionary: Dictionary<ErrorTexts>, known: readonly number[], problem: ApiProblem, lang: Lang): string {
  const t = translator(dictionary, lang);
  if (problem.status === 0) return t('error.network');
  if (problem.status === 400 || problem.status === 422) return t(`error.${problem.status}`, { reason: problemReason(problem) });
  if (known.includes(problem.status)) return t(`error.${problem.status}`);
  return t('error.other', { status: problem.status, reason: problem.message });
}
