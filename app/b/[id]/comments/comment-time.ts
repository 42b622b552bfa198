import type { Lang } from '@/lib/i18n';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
// Building an Intl.DateTimeFormat is costly and a thread list formats one per comment.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, sameDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${sameDay}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], sameDay ? { timeStyle: 'short' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    formats.set(key, f);
  }
  return f;
}

/** A comment's time: the clock alone today ("14:05"), with the date otherwise ("3. mars 14:05"). */
export function formatCommentTime(iso: string, lang: Lang, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return format(lang, at.toDateString() === now.toDateString()).format(at);
}
