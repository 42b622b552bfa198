import dynamic from 'next/dynamic';
import type { BoardLayout } from '@/lib/board-layout';
import { CLOSE, CLOSE_REASON } from '@/lib/protocol';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { Peer } from '@/lib/presence';
import type { ReactNode } from 'react';
import { LangSwitch } from './lang-switch';
import type { LiveState } from './live-client';
import { loadWhenOnline } from './load-when-online';
import { PresenceAvatars, type AvatarFollow } from './presence-avatars';
import type { Joined } from './session';
import { timerSet, type LiveControl } from './workshop/clock';

// The countdown, its sound and its controls load once a facilitator has set a timer.
const TimerDisplay = dynamic(() => loadWhenOnline(() => import('./workshop/timer-display').then((m) => m.TimerDisplay)), { ssr: false });

type Props = {
  title: string;
  state: LiveState;
  peers: Peer[];
  me: Joined;
  lang: Lang;
  onLang: (l: Lang) => void;
  undo: { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void };
  /** The shared timer, shown to everyone once a facilitator has set one. */
  control: LiveControl | null;
  follow: AvatarFollow;
  /** A phone gets one or two tight rows: status as dots and icons, the words kept for screen readers. */
  layout: BoardLayout;
  /** The compact cards switch, where it applies (wide layouts). */
  compact?: { on: boolean; onChange: (on: boolean) => void };
  /** The participant's own entry ("Mine data"), given the toolbar's button style. */
  own?: (buttonClass: string) => ReactNode;
  /** The participant's notification bell, given the toolbar's button style. */
  bell?: (buttonClass: string) => ReactNode;
};

const DOT = { connected: 'bg-green-600', connecting: 'bg-amber-500', offline: 'bg-red-600' } as const;
const SAVED = { saved: 'status.saved', saving: 'status.saving', local: 'status.local', dropped: 'status.dropped' } as const;

/** The board's title, connection and saved state, the timer, who is here (to follow), undo and redo, compact cards, language. */
export function BoardToolbar({ title, state, peers, me, lang, onLang, undo, control, follow, layout, compact, own, bell }: Props) {
  const phone = layout === 'phone';
  const word = phone ? 'sr-only' : '';
  const t = translator(boardText, lang);
  const connection = state.closed
    ? t('status.closed', { reason: closeReason(state.closed.code, lang, state.closed.reason) })
    : state.retrying === CLOSE.loadFailed
      ? t('status.retrying')
      : state.connection === 'connected'
        ? t('status.connected')
        : state.connection === 'connecting'
          ? t('status.connecting')
          : t('status.offline');
  const saved = t(SAVED[state.saved]);
  return (
    <header className={`flex flex-wrap items-center border-b border-slate-200 bg-white ${phone ? 'gap-x-2 gap-y-1 px-2 py-1' : 'gap-x-4 gap-y-2 px-4 py-2'}`}>
      {/* A plain link: going home needs no client-side navigation, whose code the board page does without. */}
      <a href="/" className={`font-bold text-slate-700 hover:underline ${phone ? 'text-sm' : ''}`}>
        {t('page.title')}
      </a>
      {/* On a phone the title keeps at least half the row; the status and buttons wrap below it. */}
      <h1 className={`min-w-0 flex-1 truncate font-semibold ${phone ? 'min-w-[50%] text-base' : 'text-xl'}`} title={title}>
        {title}
      </h1>
      <p className="flex items-center gap-2 text-sm" data-testid="connection" data-state={state.closed ? 'closed' : state.connection} title={phone ? connection : undefined}>
        <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${DOT[state.closed ? 'offline' : state.connection]}`} />
        <span className={word}>{connection}</span>
      </p>
      <p className={`text-slate-600 ${phone ? 'text-xs' : 'text-sm'}`} data-testid="saved" data-state={state.saved} aria-live="polite">
        {saved}
      </p>
      {timerSet(control) ? <TimerDisplay control={control} lang={lang} /> : null}
      <PresenceAvatars peers={peers} me={me} lang={lang} follow={follow} max={phone ? 3 : undefined} />
      <div className="flex gap-1">
        <button type="button" onClick={undo.undo} disabled={!undo.canUndo} title={t('toolbar.undoHint')} className={BUTTON}>
          ↶ <span className={word}>{t('toolbar.undo')}</span>
        </button>
        <button type="button" onClick={undo.redo} disabled={!undo.canRedo} title={t('toolbar.redoHint')} className={BUTTON}>
          ↷ <span className={word}>{t('toolbar.redo')}</span>
        </button>
      </div>
      {compact ? (
        <button type="button" aria-pressed={compact.on} title={t('layout.compactHint')} onClick={() => compact.onChange(!compact.on)} className={`${BUTTON} aria-pressed:border-slate-500 aria-pressed:bg-slate-100`}>
          {t('layout.compact')}
        </button>
      ) : null}
      {bell?.(BUTTON)}
      {own?.(BUTTON)}
      <LangSwitch lang={lang} onLang={onLang} />
    </header>
  );
}

const BUTTON = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50';

const EXPLAINED = [CLOSE.unauthorized, CLOSE.forbidden, CLOSE.unknownBoard, CLOSE.boardFull, CLOSE.deleted, CLOSE.tooLarge, CLOSE.badContent, CLOSE.loadFailed] as const;

/** Why the server closed the connection, in words; other codes are shown as their number. A replaced link says so. */
export function closeReason(code: number, lang: Lang, reason = ''): string {
  const t = translator(boardText, lang);
  if (code === CLOSE.unauthorized && reason === CLOSE_REASON.linkRotated) return t('close.replaced');
  const known = EXPLAINED.find((c) => c === code);
  return known ? t(`close.${known}`) : t('close.other', { code });
}
