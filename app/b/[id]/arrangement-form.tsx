'use client';
import { useId, useState, type FormEvent } from 'react';
import { setLevelArrangement } from '@/lib/board-ops';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import { translator, type Lang } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { boardFormsText } from '@/lib/i18n/board-forms';
import { arrangementName } from '@/lib/i18n/catalog-names';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';

type Props = { client: LiveClient; level: ColumnLevel; options: readonly string[]; lang: Lang; origin: symbol; onDone: () => void };

/**
 * Sets the arrangement a column belongs to (model 4). The field holds the value stored on the
 * columns, since columns group by exactly that value; the suggestions show what each one reads as.
 */
export function ArrangementForm({ client, level, options, lang, origin, onDone }: Props) {
  const t = translator(arrangementsText, lang);
  const tb = translator(boardFormsText, lang);
  const list = useId();
  const hint = useId();
  const [value, setValue] = useState(level.arrangement ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    setLevelArrangement(client.doc, { level: level.id, arrangement: value }, origin);
    onDone();
  }

  return (
    <form onSubmit={submit} className="mt-1 space-y-1">
      <div className="flex gap-1">
        <input
          aria-label={t('header.label', { level: level.label })}
          aria-describedby={hint}
          className="min-w-0 flex-1 rounded border border-slate-300 px-1 text-sm text-slate-900"
          value={value}
          maxLength={80}
          list={list}
          autoFocus
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
        />
        <datalist id={list}>
          {options.map((o) => (
            <option key={o} value={o}>
              {arrangementName(catalog, o, lang)}
            </option>
          ))}
        </datalist>
        <button type="submit" className={SMALL}>
          {tb('column.save')}
        </button>
        <button type="button" className={SMALL} onClick={onDone}>
          {tb('column.cancel')}
        </button>
      </div>
      <p id={hint} className="text-xs text-slate-600">
        {t('header.hint')}
      </p>
    </form>
  );
}

const SMALL = 'rounded border border-slate-300 bg-white px-1.5 text-xs hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';
