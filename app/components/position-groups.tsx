import type { Catalog, Position } from '@/lib/catalog/schema';
import { CARE_SIDE, type ActorSummary, type PositionResult, type PositionStatus } from '@/lib/consequences/positions';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelName } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { SourceList } from './source-ref';

type Props = { results: PositionResult[]; byActor: ActorSummary[]; catalog: Catalog; lang: Lang; Sub: 'h3' | 'h4' };

const TONE: Record<PositionStatus, string> = { met: 'text-green-800', contradicted: 'text-red-800', 'not-applicable': 'text-slate-600' };
const LABEL = { met: 'positions.met', contradicted: 'positions.contradicted', 'not-applicable': 'positions.notApplicable' } as const;

/**
 * Positions grouped by actor, each group under a line such as "KS: 9 av 12 oppfylt" with broken
 * ones first; positions the board cannot judge follow apart, so they never read as met or broken.
 */
export function PositionGroups({ results, byActor, catalog, lang, Sub }: Props) {
  const t = translator(panelText, lang);
  const who = (id: string) => catalog.stakeholders.find((s) => s.id === id)?.name ?? id;
  const apart = results.filter((r) => r.status === 'not-applicable');
  const judged = (stakeholder: string) =>
    results.filter((r) => r.stakeholder === stakeholder && r.status !== 'not-applicable').sort((a, b) => (a.status === b.status ? 0 : a.status === 'contradicted' ? -1 : 1));
  return (
    <div className="mt-2 space-y-3 text-sm">
      {byActor
        .filter((a) => a.met + a.contradicted > 0)
        .map((a) => (
          <section key={a.stakeholder} data-testid="position-actor" data-stakeholder={a.stakeholder}>
            <Sub className="font-semibold">
              {t('positions.actor', { who: who(a.stakeholder), met: a.met, applicable: a.met + a.contradicted })}
              {a.notApplicable > 0 ? <span className="font-normal text-slate-600">{t('positions.actorApart', { count: a.notApplicable })}</span> : null}
            </Sub>
            <ul className="mt-1 space-y-1">
              {judged(a.stakeholder).map((r) => (
                <PositionItem key={r.position} result={r} catalog={catalog} lang={lang} />
              ))}
            </ul>
          </section>
        ))}
      {apart.length > 0 ? (
        <section data-testid="positions-apart">
          <Sub className="font-semibold">{t('positions.apartHeading')}</Sub>
          <p className="text-slate-600">{t('positions.apartNote')}</p>
          <ul className="mt-1 space-y-1">
            {apart.map((r) => (
              <PositionItem key={r.position} result={r} catalog={catalog} lang={lang} actor={who(r.stakeholder)} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

type ItemProps = { result: PositionResult; catalog: Catalog; lang: Lang; actor?: string };

/** One position: its status, card, stance and where, the actor's view in our words, its scope and sources. */
export function PositionItem({ result: r, catalog, lang, actor }: ItemProps) {
  const t = translator(panelText, lang);
  const p = catalog.positions.find((x) => x.id === r.position);
  if (!p) return null;
  return (
    <li data-testid="position" data-status={r.status} data-scope={r.scope}>
      <span className={TONE[r.status]}>{t(LABEL[r.status])}</span> {actor ? <span className="font-medium">{actor} – </span> : null}
      {cardName(catalog, p.responsibility, lang)}: {t(`stance.${p.stance}`)} {where(p, catalog, lang)}. {p.summary[lang]}{' '}
      <span className="text-slate-600">
        {t('positions.scope', { scope: t(`scope.${p.scope}`) })} (<SourceList sources={p.sources} lang={lang} />)
      </span>
    </li>
  );
}

/** Where a position wants its card: sides of care for a care-level stance, named levels otherwise. */
function where(p: Position, catalog: Catalog, lang: Lang): string {
  const t = translator(panelText, lang);
  if (p.scope !== 'care-level') return p.levels.map((kind) => levelName(catalog, kind, lang)).join('/');
  return [...new Set(p.levels.map((kind) => CARE_SIDE[kind]))].map((side) => t(`side.${side}`)).join('/');
}
