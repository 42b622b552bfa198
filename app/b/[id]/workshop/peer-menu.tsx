'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { initials } from '@/lib/presence';
import { loadWhenOnline } from '../load-when-online';

// Each avatar is a menu button from the start; the menu behind it loads when one is opened.
const PeerMenuList = dynamic(() => loadWhenOnline(() => import('./peer-menu-list').then((m) => m.PeerMenuList)), { ssr: false });

type Props = { name: string; following: boolean; lang: Lang; onFollow: () => void; onStop: () => void; children: ReactNode };

/**
 * A participant's avatar as a menu button with one item: "Følg" (or "Slutt å følge" while
 * following them). Escape closes the menu and a click elsewhere dismisses it.
 */
export function PeerMenu({ name, following, lang, onFollow, onStop, children }: Props) {
  const t = translator(boardText, lang);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!(e.target as HTMLElement).closest(`[data-menu="${menuId}"]`)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open, menuId]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = () => {
    close();
    if (following) onStop();
    else onFollow();
  };

  return (
    <div
      className="relative"
      data-menu={menuId}
      // On the menu or on the button while the menu is still loading.
      onKeyDown={(e) => {
        if (!open || (e.key !== 'Escape' && e.key !== 'Tab')) return;
        if (e.key === 'Escape') e.preventDefault();
        close();
      }}
    >
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
      {open ? <PeerMenuList id={menuId} name={name} following={following} lang={lang} onChoose={choose} /> : null}
    </div>
  );
}
