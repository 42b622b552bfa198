import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { ExplanationDetails } from './explanation';
import { PositionGroups } from './position-groups';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang };

/** Every sourced stakeholder position, grouped by actor with a met-of-judged line, and the rule behind the counts. */
export function PositionList({ consequences, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const { met, contradicted, results, byActor } = consequences.positions;
  return (
    <section aria-labelledby="positions-h">
      <h3 id="positions-h" className="text-lg font-semibold">
        {t('positions.heading', { met: met.value, contradicted: contradicted.value })}
      </h3>
      <ExplanationDetails explanation={contradicted.explanation} lang={lang} />
      <PositionGroups results={results} byActor={byActor} catalog={catalog} lang={lang} Sub="h4" />
    </section>
  );
}
