import type { Explanation, UsedFigure } from '@/lib/consequences/explain';
import { formatNumber } from '@/lib/format';
import { SourceRef } from './source-ref';

function Used({ used }: { used: UsedFigure }) {
  switch (used.kind) {
    case 'sourced':
      return (
        <>
          {formatNumber(used.figure.value, 1)} {used.figure.unit} ({used.figure.year}) – <SourceRef source={used.figure.source} />
          {used.figure.note ? <span className="text-slate-500"> ({used.figure.note})</span> : null}
        </>
      );
    case 'assumption':
      return (
        <span className="text-amber-800">
          Antakelse: {formatNumber(used.assumption.value, 1)}, lagt inn av {used.assumption.author}
        </span>
      );
    case 'cited':
      return <SourceRef source={used.source} />;
    case 'missing':
      return <span className="text-slate-500">ingen kildebelagt tall</span>;
  }
}

/** "Hvordan beregnes dette?": the rule and every figure or source that went into a number. */
export function ExplanationDetails({ explanation, limit = 40 }: { explanation: Explanation; limit?: number }) {
  const shown = explanation.inputs.slice(0, limit);
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-blue-800 underline decoration-dotted">Hvordan beregnes dette?</summary>
      <p className="mt-1 text-slate-700">{explanation.rule.nb}</p>
      <p className="mt-1 text-slate-500 italic" lang="en">
        {explanation.rule.en}
      </p>
      {shown.length > 0 ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
          {shown.map((input, i) => (
            <li key={i}>
              <span className="font-medium">{input.label}</span>: <Used used={input.used} />
            </li>
          ))}
        </ul>
      ) : null}
      {explanation.inputs.length > limit ? <p className="text-slate-500">… og {explanation.inputs.length - limit} til.</p> : null}
    </details>
  );
}
