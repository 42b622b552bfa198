'use client';
import { useEffect, useMemo, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { peopleText } from '@/lib/i18n/people';
import { initials, type Peer } from '@/lib/presence';
import type { PeopleFollow, Person } from './all-people';

type Props = { id: string; people: readonly Person[]; lang: Lang; label: (p: Person) => string; follow?: PeopleFollow; onDone: () => void };

/** Everyone on the board, sorted by name, in a scrollable list that takes focus as it appears. */
export function AllPeopleList({ id, people, lang, label, follow, onDone }: Props) {
  const t = translator(peopleText, lang);
  const list = useRef<HTMLUListElement>(null);
  // Sorted here, only while open: with hundreds present the avatars re-render with every presence frame.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang === 'nb' ? 'nb' : 'en', { sensitivity: 'base' });
    return [...people].sort((a, b) => collator.compare(a.name, b.name) || Number(b.you) - Number(a.you) || a.key.localeCompare(b.key));
  }, [people, lang]);

  useEffect(() => {
    list.current?.focus();
  }, []);

  return (
    <ul
      ref={list}
      id={id}
      tabIndex={0}
      aria-label={t('people.list')}
      data-testid="all-people"
      className="absolute right-0 z-30 mt-1 max-h-80 w-80 overflow-y-auto rounded border border-slate-200 bg-white py-1 shadow-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
    >
      {sorted.map((p) => (
        <li key={p.key} className="flex items-center gap-2 px-3 py-1.5 text-sm">
          <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full text-xs font-semibold text-white" style={{ backgroundColor: p.colour }}>
            {initials(p.name)}
          </span>
          <span className="min-w-0 flex-1">{label(p)}</span>
          {follow && p.peer ? <FollowButton peer={p.peer} following={follow.following === p.peer.clientId} follow={follow} lang={lang} onDone={onDone} /> : null}
        </li>
      ))}
    </ul>
  );
}

function FollowButton({ peer, following, follow, lang, onDone }: { peer: Peer; following: boolean; follow: PeopleFollow; lang: Lang; onDone: () => void }) {
  const t = translator(peopleText, lang);
  return (
    <button
      type="button"
      aria-label={following ? t('people.unfollow', { name: peer.user.name }) : t('people.follow', { name: peer.user.name })}
      onClick={() => {
        onDone();
        if (following) follow.onStop();
        else follow.onFollow(peer);
      }}
      className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
    >
      {following ? t('follow.unfollow') : t('follow.follow')}
    </button>
  );
}
