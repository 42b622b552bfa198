import { PositionGroups } from '@/app/components/position-groups';
import { catalog } from '@/lib/catalog';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { packetText } from '@/lib/i18n/packet';

type Props = { positions: Consequences['positions']; lang: Lang };

/** The proposal's stakeholder positions, by actor with a met-of-judged line, the unjudgeable ones apart. */
export function PacketPositions({ positions, lang }: Props) {
  const t = translator(packetText, lang);
  return (
    <section aria-labelledby="positions-h" className="space-y-1" data-testid="packet-positions">
      <h2 id="positions-h" className="text-xl font-semibold">
        {t('positions.heading')}
      </h2>
      <p className="text-slate-600">{t('positions.intro')}</p>
      <PositionGroups results={positions.results} byActor={positions.byActor} catalog={catalog} lang={lang} Sub="h3" />
    </section>
  );
}
