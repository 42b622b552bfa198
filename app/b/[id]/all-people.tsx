'use client';
import { useEffect, useId, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { Peer } from '@/lib/presence';
import type { Role } from '@/lib/roles';
import { loadWhenOnline } from './load-when-online';

// The "+N" button shows in a crowded room; the list behind it loads when it is opened.
const AllPeopleList = dynamic(() => loadWhenOnline(() => import('./all-people-list').then((m) => m.AllPeopleList)), { ssr: false });

/** One person as the avatars and the full list show them; `peer` is null for oneself. */
export type Person = { key: string; name: string; organisation: string; role: Role; colour: string; you: boolean; peer: Peer | null; verified?: boolean };

/** Following from the list: whom this page follows (a client id) and how to start or stop. */
export type PeopleFollow = { following: number | null; onFollow: (peer: Peer) => void; onStop: () => void };

type Props = { people: readonly Person[]; hidden: number; lang: Lang; label: (p: Person) => string; follow?: PeopleFollow };

/**
 * The "+N" after the avatars as a button that opens everyone on the board in a scrollable list,
 * sorted by name, each with organisation and role (and a follow button, when following is on).
 * Focus moves into the list on opening; Escape, a click elsewhere or the button closes it, and
 * focus returns to the button when it was inside.
 */
export function AllPeople({ people, hidden, lang, label, follow }: Props) {
  const t = translator(boardText, lang);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={wrapper}
      className="relative"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Only the list closes: a dialog or card open behind it stays.
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
      onBlur={(e) => {
        // Tabbing past the list closes it; a click on its blank space (no new focus) does not.
        if (open && e.relatedTarget && !wrapper.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={t('people.showAll', { hidden, count: people.length })}
        title={t('people.showAll', { hidden, count: people.length })}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-1.5 py-0.5 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        +{hidden}
      </button>
      {open ? <AllPeopleList id={listId} people={people} lang={lang} label={label} follow={follow} onDone={close} /> : null}
    </div>
  );
}
