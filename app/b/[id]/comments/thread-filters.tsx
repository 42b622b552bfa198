'use client';
import { useId } from 'react';
import type { Participant } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { commentsText } from '@/lib/i18n/comments';
import { erasedText } from '@/lib/i18n/erased';
import { shownName } from '@/lib/own-data';

/** Which threads the list shows. `anchor` and `participant` are empty for all. */
export type ThreadFilter = { status: 'all' | 'open' | 'resolved'; anchor: string; participant: string };

/** The anchor choices, grouped: levels in board order, cards with threads, and anything else with threads. */
export type AnchorOptions = { levels: Option[]; cards: Option[]; other: Option[] };
type Option = { key: string; label: string };

type Props = { filter: ThreadFilter; onChange: (f: ThreadFilter) => void; anchors: AnchorOptions; people: readonly Participant[]; lang: Lang };

const STATUSES = ['all', 'open', 'resolved'] as const;

/** Status as a radio group, what the thread is about, and who took part. */
export function ThreadFilters({ filter, onChange, anchors, people, lang }: Props) {
  const t = translator(commentThreadsText, lang);
  const radioName = useId();
  const statusLabel = { all: t('filter.all'), open: t('filter.open'), resolved: t('filter.resolved') };
  return (
    <div role="group" aria-label={t('filter.label')} className="flex flex-wrap items-end gap-x-3 gap-y-2 text-sm">
      <fieldset className="flex rounded border border-slate-300">
        <legend className="sr-only">{t('filter.status')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="relative">
            {/* Transparent over its label rather than hidden, so a click or a test lands on the radio itself. */}
            <input
              type="radio"
              name={radioName}
              value={s}
              checked={filter.status === s}
              onChange={() => onChange({ ...filter, status: s })}
              className="peer absolute inset-0 cursor-pointer opacity-0"
            />
            <span className="block px-2 py-1 peer-checked:bg-blue-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600">{statusLabel[s]}</span>
          </label>
        ))}
      </fieldset>
      <label className="flex min-w-0 flex-1 flex-col">
        <span className="text-xs text-slate-600">{t('filter.anchor')}</span>
        <select value={filter.anchor} onChange={(e) => onChange({ ...filter, anchor: e.target.value })} className="min-w-0 rounded border border-slate-300 bg-white px-1 py-1">
          <option value="">{t('filter.anchorAll')}</option>
          <option value="board">{translator(commentsText, lang)('anchor.board')}</option>
          <Group label={t('filter.levels')} options={anchors.levels} />
          <Group label={t('filter.cards')} options={anchors.cards} />
          <Group label={t('filter.other')} options={anchors.other} />
        </select>
      </label>
      <label className="flex min-w-0 flex-col">
        <span className="text-xs text-slate-600">{t('filter.participant')}</span>
        <select value={filter.participant} onChange={(e) => onChange({ ...filter, participant: e.target.value })} className="max-w-40 rounded border border-slate-300 bg-white px-1 py-1">
          <option value="">{t('filter.participantAll')}</option>
          {people.map((p) => (
            <option key={p.participantId} value={p.participantId}>
              {p.organisation ? `${p.name} (${p.organisation})` : shownName(p, translator(erasedText, lang)('erased.name'))}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Group({ label, options }: { label: string; options: Option[] }) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </optgroup>
  );
}
