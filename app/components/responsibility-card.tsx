import type { Responsibility } from '@/lib/catalog/schema';
import { isSourced } from '@/lib/catalog/schema';
import { formatNok, formatNumber } from '@/lib/format';

type Props = { card: Responsibility; moved: boolean; contradicted: number };

/** A card on the read-only board: name, cost and staff badges, moved and conflict markers. */
export function ResponsibilityCard({ card, moved, contradicted }: Props) {
  const cost = card.figures.cost;
  const staff = card.figures.staff;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 shadow-sm" data-testid="card" data-card={card.id}>
      <div className="flex items-start justify-between gap-2">
        <span className="font-medium leading-tight">{card.name.nb}</span>
        {moved ? (
          <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs text-amber-900" title="Ligger på et annet nivå enn i dag">
            flyttet
          </span>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap gap-1 text-xs">
        <span className="rounded bg-slate-100 px-1.5 text-slate-700" title={isSourced(cost) ? `Kostnad ${cost.year}` : cost.note.nb}>
          {isSourced(cost) ? `${formatNok(cost.value)} (${cost.year})` : 'ingen kildebelagt kostnad'}
        </span>
        <span className="rounded bg-slate-100 px-1.5 text-slate-700" title={isSourced(staff) ? `Årsverk ${staff.year}` : staff.note.nb}>
          {isSourced(staff) ? `${formatNumber(staff.value)} årsverk` : 'ingen kildebelagte årsverk'}
        </span>
        {contradicted > 0 ? (
          <span className="rounded bg-red-100 px-1.5 text-red-900" title="Posisjoner som brytes av denne plasseringen">
            {contradicted} i konflikt
          </span>
        ) : null}
      </div>
    </li>
  );
}
