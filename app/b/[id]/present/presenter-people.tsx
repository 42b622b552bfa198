import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { colourFor, initials, type Peer } from '@/lib/presence';

/**
 * Who is connected, from presence, on one line: each person's colour, name, organisation and
 * role. A crowd that would need a second line is cut at the edge (the count says how many);
 * the board below keeps its room.
 */
export function PresenterPeople({ peers, lang }: { peers: Peer[]; lang: Lang }) {
  const t = translator(workshopText, lang);
  const b = translator(boardText, lang);
  return (
    <section aria-labelledby="present-people-h" className="flex shrink-0 items-center gap-x-4 overflow-hidden text-[clamp(0.875rem,2vh,1.35rem)] whitespace-nowrap" data-testid="presenter-people">
      <h2 id="present-people-h" className="font-semibold">
        {t('present.people', { count: peers.length })}
      </h2>
      {peers.length === 0 ? <p className="text-slate-600">{t('present.nobody')}</p> : null}
      <ul className="flex items-center gap-x-4">
        {peers.map((p) => (
          <li key={p.clientId} className="flex items-center gap-2">
            <span aria-hidden="true" className="grid size-[1.7em] place-items-center rounded-full text-[0.8em] font-semibold text-white" style={{ backgroundColor: p.user.colour ?? colourFor(p.user.name) }}>
              {initials(p.user.name)}
            </span>
            <span>
              {p.user.name}
              <span className="text-slate-600">
                {p.user.organisation ? `, ${p.user.organisation}` : ''} ({b(`role.${p.user.role}`)})
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
