'use client';
import { useCallback, useEffect, useState } from 'react';
import { translator } from '@/lib/i18n';
// Only the board page fetches English on demand; this page may open in English, so it carries it.
import '@/lib/i18n/english';
import { boardText } from '@/lib/i18n/board';
import { joinText } from '@/lib/i18n/join';
import { proposalsText } from '@/lib/i18n/proposals';
import { compareQuerySchema } from '@/lib/proposals';
import type { ApiProblem } from '../shell/api';
import { LangSwitch } from '../lang-switch';
import { proposalProblem } from '../proposals/problem';
import { proposalsApi, type Comparison } from '../proposals/proposals-api';
import { fetchBoardInfo, linkTokenFromHash } from '../session';
import { useLang } from '../use-lang';
import { ComparisonView } from './comparison';

type State =
  | { kind: 'loading' }
  | { kind: 'bad-link'; reason: 'share.missingToken' | 'share.badQuery' }
  | { kind: 'failed'; problem: ApiProblem }
  | { kind: 'done'; title: string; comparison: Comparison };

/**
 * What a share link opens: the board's title and one comparison, read-only. The link's token
 * is a viewer's, so nothing here can change the board even if the page were altered.
 */
export function SharedComparison({ boardId }: { boardId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(proposalsText, lang);
  const board = translator(boardText, lang);
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const token = linkTokenFromHash(location.hash);
    if (!token) return setState({ kind: 'bad-link', reason: 'share.missingToken' });
    const params = new URLSearchParams(location.search);
    const query = compareQuerySchema.safeParse({ a: params.get('a'), b: params.get('b') });
    if (!query.success) return setState({ kind: 'bad-link', reason: 'share.badQuery' });
    const api = proposalsApi(boardId, token);
    const [info, compared] = await Promise.all([fetchBoardInfo(boardId, token), api.compare(query.data.a, query.data.b)]);
    if (!compared.ok) return setState({ kind: 'failed', problem: compared.problem });
    setState({ kind: 'done', title: info.ok ? info.value.title : '', comparison: compared.value });
  }, [boardId]);

  useEffect(() => {
    void load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [load]);

  return (
    <div className="mx-auto min-h-screen max-w-screen-2xl p-4">
      <header className="mb-4 flex flex-wrap items-center gap-3 border-b border-slate-200 pb-2">
        <span className="font-bold text-slate-700">{board('page.title')}</span>
        <h1 className="min-w-0 flex-1 text-2xl font-semibold break-words">{state.kind === 'done' && state.title ? state.title : t('share.title')}</h1>
        <LangSwitch lang={lang} onLang={setLang} />
      </header>
      {state.kind === 'loading' ? (
        <p role="status" className="text-lg text-slate-600">
          {t('share.loading')}
        </p>
      ) : state.kind === 'bad-link' || state.kind === 'failed' ? (
        <div role="alert" className="max-w-lg space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <p className="text-red-900">{state.kind === 'bad-link' ? t(state.reason) : [401, 403].includes(state.problem.status) ? translator(joinText, lang)('link.revoked') : proposalProblem(state.problem, lang)}</p>
          <button type="button" onClick={() => void load()} className="rounded bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700">
            {translator(joinText, lang)('link.retry')}
          </button>
        </div>
      ) : (
        <main className="space-y-3">
          <p className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-sm text-slate-700">{t('share.readOnly')}</p>
          <ComparisonView comparison={state.comparison} lang={lang} headingLevel={2} wide />
        </main>
      )}
    </div>
  );
}
