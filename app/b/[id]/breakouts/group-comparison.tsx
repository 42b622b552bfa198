'use client';
import { useRef, useState } from 'react';
import type { BreakoutComparison } from '@/lib/breakouts';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { WideView } from '../compare/wide-view';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import type { BreakoutsApi } from './breakouts-api';
import { GroupsCompared } from './groups-compared';
import { breakoutProblem } from './problem';

type Props = { api: BreakoutsApi; lang: Lang; canAdopt: boolean };

type Shown = { kind: 'idle' } | { kind: 'loading'; last: BreakoutComparison | null } | { kind: 'failed'; message: string } | { kind: 'done'; comparison: BreakoutComparison };

/**
 * "Sammenlign grupper": reads every group's board and the main board live and shows them side by
 * side, then the cards on which the groups differ. Asked for, not kept live: a comparison in the
 * middle of a discussion should not change under the people reading it.
 */
export function GroupComparison({ api, lang, canAdopt }: Props) {
  const t = translator(breakoutsText, lang);
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const result = useRef<HTMLDivElement>(null);
  const asked = useRef(0);

  const run = async () => {
    const n = ++asked.current;
    setShown((s) => ({ kind: 'loading', last: s.kind === 'done' ? s.comparison : s.kind === 'loading' ? s.last : null }));
    const r = await api.compare();
    if (n !== asked.current) return;
    setShown(r.ok ? { kind: 'done', comparison: r.value } : { kind: 'failed', message: t('compare.failed', { reason: breakoutProblem(r.problem, lang) }) });
    if (r.ok) result.current?.focus();
  };

  const comparison = shown.kind === 'done' ? shown.comparison : shown.kind === 'loading' ? shown.last : null;
  return (
    <section aria-labelledby="breakout-compare-h" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => void run()} disabled={shown.kind === 'loading'} className={comparison ? SECONDARY : PRIMARY}>
          {comparison ? t('compare.refresh') : t('compare.open')}
        </button>
        {comparison ? (
          <WideView openLabel={t('compare.wide')} closeLabel={t('compare.wideClose')} label={t('compare.heading')} className={PRIMARY}>
            {() => (
              <div className="space-y-4">
                <h2 className="text-xl font-semibold">{t('compare.heading')}</h2>
                <GroupsCompared comparison={comparison} lang={lang} api={canAdopt ? api : null} wide />
              </div>
            )}
          </WideView>
        ) : null}
      </div>
      <div ref={result} tabIndex={-1} aria-live="polite" aria-busy={shown.kind === 'loading'} className="space-y-3 focus:outline-none">
        {shown.kind === 'loading' ? (
          <p role="status" className="text-sm text-slate-600">
            {t('compare.loading')}
          </p>
        ) : null}
        {shown.kind === 'failed' ? (
          <p role="alert" className={ERROR_BOX}>
            {shown.message}
          </p>
        ) : null}
        <h4 id="breakout-compare-h" className={comparison ? 'font-semibold' : 'sr-only'}>
          {t('compare.heading')}
        </h4>
        {comparison ? <GroupsCompared comparison={comparison} lang={lang} api={canAdopt ? api : null} /> : null}
      </div>
    </section>
  );
}
