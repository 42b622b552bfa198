import { translator, type Lang } from '@/lib/i18n';
import { joinText } from '@/lib/i18n/join';
import type { LinkProblem } from './session';

type Props = { problem: LinkProblem | null; lang: Lang; onRetry: () => void; replaced?: boolean };

/**
 * What went wrong with the link, in words, and what to do about it; never a blank page.
 * `replaced`: a facilitator made a new link for this role while this page was on the board.
 */
export function LinkProblemView({ problem, lang, onRetry, replaced = false }: Props) {
  const t = translator(joinText, lang);
  // Deleted is final: nothing to retry, no new link to ask for.
  const deleted = problem?.status === 410;
  const headline = deleted
    ? t('link.deleted')
    : replaced
    ? t('link.replaced')
    : !problem
      ? t('link.missing')
      : problem.status === 0
        ? t('link.network')
        : problem.status === 404
          ? t('link.unknownBoard')
          : problem.status === 401 || problem.status === 403
            ? t('link.revoked')
            : problem.status >= 500
              ? t('link.unavailable')
              : t('link.invalid', { reason: problem.message });
  // A server that could not load the board just now is no fault of the link: no new link is needed.
  const help = deleted ? t('link.deletedHelp') : replaced ? t('link.replacedHelp') : !problem ? t('link.missingHelp') : problem.status === 0 || problem.status >= 500 ? null : t('link.help');
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div role="alert" className="max-w-lg space-y-3 rounded-lg border border-red-200 bg-white p-6 shadow">
        <h1 className="text-2xl font-semibold text-red-900">{headline}</h1>
        {help ? <p className="text-slate-700">{help}</p> : null}
        {problem && problem.status !== 0 && !deleted ? <p className="text-sm text-slate-500">({problem.status}: {problem.message})</p> : null}
        <div className="flex gap-3">
          {deleted ? null : (
            <button type="button" onClick={onRetry} className="rounded bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700">
              {t('link.retry')}
            </button>
          )}
          {/* A plain link: going home needs no client-side navigation, whose code the board page does without. */}
          <a href="/" className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
            {t('page.home')}
          </a>
        </div>
      </div>
    </main>
  );
}
