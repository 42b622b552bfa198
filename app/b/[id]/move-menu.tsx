'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { CardFacts } from './card-facts';
import type { ColumnLevel } from './live-column';

type Props = { card: CardFacts; levels: ColumnLevel[]; editable: boolean; readOnlyHint: string; lang: Lang; onMove: (level: string) => void };

/** "Flytt til …": a menu button listing the other levels; arrow keys, Enter and Escape work as in any menu. */
export function MoveMenu({ card, levels, editable, readOnlyHint, lang, onMove }: Props) {
  const t = translator(boardText, lang);
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[focus]?.focus();
  }, [open, focus]);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!(e.target as HTMLElement).closest(`[data-menu="${menuId}"]`)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open, menuId]);

  const choose = (level: string) => {
    setOpen(false);
    button.current?.focus();
    onMove(level);
  };

  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setFocus((f) => (f + (e.key === 'ArrowDown' ? 1 : levels.length - 1)) % levels.length);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setFocus(e.key === 'Home' ? 0 : levels.length - 1);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="relative" data-menu={menuId}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('card.moveToLabel', { card: card.name })}
        aria-disabled={!editable || levels.length === 0}
        title={editable ? t('card.moveToLabel', { card: card.name }) : readOnlyHint}
        onClick={() => {
          if (!editable || levels.length === 0) return;
          setFocus(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (editable && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && levels.length > 0) {
            e.preventDefault();
            setFocus(e.key === 'ArrowDown' ? 0 : levels.length - 1);
            setOpen(true);
          }
        }}
        // On a phone this is the way to move a card (dragging one column to another is not), so it is a full-size button there.
        className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 max-sm:border max-sm:border-slate-300 max-sm:bg-white max-sm:px-3 max-sm:py-1.5 max-sm:text-sm max-sm:font-medium max-sm:text-slate-800"
      >
        {t('card.moveTo')}
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-label={t('card.moveToLabel', { card: card.name })} onKeyDown={onMenuKey} className="absolute right-0 z-20 mt-1 min-w-48 rounded border border-slate-200 bg-white py-1 shadow-lg">
          {levels.map((l, i) => (
            <li key={l.id} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === focus ? 0 : -1}
                onClick={() => choose(l.id)}
                className="block w-full px-3 py-1.5 text-left text-sm hover:bg-blue-50 focus:bg-blue-100 focus:outline-none max-sm:py-2.5 max-sm:text-base"
              >
                {l.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
