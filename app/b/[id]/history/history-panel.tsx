'use client';
import { useId, useMemo, useRef } from 'react';
import type { HistoryEntry } from '@/lib/history';
import { translator, type Lang } from '@/lib/i18n';
import { historyText } from '@/lib/i18n/history';
import { formatCommentTime } from '../comments/comment-time';
import type { Joined } from '../session';
import { describeEntry } from './entry-text';
import { HistoryTimeline } from './history-timeline';
import { useHistory } from './use-history';

type Props = {
  boardId: string;
  joined: Joined;
  lang: Lang;
  /** Shows the board as an entry recorded it (read-only), or the live board again with null. */
  onPreview: (entry: HistoryEntry | null) => void;
  /** The entry being shown instead of the live board, by sequence number. */
  previewing: number | null;
};

/**
 * The history tab: every recorded change, newest first, and a slider across them. Choosing an
 * entry (slider or click) shows the board as it then was; the slider's last stop is "now".
 */
export function HistoryPanel({ boardId, joined, lang, onPreview, previewing }: Props) {
  const t = translator(historyText, lang);
  const panel = useRef<HTMLDivElement>(null);
  const sliderId = useId();
  const { entries, loaded, problem, refresh } = useHistory(boardId, joined.token, panel);
  const texts = useMemo(() => entries.map((e, i) => describeEntry(e, entries[i - 1] ?? null, lang)), [entries, lang]);
  const at = previewing === null ? -1 : entries.findIndex((e) => e.seq === previewing);
  const position = at === -1 ? entries.length : at;
  const valueText = (i: number) =>
    i >= entries.length ? t('slider.now') : t('slider.at', { time: formatCommentTime(entries[i]!.at, lang), index: i + 1, count: entries.length });
  const choose = (i: number) => onPreview(i >= entries.length ? null : entries[i]!);

  return (
    <div ref={panel} className="space-y-3" data-testid="history-panel">
      <div className="flex items-center gap-2">
        <h2 className="flex-1 text-xl font-semibold">{t('panel.heading')}</h2>
        <button type="button" onClick={refresh} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          {t('panel.refresh')}
        </button>
      </div>
      <p className="text-sm text-slate-600">{t('panel.intro')}</p>
      {problem ? (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {t(loaded ? 'panel.stale' : 'panel.error', { reason: problem.status === 0 ? t('panel.network') : `${problem.status}: ${problem.message}` })}{' '}
          <button type="button" onClick={refresh} className="underline">
            {t('panel.retry')}
          </button>
        </div>
      ) : null}
      {!loaded ? (
        problem ? null : (
          <p role="status" className="text-slate-600">
            {t('panel.loading')}
          </p>
        )
      ) : entries.length === 0 ? (
        <p className="text-slate-600">{t('panel.empty')}</p>
      ) : (
        <>
          <div className="space-y-1">
            <label htmlFor={sliderId} className="block text-sm font-medium">
              {t('slider.label')}: <span className="font-normal">{valueText(position)}</span>
            </label>
            <input
              id={sliderId}
              type="range"
              min={0}
              max={entries.length}
              step={1}
              value={position}
              aria-valuetext={valueText(position)}
              onChange={(e) => choose(Number(e.target.value))}
              className="w-full accent-blue-700"
            />
          </div>
          <HistoryTimeline entries={entries} texts={texts} selected={at === -1 ? null : at} lang={lang} onChoose={choose} />
        </>
      )}
    </div>
  );
}
