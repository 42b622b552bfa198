import type { HistoryEntry } from '@/lib/history';
import { translator, type Lang } from '@/lib/i18n';
import { historyText } from '@/lib/i18n/history';
import { formatCommentTime } from '../comments/comment-time';
import type { EntryText } from './entry-text';

/** Changes shown per entry before "… and n more"; a restore or template can change dozens at once. */
const SHOWN_CHANGES = 6;

type Props = { entries: HistoryEntry[]; texts: EntryText[]; selected: number | null; lang: Lang; onChoose: (index: number) => void };

/** The entries newest first, each a button that shows the board at that moment; `selected` indexes `entries`. */
export function HistoryTimeline({ entries, texts, selected, lang, onChoose }: Props) {
  const t = translator(historyText, lang);
  const order = entries.map((_, i) => i).reverse();
  return (
    <ol className="space-y-2" data-testid="history-timeline">
      {order.map((i) => {
        const entry = entries[i]!;
        const { who, changes } = texts[i]!;
        const time = formatCommentTime(entry.at, lang);
        const on = selected === i;
        return (
          <li key={entry.seq} data-testid="history-entry" data-seq={entry.seq}>
            <button
              type="button"
              aria-pressed={on}
              // Named by its own text (time, who, changes) so speech control can use what is shown;
              // what pressing it does is the tooltip, which is also its description.
              title={t('entry.show', { time })}
              onClick={() => onChoose(i)}
              className={`w-full rounded border p-2 text-left text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
                on ? 'border-blue-500 bg-blue-50' : 'border-slate-200 bg-white hover:bg-slate-50'
              }`}
            >
              <span className="flex items-baseline gap-2">
                <time dateTime={entry.at} className="shrink-0 tabular-nums text-slate-600">
                  {time}
                </time>
                <span className="min-w-0 flex-1 font-medium">{who}</span>
                {on ? <span className="shrink-0 rounded bg-blue-700 px-1.5 text-xs text-white">{t('entry.shown')}</span> : null}
              </span>
              {changes.slice(0, SHOWN_CHANGES).map((c, k) => (
                <span key={k} className="block text-slate-800">
                  {c}
                </span>
              ))}
              {changes.length > SHOWN_CHANGES ? <span className="block text-slate-600">{t('entry.more', { count: changes.length - SHOWN_CHANGES })}</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
