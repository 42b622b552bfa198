import type { Stance } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { STANCES, tallyText } from './stance-words';

const COLOUR: Record<Stance, string> = {
  for: 'bg-emerald-100 text-emerald-900',
  against: 'bg-rose-100 text-rose-900',
  question: 'bg-violet-100 text-violet-900',
  neutral: 'bg-slate-200 text-slate-800',
};

const MARK: Record<Stance, string> = { for: '+', against: '−', question: '?', neutral: '○' };

/** A comment's stance as a small labelled chip. */
export function StanceChip({ stance, lang }: { stance: Stance; lang: Lang }) {
  const t = translator(commentThreadsText, lang);
  return (
    <span className={`rounded px-1.5 text-xs ${COLOUR[stance]}`} data-stance={stance}>
      {t(`stance.${stance}`)}
    </span>
  );
}

/** The stances over some threads as compact chips ("+2 −1 ?1"), read out in full by screen readers. */
export function StanceTally({ tally, lang }: { tally: Record<Stance, number>; lang: Lang }) {
  const shown = STANCES.filter((s) => tally[s] > 0);
  if (shown.length === 0) return null;
  return (
    <span className="inline-flex gap-1" title={tallyText(tally, lang)} data-testid="stance-tally">
      <span className="sr-only">{tallyText(tally, lang)}</span>
      {shown.map((s) => (
        <span key={s} aria-hidden="true" className={`rounded px-1 text-xs tabular-nums ${COLOUR[s]}`}>
          {MARK[s]}
          {tally[s]}
        </span>
      ))}
    </span>
  );
}
