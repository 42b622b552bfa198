'use client';
import { endsAt, isOpen, timeLeft } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';
import { formatOsloDateTime } from '@/lib/oslo-time';
import { useConsultationState, useServerNow } from './use-consultation';

/** "3 dager igjen", "under en time igjen", … for `ms` left. */
export function timeLeftText(ms: number, lang: Lang): string {
  const t = translator(consultationText, lang);
  const left = timeLeft(ms);
  switch (left.unit) {
    case 'ended':
      return t('strip.ended');
    case 'minutes':
      return left.n === 1 ? t('left.minute') : t('left.minutes', { n: left.n });
    case 'days':
    case 'hours':
      return t(`left.${left.unit}`, { n: left.n });
    default:
      return t(`left.${left.unit}`);
  }
}

/**
 * The board's current consultation round as every screen shows it, under the toolbar: title,
 * question, what it covers, the deadline in Norwegian time and the time left (by the server's
 * clock, updated each minute), then "Høringen er avsluttet" once it has ended. The test ids are
 * stable: end-to-end tests find the round and its state by them.
 */
export function ConsultationStrip({ lang }: { lang: Lang }) {
  const t = translator(consultationText, lang);
  const state = useConsultationState();
  const now = useServerNow(state);
  const round = state?.current;
  if (!round) return null;
  const open = isOpen(round, now);
  const ended = endsAt(round);
  return (
    <section
      aria-label={t('strip.label')}
      data-testid="consultation-strip"
      data-round-id={round.id}
      data-state={open ? 'open' : 'closed'}
      className={`flex flex-wrap items-baseline gap-x-3 gap-y-0.5 border-b px-4 py-1 text-sm max-sm:px-2 max-sm:text-xs ${open ? 'border-sky-200 bg-sky-50 text-sky-950' : 'border-slate-300 bg-slate-100 text-slate-800'}`}
    >
      <h2 className="font-semibold" data-testid="consultation-title">
        <span className="sr-only">{t('strip.label')}: </span>
        {round.title}
      </h2>
      <p className="min-w-0 flex-1 basis-64 line-clamp-2" data-testid="consultation-question">
        {round.question}
      </p>
      <p className="text-xs" data-testid="consultation-scope">
        {round.proposal ? t('strip.proposal', { name: round.proposal.name }) : t('strip.board')}
      </p>
      {open ? (
        <p className="flex gap-2" data-testid="consultation-deadline">
          <time dateTime={round.deadline}>{t('strip.deadline', { time: formatOsloDateTime(Date.parse(round.deadline), lang, now) })}</time>
          <span className="font-medium" data-testid="consultation-time-left">
            {timeLeftText(endsAt(round) - now, lang)}
          </span>
        </p>
      ) : (
        <p className="text-xs" data-testid="consultation-deadline">
          <time dateTime={new Date(ended).toISOString()}>{t('strip.endedAt', { time: formatOsloDateTime(ended, lang, now) })}</time>
          {round.questionsStayOpen ? <span className="ml-2">{t('strip.questionsOpen')}</span> : null}
        </p>
      )}
      {/* Empty while open, so a screen reader hears the close once rather than the time left each minute. */}
      <p role="status" className="font-semibold" data-testid="consultation-closed">
        {open ? '' : t('strip.ended')}
      </p>
    </section>
  );
}
