'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { initials } from '@/lib/presence';

type Props = { name: string; following: boolean; lang: Lang; onFollow: () => void; onStop: () => void; children: ReactNode };

/**
 * A participant's avatar as a menu button with one item: "Følg" (or "Slutt å følge" while
 * following them). Escape closes the menu and a click elsewhere dismisses it.
 */
export function PeerMenu({ name, following, lang, onFollow, onStop, children }: Props) {
  const t = translator(workshopText, lang);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    item.current?.focus();
    const close = (e: PointerEvent) => {
      if (!(e.target as HTMLElement).closest(`[data-menu="${menuId}"]`)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open, menuId]);

  const choose = () => {
    setOpen(false);
    button.current?.focus();
    if (following) onStop();
    else onFollow();
  };

  return (
    <div className="relative" data-menu={menuId}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Named from the initials shown first, so speech control can say what is on screen.
        aria-label={t('follow.menuButton', { initials: initials(name), name })}
        onClick={() => setOpen((o) => !o)}
        className="block rounded-full focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-1"
      >
        {children}
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-label={t('follow.menu', { name })}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' && e.key !== 'Tab') return;
            if (e.key === 'Escape') e.preventDefault();
            setOpen(false);
            button.current?.focus();
          }}
          className="absolute right-0 z-30 mt-1 min-w-40 rounded border border-slate-200 bg-white py-1 shadow-lg"
        >
          <li role="none">
            <button ref={item} type="button" role="menuitem" onClick={choose} className="block w-full px-3 py-1.5 text-left text-sm hover:bg-blue-50 focus:bg-blue-100 focus:outline-none">
              {following ? t('follow.unfollow') : t('follow.follow')}
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
