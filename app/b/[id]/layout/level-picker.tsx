'use client';
import { useEffect, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';

type Props = { levels: readonly { id: string; label: string; count: number }[]; shown: string; onShow: (level: string) => void; lang: Lang };

/**
 * The phone's way between columns: one button per level with its card count, the shown one
 * pressed. It stays at the top of the screen while the column scrolls (under an open card's
 * details, which stick there too), and keeps the pressed button in sight when there are more
 * levels than fit across.
 */
export function LevelPicker({ levels, shown, onShow, lang }: Props) {
  const t = translator(boardText, lang);
  const row = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const r = row.current;
    const b = r?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!r || !b) return;
    // Sideways within the row only: scrollIntoView would also scroll the page.
    if (b.offsetLeft < r.scrollLeft) r.scrollLeft = b.offsetLeft - 8;
    else if (b.offsetLeft + b.offsetWidth > r.scrollLeft + r.clientWidth) r.scrollLeft = b.offsetLeft + b.offsetWidth - r.clientWidth + 8;
  }, [shown]);

  return (
    <div ref={row} role="group" aria-label={t('layout.levels')} data-testid="level-picker" className="sticky top-0 z-10 -mx-2 mb-2 flex gap-1 overflow-x-auto border-b border-slate-200 bg-slate-50/95 px-2 py-1.5 backdrop-blur">
      {levels.map((l) => {
        const on = l.id === shown;
        return (
          <button
            key={l.id}
            type="button"
            aria-pressed={on}
            onClick={() => onShow(l.id)}
            className={`flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm font-medium whitespace-nowrap focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
              on ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
            }`}
          >
            {l.label}
            <span className={`rounded-full px-1.5 text-xs tabular-nums ${on ? 'bg-white/20' : 'bg-slate-100 text-slate-700'}`}>{l.count}</span>
          </button>
        );
      })}
    </div>
  );
}
