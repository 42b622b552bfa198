import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { packetText } from '@/lib/i18n/packet';
import type { ProposalContent } from '@/lib/proposals';

type Props = { content: ProposalContent; labels: ReadonlyMap<string, string>; moved: ReadonlySet<string>; lang: Lang };

/**
 * The allocation as a table: one row per responsibility (catalog order, then the board's own
 * cards), one column per level of the proposal, a mark where the card sits, and a moved marker.
 * Rows never split across pages; the header row repeats on each.
 */
export function PacketMatrix({ content, labels, moved, lang }: Props) {
  const t = translator(packetText, lang);
  const { levels, placements } = content.allocation;
  const levelOf = new Map(placements.map((p) => [p.responsibility, p.level]));
  const rows = [
    ...catalog.responsibilities.map((r) => ({ id: r.id, name: r.name[lang], own: false })),
    ...content.custom.map((c) => ({ id: c.id, name: c.name, own: true })),
  ];
  return (
    <section aria-labelledby="matrix-h" className="print:break-before-page">
      <h2 id="matrix-h" className="text-xl font-semibold">
        {t('matrix.heading')}
      </h2>
      <table className="mt-2 w-full border-collapse text-left" data-testid="packet-matrix">
        <caption className="mb-1 caption-top text-left text-slate-600">{t('matrix.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700 align-bottom">
            <th scope="col" className="py-1 pr-2">
              {t('matrix.responsibility')}
            </th>
            {levels.map((l) => (
              <th key={l.id} scope="col" className="px-1 py-1 text-center text-xs font-semibold">
                {labels.get(l.id) ?? l.id}
              </th>
            ))}
            <th scope="col" className="px-1 py-1 text-center text-xs font-semibold">
              {t('matrix.moved')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isMoved = moved.has(row.id);
            return (
              <tr key={row.id} className={`break-inside-avoid border-b border-slate-200 ${isMoved ? 'bg-amber-50' : ''}`} data-moved={isMoved || undefined}>
                <th scope="row" className={`py-0.5 pr-2 ${isMoved ? 'font-semibold' : 'font-normal'}`}>
                  {row.name}
                  {row.own ? <span className="ml-1 text-xs font-normal text-violet-800">({t('matrix.own')})</span> : null}
                </th>
                {levels.map((l) => (
                  <td key={l.id} className="px-1 text-center">
                    {levelOf.get(row.id) === l.id ? (
                      <>
                        <span aria-hidden="true">●</span>
                        <span className="sr-only">{t('matrix.here')}</span>
                      </>
                    ) : null}
                  </td>
                ))}
                <td className="whitespace-nowrap px-1 text-center font-semibold">{isMoved ? `↔ ${t('matrix.moved')}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
