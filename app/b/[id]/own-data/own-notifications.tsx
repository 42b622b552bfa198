import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { ownDataText } from '@/lib/i18n/own-data';
import type { OwnData } from '@/lib/own-data';
import { formatCommentTime } from '../comments/comment-time';

type Props = { data: Pick<OwnData, 'email' | 'notifications' | 'emails'>; lang: Lang; anchorLabel: (anchor: Anchor) => string };

/**
 * The "Varsler og e-post" section of the own-data list: the email setting as saved, every
 * notification kept for the caller, and how many emails were queued, with what is kept of them.
 */
export function OwnNotifications({ data, lang, anchorLabel }: Props) {
  const t = translator(ownDataText, lang);
  const { email, notifications, emails } = data;
  const wants = email && [email.instant ? t('notices.instant') : null, email.digest ? t('notices.digest') : null].filter((x) => x !== null);
  const total = emails.pending + emails.sent + emails.skipped + emails.failed;
  return (
    <section data-testid="own-notifications">
      <h3 className="font-semibold">{t('notices.heading')}</h3>
      {email ? (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
          <dt className="text-slate-600">{t('notices.address')}</dt>
          <dd className="break-all">
            {email.address} ({email.confirmed ? t('notices.confirmed') : t('notices.unconfirmed')})
          </dd>
          <dt className="text-slate-600">{t('notices.lang')}</dt>
          <dd>{t(`notices.lang.${email.lang}`)}</dd>
          <dt className="text-slate-600">{t('notices.wants')}</dt>
          <dd>{wants && wants.length > 0 ? wants.join(', ') : t('notices.neither')}</dd>
        </dl>
      ) : (
        <p className="text-slate-500">{t('notices.noAddress')}</p>
      )}
      {notifications.count === 0 ? (
        <p className="mt-1 text-slate-500">{t('notices.empty')}</p>
      ) : (
        <>
          <p className="mt-1">{t('notices.count', { count: notifications.count })}</p>
          <ul className="mt-1 space-y-0.5" data-testid="own-notification-list">
            {notifications.list.map((n, i) => (
              <li key={`${n.threadId}-${n.createdAt}-${i}`} data-testid="own-notification">
                {t(`notices.${n.kind}`)} · {anchorLabel(n.anchor)} · <time dateTime={n.createdAt}>{formatCommentTime(n.createdAt, lang)}</time>{' '}
                <span className="text-slate-600">({n.readAt ? t('notices.read') : t('notices.unread')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-1">{total === 0 ? <span className="text-slate-500">{t('notices.noEmails')}</span> : t('notices.emails', { pending: emails.pending, sent: emails.sent, unsent: emails.skipped + emails.failed })}</p>
      <p className="mt-1 text-slate-600">{t('notices.kept')}</p>
    </section>
  );
}
