'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { initials, type Peer } from '@/lib/presence';
import type { Role } from '@/lib/roles';

/** One person as the avatars and the full list show them; `peer` is null for oneself. */
export type Person = { key: string; name: string; organisation: string; role: Role; colour: string; you: boolean; peer: Peer | null };

/** Following from the list: whom this page follows (a client id) and how to start or stop. */
type Follow = { following: number | null; onFollow: (peer: Peer) => void; onStop: () => void };

type Props = { people: readonly Person[]; hidden: number; lang: Lang; label: (p: Person) => string; follow?: Follow };

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
  const list = useRef<HTMLUListElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const listId = useId();
  // Sorted only while open: with hundreds present the avatars re-render with every presence frame.
  const sorted = useMemo(() => {
    if (!open) return [];
    const collator = new Intl.Collator(lang === 'nb' ? 'nb' : 'en', { sensitivity: 'base' });
    return [...people].sort((a, b) => collator.compare(a.name, b.name) || Number(b.you) - Number(a.you) || a.key.localeCompare(b.key));
  }, [open, people, lang]);

  useEffect(() => {
    if (!open) return;
    list.current?.focus();
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
      {open ? (
        <ul
          ref={list}
          id={listId}
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
              {follow && p.peer ? <FollowButton peer={p.peer} following={follow.following === p.peer.clientId} follow={follow} lang={lang} onDone={close} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function FollowButton({ peer, following, follow, lang, onDone }: { peer: Peer; following: boolean; follow: Follow; lang: Lang; onDone: () => void }) {
  const t = translator(boardText, lang);
  const w = translator(workshopText, lang);
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
      {following ? w('follow.unfollow') : w('follow.follow')}
    </button>
  );
}
