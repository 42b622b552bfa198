import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { colourFor, initials, type Peer } from '@/lib/presence';
import { AllPeople, type Person } from './all-people';
import type { Joined } from './session';
import { PeerMenu } from './workshop/peer-menu';

const MAX_SHOWN = 8;

/** Following from the avatars: whom this page follows (a client id) and how to start or stop. */
export type AvatarFollow = { following: number | null; onFollow: (peer: Peer) => void; onStop: () => void };

/**
 * Everyone on the board as coloured initials; name, organisation and role on hover and for
 * screen readers. With `follow`, each other person's avatar opens a menu to follow them. Past
 * `max` (MAX_SHOWN unless a narrow screen asks for fewer) a "+N" button opens the whole list,
 * so everyone can be found and followed.
 */
export function PresenceAvatars({ peers, me, lang, follow, max = MAX_SHOWN }: { peers: Peer[]; me: Joined; lang: Lang; follow?: AvatarFollow; max?: number }) {
  const t = translator(boardText, lang);
  const people: Person[] = [
    { key: 'me', name: me.name, organisation: me.organisation, role: me.role, colour: colourFor(me.participantId), you: true, peer: null, verified: me.verified },
    ...peers.map((p) => ({ key: String(p.clientId), ...p.user, colour: p.user.colour ?? colourFor(p.user.name), you: false, peer: p })),
  ];
  const label = (p: Person) =>
    `${p.name}${p.you ? ` (${t('toolbar.you')})` : ''}${p.organisation ? `, ${p.organisation}` : ''}, ${t(`role.${p.role}`)}${p.verified ? `, ${t('presence.verified')}` : ''}`;
  return (
    <div className="flex items-center gap-2">
      <ul className="flex -space-x-1.5" aria-label={t('toolbar.people', { count: people.length })} data-testid="presence">
        {people.slice(0, max).map((p) => {
          const avatar = (
            <span
              aria-hidden="true"
              className={`relative grid size-8 place-items-center rounded-full border-2 text-xs font-semibold text-white ${follow && p.peer && follow.following === p.peer.clientId ? 'border-slate-900' : 'border-white'}`}
              style={{ backgroundColor: p.colour }}
            >
              {initials(p.name)}
              {/* The server stamps `verified` from the token; the label above says it in words. */}
              {p.verified ? <span className="absolute -right-1 -bottom-1 grid size-3.5 place-items-center rounded-full bg-emerald-700 text-[0.55rem] leading-none text-white ring-1 ring-white">✓</span> : null}
            </span>
          );
          const peer = p.peer;
          return (
            <li key={p.key} title={label(p)} aria-label={label(p)}>
              {follow && peer ? (
                <PeerMenu name={p.name} following={follow.following === peer.clientId} lang={lang} onFollow={() => follow.onFollow(peer)} onStop={follow.onStop}>
                  {avatar}
                </PeerMenu>
              ) : (
                avatar
              )}
            </li>
          );
        })}
      </ul>
      {people.length > max ? <AllPeople people={people} hidden={people.length - max} lang={lang} label={label} follow={follow} /> : null}
    </div>
  );
}
