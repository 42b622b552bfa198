import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelName } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { SourceList } from './source-ref';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang };

/** Every sourced stakeholder position, met or contradicted, contradicted first. */
export function PositionList({ consequences, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const results = [...consequences.positions.results].sort((a, b) => (a.status === b.status ? 0 : a.status === 'contradicted' ? -1 : 1));
  return (
    <section aria-labelledby="positions-h">
      <h3 id="positions-h" className="text-lg font-semibold">
        {t('positions.heading', { met: consequences.positions.met.value, contradicted: consequences.positions.contradicted.value })}
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {results.map((r) => {
          const p = catalog.positions.find((x) => x.id === r.position)!;
          const who = catalog.stakeholders.find((s) => s.id === p.stakeholder)?.name ?? p.stakeholder;
          const where = p.levels.map((kind) => levelName(catalog, kind, lang)).join('/');
          return (
            <li key={p.id} data-testid="position" data-status={r.status}>
              <span className={r.status === 'met' ? 'text-green-800' : 'text-red-800'}>{t(r.status === 'met' ? 'positions.met' : 'positions.contradicted')}</span>{' '}
              <span className="font-medium">{who}</span> – {cardName(catalog, p.responsibility, lang)}: {t(`stance.${p.stance}`)} {where}. {p.summary[lang]}{' '}
              <span className="text-slate-600">
                (<SourceList sources={p.sources} />)
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
