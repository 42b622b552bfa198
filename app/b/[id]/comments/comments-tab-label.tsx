import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';

type Props = { unread: number; mentionsMe: boolean; lang: Lang };

/**
 * "Kommentarer" with the unread count and a separate "@" when an unread comment mentions me.
 * The badges are read out as words ("3 uleste"), so the tab's name still starts with "Kommentarer".
 */
export function CommentsTabLabel({ unread, mentionsMe, lang }: Props) {
  const t = translator(commentsText, lang);
  return (
    <>
      <span>{t('tabs.comments')}</span>
      {unread > 0 ? (
        <>
          <span aria-hidden="true" data-testid="unread-count" className="min-w-5 rounded-full bg-blue-700 px-1.5 text-center text-xs leading-5 text-white tabular-nums">
            {unread}
          </span>
          <span className="sr-only"> {t('tabs.unread', { count: unread })}</span>
        </>
      ) : null}
      {mentionsMe ? (
        <>
          <span aria-hidden="true" data-testid="unread-mention" className="rounded-full bg-amber-300 px-1.5 text-xs leading-5 font-bold text-amber-950">
            @
          </span>
          <span className="sr-only">, {t('tabs.mentioned')}</span>
        </>
      ) : null}
    </>
  );
}
