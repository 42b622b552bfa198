'use client';
import { useMemo } from 'react';
import dynamic from 'next/dynamic';
import { ROOT } from '@/lib/board-doc';
import type { LevelKind } from '@/lib/catalog/schema';
import { setChoice } from '@/lib/choice-ops';
import { answerLabel, choicesForKind, readChoices } from '@/lib/choices';
import { translator, type Lang } from '@/lib/i18n';
import { choicesText } from '@/lib/i18n/choices';
import type { LiveClient } from './live-client';
import { useDocVersion } from './use-live';

// The citation needs the source register, which the board's first load does without.
const SourceRef = dynamic(() => import('@/app/components/source-ref').then((m) => m.SourceRef), { ssr: false });

/** A column's kind and what its choices need from the board. */
export type ChoiceFieldsProps = { client: LiveClient; kind: LevelKind; editable: boolean; lang: Lang; origin: symbol };

/**
 * The open questions a column of this kind raises (a region's election mode, the state units'
 * financing), each as a choice editors can settle and take back; open until someone chooses.
 */
export function ChoiceFields({ client, kind, editable, lang, origin }: ChoiceFieldsProps) {
  const t = translator(choicesText, lang);
  const version = useDocVersion(client.doc);
  // Read through the same reader as the board, so a hostile value shows as open here too.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the document's change count: the reading is redone when it moves.
  const choices = useMemo(() => readChoices(client.doc.getMap(ROOT.choices).entries(), []), [client, version]);
  return (
    <div className="mt-1 space-y-1 text-xs">
      {choicesForKind(kind).map((d) => {
        const value = choices[d.id];
        return (
          <div key={d.id} data-testid="choice" data-choice={d.id} data-value={value}>
            <label className="flex flex-wrap items-center gap-1">
              <span className="font-medium">{d.question[lang]}:</span>
              {editable ? (
                <select
                  className={`rounded border px-1 ${value === 'open' ? 'border-amber-400 bg-amber-50' : 'border-slate-300 bg-white'}`}
                  value={value}
                  onChange={(e) => setChoice(client.doc, { choice: d.id, value: e.target.value }, origin)}
                >
                  {d.values.map((v) => (
                    <option key={v.value} value={v.value}>
                      {v.label[lang]}
                    </option>
                  ))}
                </select>
              ) : (
                <span>{answerLabel(d.id, value, lang)}</span>
              )}
            </label>
            <p className={value === 'open' ? 'text-amber-900' : 'text-slate-600'}>
              {value === 'open' ? t('choice.open') : t('choice.settled')} {t('choice.asked')} <SourceRef source={d.source} lang={lang} />
            </p>
          </div>
        );
      })}
    </div>
  );
}
