'use client';
import { useState, type FormEvent } from 'react';
import { renameLevel } from '@/lib/board-ops';
import { translator, type Lang } from '@/lib/i18n';
import { boardFormsText } from '@/lib/i18n/board-forms';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';

type Props = { client: LiveClient; level: ColumnLevel; lang: Lang; origin: symbol; onDone: () => void };

/** A column's own name in place of its heading, focused at once; Escape or "Avbryt" leaves it as it was. */
export function LevelRenameForm({ client, level, lang, origin, onDone }: Props) {
  const t = translator(boardFormsText, lang);
  const [name, setName] = useState(level.name ?? level.label);

  function submit(e: FormEvent) {
    e.preventDefault();
    renameLevel(client.doc, { level: level.id, name }, origin);
    onDone();
  }

  return (
    <form onSubmit={submit} className="flex gap-1">
      <input
        aria-label={t('column.renameLabel', { level: level.label })}
        className="min-w-0 flex-1 rounded border border-slate-300 px-1 text-slate-900"
        value={name}
        maxLength={80}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
      />
      <button type="submit" className={SMALL}>
        {t('column.save')}
      </button>
      <button type="button" className={SMALL} onClick={onDone}>
        {t('column.cancel')}
      </button>
    </form>
  );
}

const SMALL = 'rounded border border-slate-300 bg-white px-1.5 text-xs hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';
