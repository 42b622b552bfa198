import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import '@/lib/i18n/english';
import { notificationsText } from '@/lib/i18n/notifications';
import { groupByThread, type Notification } from '@/lib/notifications';
import { isErasedName } from '@/lib/own-data';

/** One email as written: subject, plain text and HTML with the same content. */
export type MailText = { subject: string; text: string; html: string };

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the board page opens a thread: the fragment never reaches a server log, and the page reads it after joining. */
export const threadLink = (publicUrl: string, boardId: string, threadId: string): string => `${publicUrl}/b/${encodeURIComponent(boardId)}#thread=${encodeURIComponent(threadId)}`;

function words(lang: Lang) {
  const t = translator(notificationsText, lang);
  const who = (n: Notification) => (isErasedName(n.actor.name) ? t('erased') : n.actor.name);
  const where = (a: Anchor) => t(`anchor.${a.kind}`);
  return { t, who, where };
}

const page = (lang: Lang, body: string) =>
  `<!doctype html><html lang="${lang === 'en' ? 'en' : 'nb'}"><body style="font-family:system-ui,sans-serif;max-width:40rem;line-height:1.5">${body}</body></html>`;

const footer = (t: ReturnType<typeof words>['t'], unsubscribe: string) => ({
  text: `\n\n${t('mail.device')}\n\n${t('mail.unsubscribe')}: ${unsubscribe}\n`,
  html: `<p style="color:#555;font-size:0.9em">${escape(t('mail.device'))}</p><p style="color:#555;font-size:0.9em"><a href="${escape(unsubscribe)}">${escape(t('mail.unsubscribe'))}</a></p>`,
});

/** The email for one notification: who mentioned or answered, where, the excerpt, a link to the thread and the unsubscribe link. */
export function eventMail(lang: Lang, board: string, n: Notification, links: { thread: string; unsubscribe: string }): MailText {
  const { t, who, where } = words(lang);
  const subject = n.kind === 'mention' ? t('mail.mention.subject', { who: who(n), board }) : t('mail.answer.subject', { board });
  const lead = n.kind === 'mention' ? t('mail.mention.lead', { who: who(n), anchor: where(n.anchor) }) : t('mail.answer.lead', { who: who(n), anchor: where(n.anchor) });
  const end = footer(t, links.unsubscribe);
  return {
    subject,
    text: `${lead}\n\n> ${n.excerpt}\n\n${t('mail.open')}: ${links.thread}${end.text}`,
    html: page(lang, `<p>${escape(lead)}</p><blockquote>${escape(n.excerpt)}</blockquote><p><a href="${escape(links.thread)}">${escape(t('mail.open'))}</a></p>${end.html}`),
  };
}

/** The daily digest: the day's notifications grouped by thread, each thread with its link. */
export function digestMail(lang: Lang, board: string, list: readonly Notification[], links: { thread: (threadId: string) => string; unsubscribe: string }): MailText {
  const { t, who, where } = words(lang);
  const groups = groupByThread(list);
  const line = (n: Notification) => `${n.kind === 'mention' ? t('item.mention', { who: who(n) }) : t('item.answer', { who: who(n) })}: ${n.excerpt}`;
  const end = footer(t, links.unsubscribe);
  const text = groups.map((g) => `${t('mail.digest.thread', { anchor: where(g.items[0]!.anchor) })}\n${g.items.map((n) => `- ${line(n)}`).join('\n')}\n${t('mail.open')}: ${links.thread(g.threadId)}`);
  const html = groups.map(
    (g) =>
      `<h2 style="font-size:1.05em">${escape(t('mail.digest.thread', { anchor: where(g.items[0]!.anchor) }))}</h2><ul>${g.items.map((n) => `<li>${escape(line(n))}</li>`).join('')}</ul><p><a href="${escape(links.thread(g.threadId))}">${escape(t('mail.open'))}</a></p>`,
  );
  return {
    subject: t('mail.digest.subject', { board }),
    text: `${t('mail.digest.lead', { board })}\n\n${text.join('\n\n')}${end.text}`,
    html: page(lang, `<p>${escape(t('mail.digest.lead', { board }))}</p>${html.join('')}${end.html}`),
  };
}

/** The confirmation email: what was asked, the link, and that nothing more comes if it was not them. */
export function confirmMail(lang: Lang, board: string, link: string): MailText {
  const { t } = words(lang);
  return {
    subject: t('mail.confirm.subject', { board }),
    text: `${t('mail.confirm.body', { board })}\n\n${t('mail.confirm.button')}: ${link}\n\n${t('mail.confirm.ignore')}\n`,
    html: page(lang, `<p>${escape(t('mail.confirm.body', { board }))}</p><p><a href="${escape(link)}">${escape(t('mail.confirm.button'))}</a></p><p>${escape(t('mail.confirm.ignore'))}</p>`),
  };
}
