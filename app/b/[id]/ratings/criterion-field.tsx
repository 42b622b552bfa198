'use client';
import { useId } from 'react';
import type { Criterion } from '@/lib/catalog/schema';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import { MAX_REASON_LENGTH, RATING_VALUES, type GivenAnswer, type RatingValue } from '@/lib/ratings';

/** What a person has picked for one criterion and not yet sent: `value` undefined means nothing picked. */
export type Draft = { value: RatingValue | undefined; reason: string };

type Props = { criterion: Criterion; given: GivenAnswer | undefined; draft: Draft; onDraft: (d: Draft) => void; disabled: boolean; lang: Lang };

const OPTIONS = [...RATING_VALUES, null] as const;

/** A value as the person reads it: the number, or "Vet ikke". */
export const valueText = (value: RatingValue, lang: Lang) => (value === null ? translator(ratingsText, lang)('answer.unknown') : String(value));

/**
 * One criterion of the rating form: its name, owner and short description, then 1–5 or
 * "Vet ikke" as one radio group (arrow keys move within it) and a reason. A criterion already
 * answered shows the answer given instead, since an answer cannot be changed.
 */
export function CriterionField({ criterion, given, draft, onDraft, disabled, lang }: Props) {
  const t = translator(ratingsText, lang);
  const id = useId();
  return (
    <fieldset aria-describedby={`${id}-d`} data-criterion={criterion.id} className="space-y-1.5 rounded border border-slate-200 p-2">
      <legend className="px-1 font-medium">{criterion.name[lang]}</legend>
      <p id={`${id}-d`} className="text-sm text-slate-600">
        <span className="text-slate-500">{t(`answer.owner.${criterion.owner}`)}.</span> {criterion.description[lang]}
      </p>
      {given ? (
        <div data-testid="given-answer" className="rounded bg-green-50 px-2 py-1 text-sm text-green-900">
          <p>{t('answer.given', { value: valueText(given.value, lang) })}</p>
          {given.reason ? <p className="break-words">{t('answer.givenReason', { reason: given.reason })}</p> : null}
        </div>
      ) : (
        <>
          <div className="flex flex-wrap gap-1">
            {OPTIONS.map((v) => (
              <label
                key={String(v)}
                className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-2 py-0.5 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600"
              >
                <input type="radio" name={`${id}-v`} checked={draft.value === v} disabled={disabled} onChange={() => onDraft({ ...draft, value: v })} />
                {valueText(v, lang)}
              </label>
            ))}
          </div>
          <label className="flex flex-col text-sm">
            <span>{t('answer.reason')}</span>
            <textarea
              value={draft.reason}
              onChange={(e) => onDraft({ ...draft, reason: e.target.value })}
              maxLength={MAX_REASON_LENGTH}
              rows={1}
              disabled={disabled}
              className="mt-0.5 resize-y rounded border border-slate-300 px-2 py-1"
            />
          </label>
        </>
      )}
    </fieldset>
  );
}
