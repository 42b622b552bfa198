import type { Indicator } from '@/lib/consequences/explain';
import { formatDelta } from '@/lib/format';
import { ExplanationDetails } from './explanation';

type Props = { label: string; indicator: Indicator; format: (v: number) => string; goodWhen?: 'up' | 'down' | 'neither' };

/** One headline figure with its change against the baseline, coloured by direction. */
export function HeadlineTile({ label, indicator, format, goodWhen = 'neither' }: Props) {
  const d = indicator.delta;
  const tone =
    d === 0 || goodWhen === 'neither'
      ? d === 0 ? 'text-slate-500' : 'text-amber-800'
      : (d > 0) === (goodWhen === 'up') ? 'text-green-800' : 'text-red-800';
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid="headline">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="text-2xl font-semibold">{format(indicator.value)}</div>
      <div className={`text-sm ${tone}`}>
        {formatDelta(d, (v) => format(v))} mot dagens ordning
      </div>
      <ExplanationDetails explanation={indicator.explanation} limit={12} />
    </div>
  );
}
