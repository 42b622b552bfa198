'use client';
import { useId, useState } from 'react';
import type { BreakoutComparison, GroupComparison } from '@/lib/breakouts';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { cardName } from '@/lib/i18n/catalog-names';
import { sideLabels } from '../compare/side-names';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import type { BreakoutsApi } from './breakouts-api';
import { breakoutProblem } from './problem';

type Props = {
  group: GroupComparison;
  main: BreakoutComparison['main'];
  lang: Lang;
  /** Present for a facilitator: takes the group in as a proposal on the main board. */
  api: BreakoutsApi | null;
  /** The group name's heading level: 5 in the side panel, 3 in the full-width view. */
  level?: 3 | 5;
};

type Adopt = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** One group against the main board: the cards it moved (from → to), the own cards only one of them has, and "Ta inn som forslag". */
export function GroupColumn({ group: g, main, lang, api, level = 5 }: Props) {
  const t = translator(breakoutsText, lang);
  const [adopt, setAdopt] = useState<Adopt>({ kind: 'idle' });
  const c = g.comparison;
  const own = new Map([...main.custom, ...g.custom].map((card) => [card.id, card.name]));
  const name = (id: string) => cardName(catalog, id, lang, own);
  const from = sideLabels(main.levels, lang);
  const to = sideLabels(g.levels, lang);
  // Per instance: the panel and its full-width view may show the same group at once.
  const headingId = useId();
  const [H, Sub] = level === 3 ? (['h3', 'h4'] as const) : (['h5', 'h6'] as const);

  const takeIn = async () => {
    if (!api) return;
    setAdopt({ kind: 'busy' });
    const r = await api.adopt(g.boardId);
    setAdopt(r.ok ? { kind: 'done', text: t('adopt.done', { name: r.value.name }) } : { kind: 'failed', text: t('adopt.failed', { reason: breakoutProblem(r.problem, lang) }) });
  };

  return (
    <article aria-labelledby={headingId} data-testid="group-comparison" data-board={g.boardId} className="space-y-2 rounded border border-slate-200 bg-white p-2">
      <H id={headingId} className="font-semibold break-words">
        {g.name}
      </H>
      <section aria-label={`${g.name}: ${t('compare.moved', { count: c.moved.length })}`}>
        <Sub className="text-sm font-semibold">{t('compare.moved', { count: c.moved.length })}</Sub>
        {c.moved.length === 0 ? (
          <p className="text-sm text-slate-600">{t('compare.movedNone')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {c.moved.map((m) => (
              <li key={m.responsibility} data-testid="group-move" data-card={m.responsibility} data-from={m.from} data-to={m.to}>
                <span className="font-medium">{name(m.responsibility)}</span>
                <span className="block text-slate-700">{t('compare.move', { from: from.get(m.from) ?? m.from, to: to.get(m.to) ?? m.to })}</span>
              </li>
            ))}
          </ul>
        )}
        {c.added.length > 0 ? <p className="text-sm">{t('compare.added', { cards: c.added.map(name).join(', ') })}</p> : null}
        {c.removed.length > 0 ? <p className="text-sm">{t('compare.removed', { cards: c.removed.map(name).join(', ') })}</p> : null}
      </section>
      {api ? (
        <div className="space-y-1">
          <button type="button" onClick={() => void takeIn()} disabled={adopt.kind === 'busy'} aria-describedby={headingId} className={SECONDARY}>
            {adopt.kind === 'busy' ? t('adopt.busy') : t('adopt.submit')}
          </button>
          <p role="status" data-testid="adopt-status" className="text-sm text-green-800">
            {adopt.kind === 'done' ? adopt.text : ''}
          </p>
          {adopt.kind === 'failed' ? (
            <p role="alert" className={ERROR_BOX}>
              {adopt.text}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
