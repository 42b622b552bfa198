'use client';
import { useState } from 'react';
import type { Explanation, UsedFigure } from '@/lib/consequences/explain';
import { formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { erasedText } from '@/lib/i18n/erased';
import { panelText } from '@/lib/i18n/panel';
import { shownName } from '@/lib/erased-name';
import { SourceRef } from './source-ref';

function Used({ used, lang }: { used: UsedFigure; lang: Lang }) {
  const t = translator(panelText, lang);
  switch (used.kind) {
    case 'sourced':
      return (
        <>
          {formatNumber(used.figure.value, 1, lang)}
          {/* A population base may be a range; its high end rides on the same figure object. */}
          {'high' in used.figure && typeof used.figure.high === 'number' ? `–${formatNumber(used.figure.high, 1, lang)}` : null} {t(`unit.${used.figure.unit}`)} ({used.figure.year}) –{' '}
          <SourceRef source={used.figure.source} lang={lang} />
          {used.figure.note ? <span className="text-slate-500"> ({used.figure.note[lang]})</span> : null}
        </>
      );
    case 'assumption':
      return (
        <span className="text-amber-800">
          {t('explain.assumption', { value: formatNumber(used.assumption.value, 1, lang), author: shownName({ name: used.assumption.author }, translator(erasedText, lang)('erased.name')) })}
        </span>
      );
    case 'cited':
      return <SourceRef source={used.source} lang={lang} />;
    case 'missing':
      return <span className="text-slate-500">{t('explain.missing')}</span>;
  }
}

type Props = { explanation: Explanation; lang: Lang; limit?: number };

/**
 * "Hvordan beregnes dette?": the rule and every figure or source that went into a number.
 * Bokmål also shows the English rule, since the catalog's terms are defined in both.
 */
export function ExplanationDetails({ explanation, lang, limit = 40 }: Props) {
  const t = translator(panelText, lang);
  // The panel holds dozens of these, each with up to `limit` sourced inputs; rendering the
  // contents only once opened keeps every recompute of the live board cheap.
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-blue-800 underline decoration-dotted">{t('explain.summary')}</summary>
      {open ? <ExplanationBody explanation={explanation} lang={lang} limit={limit} /> : null}
    </details>
  );
}

function ExplanationBody({ explanation, lang, limit }: Required<Props>) {
  const t = translator(panelText, lang);
  const shown = explanation.inputs.slice(0, limit);
  return (
    <>
      <p className="mt-1 text-slate-700">{explanation.rule[lang]}</p>
      {lang === 'nb' ? (
        <p className="mt-1 text-slate-500 italic" lang="en">
          {explanation.rule.en}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
          {shown.map((input, i) => (
            <li key={i}>
              {/* Input labels come from the engine in Bokmål only. */}
              <span className="font-medium" lang="nb">
                {input.label}
              </span>
              : <Used used={input.used} lang={lang} />
            </li>
          ))}
        </ul>
      ) : null}
      {explanation.inputs.length > limit ? <p className="text-slate-500">{t('explain.more', { count: explanation.inputs.length - limit })}</p> : null}
    </>
  );
}
