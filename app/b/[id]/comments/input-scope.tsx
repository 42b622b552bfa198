'use client';
import { useId, useMemo, useState } from 'react';
import { endsAt, roundFilter, type Consultation } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { inputSummaryText } from '@/lib/i18n/input-summary';
import type { SummaryOptions } from '@/lib/input-summary';
import { formatOsloDateTime } from '@/lib/oslo-time';
import { useConsultationState } from '../consultation/use-consultation';

const BOARD = '';

/** What the input view counts: the whole board, or one consultation round with its filter. */
export type InputScope = {
  rounds: readonly Consultation[];
  round: Consultation | null;
  filter: SummaryOptions['filter'];
  pick: (roundId: string) => void;
};

/**
 * The scope of the input view: the current round by default (its input is what a secretariat
 * reads while and after it runs), the whole board when the board never had one or when picked.
 */
export function useInputScope(): InputScope {
  const state = useConsultationState();
  const rounds = state?.rounds ?? [];
  // null until someone picks, so the default follows a round opened while the view is open.
  const [picked, setPicked] = useState<string | null>(null);
  const id = picked ?? state?.current?.id ?? BOARD;
  const round = rounds.find((r) => r.id === id) ?? null;
  const filter = useMemo(() => (round ? roundFilter(round) : undefined), [round]);
  return { rounds, round, filter, pick: setPicked };
}

/** "Gjelder: Hele tavla / Høringsrunden «…»", and the chosen round's window; nothing on a board without rounds. */
export function InputScopePicker({ scope, lang }: { scope: InputScope; lang: Lang }) {
  const t = translator(inputSummaryText, lang);
  const selectId = useId();
  if (scope.rounds.length === 0) return null;
  const { round } = scope;
  const span = round ? { from: formatOsloDateTime(Date.parse(round.openedAt), lang), to: formatOsloDateTime(endsAt(round), lang) } : null;
  return (
    <div className="space-y-1 text-sm" data-testid="input-scope">
      <label htmlFor={selectId} className="mr-2 font-medium">
        {t('input.scope')}
      </label>
      <select id={selectId} value={round?.id ?? BOARD} onChange={(e) => scope.pick(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5">
        <option value={BOARD}>{t('input.scopeBoard')}</option>
        {[...scope.rounds].reverse().map((r) => (
          <option key={r.id} value={r.id}>
            {t('input.scopeRound', { title: r.title })}
          </option>
        ))}
      </select>
      {round && span ? (
        <p className="text-xs text-slate-600" data-testid="input-round-window">
          {round.proposal ? t('input.roundProposal', { name: round.proposal.name, ...span }) : t('input.roundWindow', span)}
        </p>
      ) : null}
    </div>
  );
}
