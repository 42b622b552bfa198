import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { Comparison } from '../proposals/proposals-api';
import { SideHeading, STICKY_FIRST, TableFrame } from './table-frame';

type Props = {
  moved: Comparison['moved'];
  /** A card's name and a level's label on side A and on side B. */
  card: (id: string) => string;
  from: ReadonlyMap<string, string>;
  to: ReadonlyMap<string, string>;
  lang: Lang;
  /** The two sides' names, shown whole under "I A" and "I B" where there is room for them. */
  names?: { a: string; b: string };
};

/** The responsibilities on another level in B than in A: one row each, its column on either side. */
export function MovedTable({ moved, card, from, to, lang, names }: Props) {
  const t = translator(proposalsText, lang);
  return (
    <TableFrame label={t('compare.moved', { count: moved.length })}>
      <table className="mt-1 w-full text-left text-sm">
        <thead>
          <tr className="border-b text-slate-600">
            <th scope="col" className={`py-1 pr-2 align-bottom ${STICKY_FIRST}`}>
              {t('compare.card')}
            </th>
            <SideHeading label={t('compare.from')} name={names?.a} className="pr-2" />
            <SideHeading label={t('compare.to')} name={names?.b} />
          </tr>
        </thead>
        <tbody>
          {moved.map((m) => (
            <tr key={m.responsibility} data-testid="moved" data-card={m.responsibility} className="border-b border-slate-100">
              <td className={`min-w-[9rem] py-1 pr-2 font-medium ${STICKY_FIRST}`}>{card(m.responsibility)}</td>
              <td className="pr-2">{from.get(m.from) ?? m.from}</td>
              <td>{to.get(m.to) ?? m.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
