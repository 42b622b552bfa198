import type { Lang } from '@/lib/i18n';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A date and time written out for paper ("3. mars 2026 kl. 14:05"); an unreadable time shows as given. */
export function formatLongTime(iso: string, lang: Lang): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short' }).format(at);
}
