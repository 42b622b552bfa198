'use client';
import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { notificationsText } from '@/lib/i18n/notifications';
import type { Notification } from '@/lib/notifications';
import { isErasedName } from '@/lib/own-data';
import { formatCommentTime } from '../comments/comment-time';
import type { Joined } from '../session';
import { problemText } from '../shell/problem-text';
import { EmailSetting } from './email-setting';
import type { NotificationsState } from './use-notifications';

type Props = {
  state: NotificationsState;
  boardId: string;
  joined: Joined;
  lang: Lang;
  /** The id of the heading that names the bell's popover. */
  headingId: string;
  label: (anchor: Anchor) => string;
  onClose: () => void;
  /** Opens a notification's thread (the bell closes first). */
  onPick: (n: Notification) => void;
};

/** What the bell's popover holds: its heading and buttons, the notifications (or why there are none), and the email setting. */
export function NotificationList({ state, boardId, joined, lang, headingId, label, onClose, onPick }: Props) {
  const t = translator(notificationsText, lang);
  const who = (n: Notification) => (isErasedName(n.actor.name) ? t('erased') : n.actor.name);
  return (
    <>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('bell.heading')}
        </h2>
        <div className="flex gap-1">
          {state.unread > 0 ? (
            <button type="button" onClick={() => void state.markRead('all')} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100">
              {t('bell.markAll')}
            </button>
          ) : null}
          <button type="button" onClick={onClose} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100">
            {t('bell.close')}
          </button>
        </div>
      </div>
      {state.problem ? <p role="alert" className="text-red-700">{t('bell.problem', { reason: problemText(state.problem, lang).message })}</p> : null}
      {!state.loaded ? (
        <p role="status">{t('bell.loading')}</p>
      ) : state.list.length === 0 ? (
        <p className="text-slate-600">{t('bell.empty')}</p>
      ) : (
        <ul aria-labelledby={headingId} className="space-y-1">
          {state.list.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                onClick={() => {
                  if (n.readAt === null) void state.markRead([n.id]);
                  onPick(n);
                }}
                className={`block w-full rounded border p-2 text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${n.readAt === null ? 'border-blue-300 bg-blue-50' : 'border-slate-200'}`}
              >
                <span className="block font-medium">
                  {n.kind === 'mention' ? t('item.mention', { who: who(n) }) : t('item.answer', { who: who(n) })}
                  {n.readAt === null ? <span className="sr-only"> ({t('item.unread')})</span> : null}
                </span>
                <span className="block text-slate-600">{t('item.where', { anchor: label(n.anchor) })}</span>
                {n.excerpt ? <span className="block truncate text-slate-700">{n.excerpt}</span> : null}
                <time dateTime={n.createdAt} className="block text-xs text-slate-500">
                  {formatCommentTime(n.createdAt, lang)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
      <EmailSetting boardId={boardId} joined={joined} lang={lang} />
    </>
  );
}
