'use client';
import { useMemo, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import type { Joined } from '../session';
import { breakoutsApi } from './breakouts-api';
import { GroupComparison } from './group-comparison';
import { GroupList } from './group-list';
import { breakoutProblem } from './problem';
import { SplitForm } from './split-form';
import { useBreakouts } from './use-breakouts';

type Props = { boardId: string; joined: Joined; lang: Lang };

/**
 * The breakout groups in the "Verksted" tab. A facilitator splits the board into groups, hands
 * out each group's link, compares the groups and takes one in as a proposal; everyone else sees
 * the groups and the comparison, without links. A group's own board says which group it is.
 */
export function BreakoutSection({ boardId, joined, lang }: Props) {
  const t = translator(breakoutsText, lang);
  const board = translator(boardText, lang);
  const root = useRef<HTMLElement>(null);
  const api = useMemo(() => breakoutsApi(boardId, joined.token), [boardId, joined.token]);
  const { list, problem, refresh, replace } = useBreakouts(api, root);
  const facilitator = joined.role === 'facilitator';

  return (
    <section ref={root} aria-labelledby="breakouts-h" data-testid="breakouts" className="space-y-3">
      <h3 id="breakouts-h" className="text-lg font-semibold">
        {t('section.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('section.intro')}</p>
      {problem ? (
        <div role="alert" className={`${ERROR_BOX} flex items-center gap-2`}>
          <span className="flex-1">{t('section.loadFailed', { reason: breakoutProblem(problem, lang) })}</span>
          <button type="button" onClick={() => void refresh()} className={SECONDARY}>
            {t('section.retry')}
          </button>
        </div>
      ) : null}
      {list === null ? (
        problem ? null : (
          <p role="status" className="text-sm text-slate-500">
            {t('section.loading')}
          </p>
        )
      ) : list.groupOf ? (
        <p className="rounded border border-blue-200 bg-blue-50 px-2 py-1 text-sm text-blue-900">{t('section.isGroup', { name: list.groupOf.name, round: list.groupOf.round })}</p>
      ) : (
        <>
          {!facilitator ? <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('section.readOnly', { role: board(`role.${joined.role}`) })}</p> : null}
          {facilitator ? <SplitForm api={api} round={list.round} lang={lang} onSplit={(answer) => replace({ ...answer, groupOf: null })} /> : null}
          {list.round === null || list.groups.length === 0 ? (
            <p className="text-sm text-slate-600">{t('section.empty')}</p>
          ) : (
            <>
              <GroupList round={list.round} groups={list.groups} lang={lang} />
              {/* A new round compares other boards: its comparison starts afresh. */}
              <GroupComparison key={list.round} api={api} lang={lang} canAdopt={facilitator} />
            </>
          )}
        </>
      )}
    </section>
  );
}
