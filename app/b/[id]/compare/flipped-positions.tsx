import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelName } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { proposalsText } from '@/lib/i18n/proposals';
import type { Comparison } from '../proposals/proposals-api';

type Props = { flipped: Comparison['positionsFlipped']; lang: Lang; Sub: 'h3' | 'h4' };

/** The stakeholder positions met on one side and contradicted on the other, named from the catalog. */
export function FlippedPositions({ flipped, lang, Sub }: Props) {
  const t = translator(proposalsText, lang);
  const panel = translator(panelText, lang);
  const status = (s: string) => (s === 'met' ? t('compare.met') : s === 'contradicted' ? t('compare.contradicted') : s);
  return (
    <section aria-label={t('compare.flipped', { count: flipped.length })}>
      <Sub className="font-semibold">{t('compare.flipped', { count: flipped.length })}</Sub>
      {flipped.length === 0 ? (
        <p className="text-sm text-slate-600">{t('compare.flippedNone')}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {flipped.map((f) => {
            const p = catalog.positions.find((x) => x.id === f.position);
            const text = p
              ? t('compare.position', {
                  who: catalog.stakeholders.find((s) => s.id === p.stakeholder)?.name ?? p.stakeholder,
                  card: cardName(catalog, p.responsibility, lang),
                  stance: panel(`stance.${p.stance}`),
                  levels: p.levels.map((kind) => levelName(catalog, kind, lang)).join('/'),
                })
              : f.position;
            return (
              <li key={f.position} data-testid="flipped">
                {text}:{' '}
                <span className={f.a === 'met' ? 'text-green-800' : 'text-red-800'}>{status(f.a)}</span> →{' '}
                <span className={f.b === 'met' ? 'text-green-800' : 'text-red-800'}>{status(f.b)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
