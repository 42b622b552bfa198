import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { ExplanationDetails } from './explanation';
import { ActorPositions } from './actor-positions';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang };

/** Every sourced stakeholder position, in one closed group per actor with its counts, and the rule behind the counts. */
export function PositionList({ consequences, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const { met, contradicted } = consequences.positions;
  return (
    <section aria-labelledby="positions-h">
      <h3 id="positions-h" className="text-lg font-semibold">
        {t('positions.heading', { met: met.value, contradicted: contradicted.value })}
      </h3>
      <ExplanationDetails explanation={contradicted.explanation} lang={lang} />
      <ActorPositions positions={consequences.positions} catalog={catalog} lang={lang} />
    </section>
  );
}
