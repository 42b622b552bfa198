'use client';
import { useEffect, useId, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { Notification } from '@/lib/notifications';
import { loadWhenOnline } from '../load-when-online';
import type { Joined } from '../session';
import type { FeedSignals } from '../shell/feed-signals';
import { useNotifications } from './use-notifications';

// The list and the email form load when the popover first opens: the board's first load carries
// only the bell and its count.
const NotificationList = dynamic(() => loadWhenOnline(() => import('./notification-list').then((m) => m.NotificationList)), { ssr: false });

type Props = {
  boardId: string;
  joined: Joined;
  lang: Lang;
  signals: FeedSignals;
  /** Names an anchor as the comments panel does (the card's or level's name). */
  label: (anchor: Anchor) => string;
  /** Opens the thread in the comments panel. */
  onOpen: (n: Notification) => void;
  className: string;
};

/**
 * The bell in the toolbar: how many of the participant's notifications are unread, and a popover
 * listing them (who, what, where, when), each opening its thread, with "mark all as read" and the
 * email setting. Escape or a click elsewhere closes it and focus returns to the bell.
 */
export function NotificationBell({ boardId, joined, lang, signals, label, onOpen, className }: Props) {
  const t = translator(boardText, lang);
  const state = useNotifications(boardId, joined, signals);
  const [open, setOpen] = useState(false);
  const popId = useId();
  const headingId = useId();
  const bell = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    pop.current?.focus();
    const outside = (e: PointerEvent) => {
      if (!pop.current?.contains(e.target as Node) && !bell.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };

  return (
    <div className="relative">
      <button
        ref={bell}
        type="button"
        aria-expanded={open}
        aria-controls={open ? popId : undefined}
        aria-label={state.unread > 0 ? t('toolbar.bellUnread', { count: state.unread }) : t('toolbar.bell')}
        title={t('toolbar.bell')}
        onClick={() => setOpen((o) => !o)}
        className={`${className} relative`}
        data-testid="notification-bell"
      >
        <span aria-hidden="true">🔔</span>
        {state.unread > 0 ? (
          <span aria-hidden="true" data-testid="notification-count" className="absolute -right-1.5 -top-1.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-4 text-white">
            {state.unread > 99 ? '99+' : state.unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          ref={pop}
          id={popId}
          role="dialog"
          aria-labelledby={headingId}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
          className="absolute right-0 z-40 mt-1 max-h-[70vh] w-80 max-w-[90vw] overflow-y-auto rounded border border-slate-300 bg-white p-3 text-sm shadow-lg focus:outline-none"
        >
          <NotificationList
            state={state}
            boardId={boardId}
            joined={joined}
            lang={lang}
            headingId={headingId}
            label={label}
            onClose={close}
            onPick={(n) => {
              setOpen(false);
              onOpen(n);
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
