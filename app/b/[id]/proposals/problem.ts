import type { Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { ApiProblem } from '../shell/api';
import { statusProblem } from '../status-problem';

const KNOWN = [401, 403, 404, 409, 413, 429] as const;

/** A failed proposals call as the person should read it (see statusProblem); an import the server would not take shows its reasons. */
export function proposalProblem(problem: ApiProblem, lang: Lang): string {
  return statusProblem(proposalsText, KNOWN, problem, lang);
}
