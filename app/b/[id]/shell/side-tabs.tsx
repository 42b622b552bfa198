'use client';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One tab: its id, what the tab shows, and its panel. */
export type SideTab<K extends string> = { id: K; label: ReactNode; panel: ReactNode };

type Props<K extends string> = {
  label: string;
  tabs: SideTab<K>[];
  selected: K;
  onSelect: (id: K) => void;
  /** Only the tabs show (a closed bottom sheet); the panels stay mounted, hidden. */
  collapsed?: boolean;
  /** Shown after the tabs in their sticky row, outside the tab list (the panel's collapse button). */
  end?: ReactNode;
  /** One row that scrolls sideways instead of wrapping (a phone's bottom sheet). */
  oneRow?: boolean;
};

/**
 * Tabs as the ARIA pattern has them: one tab stop, arrow keys (and Home, End) move and select,
 * A panel mounts when its tab is first shown (the page loads faster without the hidden one)
 * and then stays mounted while hidden, so a draft or a scroll position survives a switch.
 */
export function SideTabs<K extends string>({ label, tabs, selected, onSelect, collapsed = false, end, oneRow = false }: Props<K>) {
  const base = useId();
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const [shown, setShown] = useState<ReadonlySet<K>>(() => new Set([selected]));
  if (!shown.has(selected)) setShown(new Set([...shown, selected]));

  const onKey = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = tabs[to % tabs.length]!.id;
    onSelect(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <>
      <div className="sticky top-0 z-10 flex items-end border-b border-slate-200 bg-white">
        <div role="tablist" aria-label={label} onKeyDown={onKey} className={`flex min-w-0 flex-1 gap-x-0.5 px-1.5 pt-2 ${oneRow ? 'overflow-x-auto' : 'flex-wrap'}`}>
          {tabs.map((t) => {
            const on = t.id === selected;
            return (
              <button
                key={t.id}
                ref={(el) => {
                  if (el) buttons.current.set(t.id, el);
                  else buttons.current.delete(t.id);
                }}
                type="button"
                role="tab"
                id={`${base}-tab-${t.id}`}
                aria-selected={on}
                aria-controls={`${base}-panel-${t.id}`}
                tabIndex={on ? 0 : -1}
                onClick={() => onSelect(t.id)}
                className={`-mb-px flex shrink-0 items-center gap-1 rounded-t border px-1.5 py-1.5 text-sm font-medium whitespace-nowrap focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
                  on ? 'border-slate-200 border-b-white bg-white text-slate-900' : 'border-transparent text-slate-600 hover:bg-slate-50 hover:text-slate-900'
                }`}
              >
                {t.label}
              </button>
            );
          })}
        </div>
        {end}
      </div>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`${base}-panel-${t.id}`} aria-labelledby={`${base}-tab-${t.id}`} hidden={collapsed || t.id !== selected} className="p-3">
          {shown.has(t.id) ? t.panel : null}
        </div>
      ))}
    </>
  );
}
