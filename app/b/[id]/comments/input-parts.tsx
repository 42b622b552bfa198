'use client';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { inputSummaryText } from '@/lib/i18n/input-summary';
import { STANCE_ORDER, type ActorInput, type InputArgument, type StanceCounts, type StanceOrNone } from '@/lib/input-summary';
import { VerifiedBadge } from '@/app/components/verified-badge';

const COLOUR: Record<StanceOrNone, string> = {
  for: 'bg-emerald-100 text-emerald-900',
  against: 'bg-rose-100 text-rose-900',
  question: 'bg-violet-100 text-violet-900',
  neutral: 'bg-slate-200 text-slate-800',
  none: 'bg-white text-slate-700 ring-1 ring-slate-300',
};

/** A stance's word, `none` included. */
export function stanceWord(stance: StanceOrNone, lang: Lang): string {
  return stance === 'none' ? translator(inputSummaryText, lang)('input.none') : translator(commentThreadsText, lang)(`stance.${stance}`);
}

/** An actor as a heading reads it: the organisation, the person marked as having none, or the erased group. */
export function actorLabel(a: Pick<ActorInput, 'kind' | 'label'>, lang: Lang): string {
  const t = translator(inputSummaryText, lang);
  return a.kind === 'erased' ? t('input.erased') : a.kind === 'person' ? `${a.label} (${t('input.noOrganisation')})` : a.label;
}

/** The five counts as labelled chips ("For 2", "Mot 1"), the zero ones left out, read out in full by screen readers. */
export function InputTally({ tally, lang }: { tally: StanceCounts; lang: Lang }) {
  const full = translator(inputSummaryText, lang)('input.tally', tally);
  return (
    <span className="inline-flex flex-wrap gap-1" title={full} data-testid="input-tally" data-tally={STANCE_ORDER.map((s) => tally[s]).join(' ')}>
      <span className="sr-only">{full}</span>
      {STANCE_ORDER.filter((s) => tally[s] > 0).map((s) => (
        <span key={s} aria-hidden="true" className={`rounded px-1 text-xs tabular-nums ${COLOUR[s]}`}>
          {stanceWord(s, lang)} {tally[s]}
        </span>
      ))}
    </span>
  );
}

type ArgumentProps = { arg: InputArgument; about: string | null; lang: Lang; onOpen: (threadId: string) => void };

/** One comment in short: who, about what, the excerpt, and a button that opens its thread. */
export function ArgumentItem({ arg, about, lang, onOpen }: ArgumentProps) {
  const t = translator(inputSummaryText, lang);
  const who = arg.name || t('input.erased');
  return (
    <li className="rounded border border-slate-200 bg-white p-1.5 text-sm" data-testid="input-argument" data-thread-id={arg.threadId}>
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{who}</span>
        {arg.verified ? <VerifiedBadge lang={lang} /> : null}
        {arg.organisation ? `, ${arg.organisation}` : null}
        {about ? ` · ${t('input.on', { anchor: about })}` : null}
      </p>
      <p className="mt-0.5 break-words whitespace-pre-wrap">{arg.excerpt}</p>
      <button type="button" onClick={() => onOpen(arg.threadId)} className="mt-0.5 text-xs text-blue-800 underline hover:text-blue-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        {t('input.open')}
      </button>
    </li>
  );
}

/** Arguments under a heading per stance, in the tally's order; a stance with none is left out. */
export function ArgumentList({ args, label, lang, onOpen }: { args: Record<StanceOrNone, InputArgument[]>; label: (a: InputArgument) => string | null; lang: Lang; onOpen: (threadId: string) => void }) {
  return (
    <>
      {STANCE_ORDER.filter((s) => args[s].length > 0).map((s) => (
        <div key={s} data-stance={s}>
          <h5 className="text-xs font-semibold text-slate-700">
            {stanceWord(s, lang)} ({args[s].length})
          </h5>
          <ul className="mt-0.5 space-y-1">
            {args[s].map((a) => (
              <ArgumentItem key={a.commentId} arg={a} about={label(a)} lang={lang} onOpen={onOpen} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
