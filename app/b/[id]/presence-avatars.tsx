import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { colourFor, initials, type Peer } from '@/lib/presence';
import type { Joined } from './session';

const MAX_SHOWN = 8;

/** Everyone on the board as coloured initials; name, organisation and role on hover and for screen readers. */
export function PresenceAvatars({ peers, me, lang }: { peers: Peer[]; me: Joined; lang: Lang }) {
  const t = translator(boardText, lang);
  const people = [
    { key: 'me', name: me.name, organisation: me.organisation, role: me.role, colour: colourFor(me.participantId), you: true },
    ...peers.map((p) => ({ key: String(p.clientId), ...p.user, colour: p.user.colour ?? colourFor(p.user.name), you: false })),
  ];
  const label = (p: (typeof people)[number]) =>
    `${p.name}${p.you ? ` (${t('toolbar.you')})` : ''}${p.organisation ? `, ${p.organisation}` : ''}, ${t(`role.${p.role}`)}`;
  return (
    <div className="flex items-center gap-2">
      <ul className="flex -space-x-1.5" aria-label={t('toolbar.people', { count: people.length })} data-testid="presence">
        {people.slice(0, MAX_SHOWN).map((p) => (
          <li
            key={p.key}
            title={label(p)}
            aria-label={label(p)}
            className="grid size-8 place-items-center rounded-full border-2 border-white text-xs font-semibold text-white"
            style={{ backgroundColor: p.colour }}
          >
            <span aria-hidden="true">{initials(p.name)}</span>
          </li>
        ))}
      </ul>
      {people.length > MAX_SHOWN ? <span className="text-sm text-slate-600">+{people.length - MAX_SHOWN}</span> : null}
    </div>
  );
}
