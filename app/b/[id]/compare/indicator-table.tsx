import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { Comparison } from '../proposals/proposals-api';
import { deltaTone, indicatorView } from './indicators';
import { SideHeading, STICKY_FIRST, TableFrame } from './table-frame';

type Props = {
  indicators: Comparison['indicators'];
  lang: Lang;
  /** The two sides' names, shown whole under "A" and "B" where there is room for them. */
  names?: { a: string; b: string };
};

/** Every headline indicator on both sides with its signed change (b − a), coloured by direction. */
export function IndicatorTable({ indicators, lang, names }: Props) {
  const t = translator(proposalsText, lang);
  return (
    <TableFrame label={t('compare.indicators')}>
      <table className="mt-1 w-full text-left text-sm">
        <thead>
          <tr className="border-b text-slate-600">
            <th scope="col" className={`py-1 pr-2 align-bottom ${STICKY_FIRST}`}>
              {t('compare.indicator')}
            </th>
            <SideHeading label={t('compare.a')} name={names?.a} className="pr-2 text-right" />
            <SideHeading label={t('compare.b')} name={names?.b} className="pr-2 text-right" />
            <th scope="col" className="text-right align-bottom">
              {t('compare.delta')}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {indicators.map((i) => {
            const view = indicatorView(i.id, lang);
            const tone = deltaTone(i.delta, view.goodWhen);
            return (
              <tr key={i.id} data-testid="indicator" data-indicator={i.id} data-delta={i.delta} className="border-b border-slate-100">
                <th scope="row" className={`min-w-[9rem] py-1 pr-2 font-normal ${STICKY_FIRST}`}>
                  {view.label}
                </th>
                <td className="pr-2 text-right whitespace-nowrap">{view.format(i.a)}</td>
                <td className="pr-2 text-right whitespace-nowrap">{view.format(i.b)}</td>
                <td className={`text-right whitespace-nowrap ${tone.className}`} data-testid="delta">
                  {formatDelta(i.delta, view.format, lang)}
                  {tone.verdict ? <span className="sr-only"> ({t(`compare.${tone.verdict}`)})</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
