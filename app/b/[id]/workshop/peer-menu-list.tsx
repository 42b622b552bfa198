'use client';
import { useEffect, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { peopleText } from '@/lib/i18n/people';

type Props = { id: string; name: string; following: boolean; lang: Lang; onChoose: () => void };

/** The open menu of a participant's avatar: its one item ("Følg" or "Slutt å følge") takes focus as it appears. */
export function PeerMenuList({ id, name, following, lang, onChoose }: Props) {
  const t = translator(peopleText, lang);
  const item = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    item.current?.focus();
  }, []);

  return (
    <ul id={id} role="menu" aria-label={t('follow.menu', { name })} className="absolute right-0 z-30 mt-1 min-w-40 rounded border border-slate-200 bg-white py-1 shadow-lg">
      <li role="none">
        <button ref={item} type="button" role="menuitem" onClick={onChoose} className="block w-full px-3 py-1.5 text-left text-sm hover:bg-blue-50 focus:bg-blue-100 focus:outline-none">
          {following ? t('follow.unfollow') : t('follow.follow')}
        </button>
      </li>
    </ul>
  );
}
