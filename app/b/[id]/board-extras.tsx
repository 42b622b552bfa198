'use client';
import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import { addLevel } from '@/lib/board-ops';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { afterBoardUsable } from './board-usable';
import type { CustomCardDraft } from './custom-card-form';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';
import { loadWhenOnline } from './load-when-online';

const loadForm = () => import('./custom-card-form');
// The form for a responsibility of the board's own (its fields, checks and messages) loads when
// it is opened, or at idle once the board is usable.
const CustomCardForm = dynamic(() => loadWhenOnline(loadForm).then((m) => m.CustomCardForm), { ssr: false });

const EMPTY: CustomCardDraft = { name: '', level: '', cost: '', staff: '', note: '' };

type Props = { client: LiveClient; levels: ColumnLevel[]; author: string; lang: Lang; origin: symbol };

/** Editors' additions to the board: a preset level, and a responsibility of the board's own. */
export function BoardExtras({ client, levels, author, lang, origin }: Props) {
  const t = translator(boardText, lang);
  const [kind, setKind] = useState(catalog.levels[0]!.kind);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(EMPTY);

  useEffect(() => afterBoardUsable(loadForm), []);

  return (
    <div className="mt-4 flex flex-wrap items-start gap-6 text-sm">
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          addLevel(client.doc, { kind }, origin);
        }}
      >
        <label className="flex flex-col">
          <span>{t('column.addLabel')}</span>
          <select className="rounded border border-slate-300 bg-white px-2 py-1" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {catalog.levels.map((l) => (
              <option key={l.kind} value={l.kind}>
                {l.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {t('column.add')}
        </button>
      </form>
      <div>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {t('custom.add')}
        </button>
        {open ? (
          <CustomCardForm
            client={client}
            levels={levels}
            author={author}
            lang={lang}
            origin={origin}
            form={form}
            setForm={setForm}
            onAdded={() => {
              // The level chosen stays for the next one.
              setForm({ ...EMPTY, level: form.level });
              setOpen(false);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
