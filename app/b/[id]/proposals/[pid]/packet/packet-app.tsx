'use client';
import { useCallback, useEffect, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
// Only the board page fetches English on demand; this page may open in English, so it carries it.
import '@/lib/i18n/english';
import { packetText } from '@/lib/i18n/packet';
import type { ApiProblem } from '../../../shell/api';
import { linkTokenFromHash } from '../../../session';
import { useLang } from '../../../use-lang';
import { loadPacket, type PacketData } from './packet-load';
import { PacketView } from './packet-view';
import { PageLoading } from '../../../page-loading';

type State = { kind: 'loading' } | { kind: 'problem'; problem: ApiProblem | null } | { kind: 'ready'; data: PacketData };

/** The packet page's states: read the token, fetch, then show the packet or say what went wrong. */
export function PacketApp({ boardId, proposalId }: { boardId: string; proposalId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(packetText, lang);
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const token = linkTokenFromHash(location.hash);
    if (!token) return setState({ kind: 'problem', problem: null });
    const answer = await loadPacket(boardId, proposalId, token);
    setState(answer.ok ? { kind: 'ready', data: answer.value } : { kind: 'problem', problem: answer.problem });
  }, [boardId, proposalId]);

  useEffect(() => {
    void load();
  }, [load]);

  // A saved PDF is named after the page title, so it carries the proposal's name.
  const name = state.kind === 'ready' ? state.data.proposal.name : null;
  useEffect(() => {
    if (name) document.title = `${name} – ${t('page.title')}`;
  }, [name, t]);

  if (state.kind === 'ready') return <PacketView data={state.data} lang={lang} onLang={setLang} />;
  if (state.kind === 'loading') {
    return <PageLoading text={t('page.loading')} />;
  }
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div role="alert" className="max-w-lg space-y-3 rounded-lg border border-red-200 bg-white p-6 shadow">
        <h1 className="text-2xl font-semibold text-red-900">{t('error.heading')}</h1>
        <p className="text-slate-700">{problemText(state.problem, lang)}</p>
        <button type="button" onClick={() => void load()} className="rounded bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700">
          {t('error.retry')}
        </button>
      </div>
    </main>
  );
}

function problemText(problem: ApiProblem | null, lang: Lang): string {
  const t = translator(packetText, lang);
  if (!problem) return t('error.noToken');
  if (problem.status === 0) return t('error.network');
  if (problem.status === 404) return t('error.notFound');
  if (problem.status === 401 || problem.status === 403) return t('error.denied');
  return t('error.other', { message: `${problem.status}: ${problem.message}` });
}
