import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { groupPositionsByActor } from '@/lib/actor-groups';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { PositionItem } from './position-groups';

type Props = { positions: Consequences['positions']; catalog: Catalog; lang: Lang };

/**
 * One closed group per actor under a line of its counts ("KS: 9 oppfylt, 3 brutt, 2 kan ikke
 * vurderes"); opening it lists the actor's positions, broken ones first, each with its sources.
 */
export function ActorPositions({ positions, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const who = (id: string) => catalog.stakeholders.find((s) => s.id === id)?.name ?? id;
  const groups = groupPositionsByActor(positions.results, catalog.stakeholders.map((s) => s.id));
  return (
    <div className="mt-2 space-y-2 text-sm">
      {groups.some((g) => g.notApplicable > 0) ? <p className="text-slate-600">{t('positions.groupsNote')}</p> : null}
      {groups.map((g) => {
        const counts = { who: who(g.stakeholder), met: g.met, contradicted: g.contradicted };
        return (
          <details key={g.stakeholder} className="rounded border border-slate-200 bg-white" data-testid="position-actor" data-stakeholder={g.stakeholder}>
            <summary className="cursor-pointer px-2 py-1 font-semibold">
              {g.notApplicable > 0 ? t('positions.actorSummaryApart', { ...counts, apart: g.notApplicable }) : t('positions.actorSummary', counts)}
            </summary>
            <ul className="space-y-1 px-2 pb-2">
              {g.positions.map((r) => (
                <PositionItem key={r.position} result={r} catalog={catalog} lang={lang} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
