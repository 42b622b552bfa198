import { useId } from 'react';
import { catalog } from '@/lib/catalog';
import { formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import { RATING_VALUES, type CriterionTally, type RatingValue } from '@/lib/ratings';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { valueText } from './criterion-field';

type Props = { name: string; criteria: readonly CriterionTally[]; lang: Lang };

const criterionName = (id: string, lang: Lang) => catalog.criteria.find((c) => c.id === id)?.name[lang] ?? id;

/** One count with a bar as long as its share of the criterion's answers. */
function CountCell({ count, total, value }: { count: number; total: number; value: RatingValue }) {
  return (
    <td className="px-1 py-1 text-center align-top tabular-nums">
      {count}
      <div aria-hidden="true" className="mt-0.5 h-1.5 rounded bg-slate-100">
        <div className={`h-1.5 rounded ${value === null ? 'bg-slate-400' : 'bg-blue-600'}`} style={{ width: total ? `${(100 * count) / total}%` : 0 }} />
      </div>
    </td>
  );
}

/**
 * A proposal's revealed answers as a table: a row per criterion with the count of each of
 * 1–5 and "Vet ikke" (each with a bar of its share) and the mean of the numbers; the reasons follow.
 */
export function DistributionTable({ name, criteria, lang }: Props) {
  const t = translator(ratingsText, lang);
  const id = useId();
  const withReasons = criteria.filter((c) => c.reasons.length > 0);
  return (
    <div className="space-y-2">
      <table aria-labelledby={`${id}-c`} className="w-full table-fixed border-collapse text-sm">
        <caption id={`${id}-c`} className="sr-only">
          {t('results.table', { name })}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="w-[38%] py-1 text-left font-medium">
              {t('results.criterion')}
            </th>
            {RATING_VALUES.map((v) => (
              <th key={v} scope="col" className="px-1 py-1 font-medium">
                {v}
              </th>
            ))}
            <th scope="col" className="px-1 py-1 font-medium">
              {t('results.unknown')}
            </th>
            <th scope="col" className="px-1 py-1 font-medium">
              {t('results.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const total = c.counts.reduce((s, n) => s + n, c.unknown);
            return (
              <tr key={c.criterion} data-testid="tally" data-criterion={c.criterion} data-counts={[...c.counts, c.unknown].join(',')} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-1 text-left font-normal break-words">
                  {criterionName(c.criterion, lang)}
                </th>
                {c.counts.map((count, i) => (
                  <CountCell key={i} count={count} total={total} value={RATING_VALUES[i]!} />
                ))}
                <CountCell count={c.unknown} total={total} value={null} />
                <td data-testid="mean" className="px-1 py-1 text-center align-top font-medium tabular-nums">
                  {c.mean === null ? t('results.noMean') : formatNumber(c.mean, 1, lang)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withReasons.map((c) => (
        <details key={c.criterion} className="text-sm">
          <summary className="cursor-pointer">
            {criterionName(c.criterion, lang)}: {t('results.reasons', { count: c.reasons.length })}
          </summary>
          <ul className="mt-1 space-y-1 pl-4">
            {c.reasons.map((r, i) => (
              <li key={i} className="break-words">
                <span className="font-medium tabular-nums">{valueText(r.value, lang)}</span> – {r.text}
                {r.by ? (
                  <span className="text-slate-600">
                    {' '}
                    ({r.by.organisation ? t('results.by', r.by) : r.by.name}
                    {r.by.verified ? <VerifiedBadge lang={lang} /> : null})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
