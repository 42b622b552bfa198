'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { erasedText } from '@/lib/i18n/erased';
import { proposalsText } from '@/lib/i18n/proposals';
import { shownPerson } from '@/lib/erased-name';
import type { ProposalSummary } from '@/lib/proposals';
import { formatCommentTime } from '../comments/comment-time';
import { YEARLY_HEADLINES } from '@/lib/consequences/headline-keys';
import { expandYearly, indicatorView, ROW_HEADLINES } from '../compare/indicators';
import type { ExportFormat } from './proposals-api';
import { ERROR_BOX, SECONDARY } from './styles';

type Props = {
  proposal: ProposalSummary;
  lang: Lang;
  /** Whether this person may restore (editors and facilitators). */
  canRestore: boolean;
  /** Where the decision packet opens, token included. */
  packetHref: string;
  onCompareLive: () => void;
  onRestore: () => Promise<Outcome>;
  /** Answers null when the file was handed to the browser. The format carries the page's language, which shapes the CSV. */
  onDownload: (format: ExportFormat) => Promise<Outcome | null>;
  /** The proposal's comment badge. */
  commentSlot: ReactNode;
};

/** How an action on a proposal ended, in words for the person who started it. */
export type Outcome = { ok: boolean; message: string };

/**
 * One saved proposal: who saved it and when, its note, its headline figures as recorded, and
 * what can be done with it. Restoring asks first, in place, since it changes the board for everyone.
 */
export function ProposalItem({ proposal: p, lang, canRestore, packetHref, onCompareLive, onRestore, onDownload, commentSlot }: Props) {
  const t = translator(proposalsText, lang);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'restore' | ExportFormat['file'] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Focus follows the question: onto "Cancel" when it opens, back to "Restore" once it is
    // closed and the restore done (a disabled button cannot take focus).
    if (confirming) {
      cancel.current?.focus();
      returnFocus.current = true;
    } else if (returnFocus.current && busy === null) {
      restoreButton.current?.focus();
      returnFocus.current = false;
    }
  }, [confirming, busy]);

  const author = shownPerson(p.author, translator(erasedText, lang)('erased.name'));
  const time = formatCommentTime(p.createdAt, lang);
  const run = async (what: 'restore' | ExportFormat['file'], action: () => Promise<Outcome | null>) => {
    setBusy(what);
    setOutcome(null);
    setOutcome(await action());
    setBusy(null);
  };

  return (
    <li aria-labelledby={`${id}-name`} data-testid="proposal" data-proposal={p.id} className="space-y-2 rounded border border-slate-200 p-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h4 id={`${id}-name`} className="font-semibold">
          {p.name}
        </h4>
        {p.origin !== 'board' ? (
          <span className="rounded bg-violet-100 px-1.5 text-xs font-medium text-violet-900">{t(p.origin === 'import' ? 'item.imported' : 'item.breakout')}</span>
        ) : null}
        <span className="ml-auto">{commentSlot}</span>
      </div>
      <p className="text-sm text-slate-600">
        {t(p.origin === 'import' ? 'item.importedBy' : p.origin === 'breakout' ? 'item.breakoutBy' : 'item.author', { author })}{' '}
        <time dateTime={p.createdAt} title={new Date(p.createdAt).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB')}>
          {time}
        </time>
      </p>
      {p.note ? <p className="text-sm whitespace-pre-line">{p.note}</p> : null}
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        {expandYearly(ROW_HEADLINES, [p.headline]).map((key) => {
          const view = indicatorView(key, lang);
          // A yearly figure with nothing moved in any year is recorded under no key: it is 0.
          const value = p.headline[key] ?? ((YEARLY_HEADLINES as readonly string[]).includes(key) ? 0 : undefined);
          return (
            <div key={key} className="min-w-0">
              <dt className="text-slate-600">{view.label}</dt>
              <dd className="font-semibold tabular-nums">
                {value === undefined ? '–' : view.format(value)}
              </dd>
            </div>
          );
        })}
      </dl>
      {p.openThreads > 0 ? <p className="text-sm text-slate-600">{t('item.openThreads', { count: p.openThreads })}</p> : null}

      <div role="group" aria-label={t('item.actions', { name: p.name })} className="flex flex-wrap gap-1">
        <button type="button" onClick={onCompareLive} className={SECONDARY}>
          {t('item.compareLive')}
        </button>
        {canRestore ? (
          <button type="button" ref={restoreButton} onClick={() => setConfirming(true)} disabled={busy !== null} aria-expanded={confirming} className={SECONDARY}>
            {busy === 'restore' ? t('item.restoring') : t('item.restore')}
          </button>
        ) : null}
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => void run(format, () => onDownload({ file: format, lang }))}
            disabled={busy !== null}
            aria-label={t('item.download', { name: p.name, format: format.toUpperCase() })}
            className={SECONDARY}
          >
            {format.toUpperCase()}
          </button>
        ))}
        <a href={packetHref} target="_blank" rel="noopener" title={t('item.packetHint')} className={SECONDARY}>
          {t('item.packet')}
        </a>
      </div>
      {confirming ? (
        <div role="group" aria-label={t('item.restore')} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <p>{t('item.restoreConfirm', { name: p.name })}</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                void run('restore', onRestore);
              }}
              className="rounded bg-amber-700 px-3 py-1 font-medium text-white hover:bg-amber-800"
            >
              {t('item.restoreYes')}
            </button>
            <button type="button" ref={cancel} onClick={() => setConfirming(false)} onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)} className={SECONDARY}>
              {t('item.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {/* The outcome shows beside the buttons that caused it, not at the top of a long tab. */}
      <div role="status" data-testid="proposal-status" className="text-sm">
        {outcome?.ok ? <p className="text-green-800">{outcome.message}</p> : null}
      </div>
      {outcome && !outcome.ok ? (
        <p role="alert" className={ERROR_BOX}>
          {outcome.message}
        </p>
      ) : null}
    </li>
  );
}
