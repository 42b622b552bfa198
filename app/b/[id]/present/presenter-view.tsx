'use client';
import { useCallback, useMemo } from 'react';
import { readBoardDoc } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import { columnsOf } from '@/lib/columns';
import { computeConsequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { presenterText } from '@/lib/i18n/presenter';
import { workshopText } from '@/lib/i18n/workshop';
import { closeReason } from '../board-toolbar';
import { cardFacts } from '../card-facts';
import { useComments } from '../comments/use-comments';
import { columnLabels } from '../history/column-labels';
import { LangSwitch } from '../lang-switch';
import type { LiveClient } from '../live-client';
import { useDocVersion, useLiveState, usePeers } from '../use-live';
import { TimerDisplay } from '../workshop/timer-display';
import { presenterConnection } from './connection-state';
import { LatestChange } from './latest-change';
import { PresenterBoard } from './presenter-board';
import { PresenterHeadlines } from './presenter-headlines';
import { PresenterPeople } from './presenter-people';
import { PresenterStatus } from './presenter-status';
import { useLatestMove } from './use-latest-move';

type Props = { boardId: string; token: string; client: LiveClient; lang: Lang; onLang: (l: Lang) => void };

/**
 * The board for a projector, on one screen with no scrolling: title, connection or lock state,
 * countdown along the top; the headline figures; who is connected; the latest change; then the
 * columns, read-only and fitted to what is left. Everything is live.
 */
export function PresenterView({ boardId, token, client, lang, onLang }: Props) {
  const t = translator(workshopText, lang);
  const p = translator(presenterText, lang);
  const state = useLiveState(client);
  const version = useDocVersion(client.doc);
  const peers = usePeers(client.provider.awareness);
  const { control } = useComments(boardId, { token });
  // The projection is recomputed from the document on every update; `version` is the trigger.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the document's change count: the reading is redone when it moves.
  const projection = useMemo(() => readBoardDoc(client.doc, catalog), [client, version]);
  const consequences = useMemo(() => computeConsequences(projection.allocation, catalog, [], { custom: projection.custom, choices: projection.choices, bindings: projection.bindings }), [projection]);
  const facts = useMemo(() => cardFacts(projection, consequences.ok ? consequences.value : null, catalog, lang), [projection, consequences, lang]);
  const labels = useMemo(() => columnLabels(projection.allocation.levels, lang), [projection, lang]);
  const columns = useMemo(() => columnsOf(projection.allocation), [projection]);
  const { latest, outlined } = useLatestMove({ client, allocation: projection.allocation, synced: state.synced, boardId, token });
  const cardName = useCallback((id: string) => facts.get(id)?.name ?? id, [facts]);
  const levelName = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const connection = presenterConnection(state);

  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-slate-50" data-testid="presenter">
      <header className="flex shrink-0 flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 bg-white px-4 py-[0.8vh]">
        <h1 className="min-w-0 flex-1 truncate text-[clamp(1.5rem,4vh,2.75rem)] leading-tight font-bold">{state.synced ? projection.title : t('present.title')}</h1>
        <PresenterStatus connection={connection} locked={control?.state.locked ?? false} lang={lang} />
        <TimerDisplay control={control} lang={lang} size="large" />
        <LangSwitch lang={lang} onLang={onLang} />
      </header>
      {connection === 'refused' && state.closed ? (
        <div role="alert" data-testid="presenter-refused" className="shrink-0 border-b border-red-300 bg-red-50 px-4 py-[1vh] text-[clamp(1rem,2.6vh,1.75rem)] text-red-950">
          <p className="font-semibold">{p('refused.title', { reason: closeReason(state.closed.code, lang, state.closed.reason) })}</p>
          <p>{p('refused.help')}</p>
        </div>
      ) : state.closed ? (
        <p role="alert" className="shrink-0 border-b border-red-200 bg-red-50 px-4 py-[0.6vh] text-xl text-red-900">
          {t('present.closed', { reason: closeReason(state.closed.code, lang, state.closed.reason) })}
        </p>
      ) : null}
      {state.ready ? (
        <main className="flex min-h-0 flex-1 flex-col gap-[1vh] px-4 py-[1vh]">
          {consequences.ok ? <PresenterHeadlines consequences={consequences.value} lang={lang} /> : null}
          <PresenterPeople peers={peers} lang={lang} />
          <LatestChange latest={latest} cardName={cardName} levelName={levelName} fresh={outlined.size > 0} lang={lang} />
          <PresenterBoard levels={projection.allocation.levels} columns={columns} labels={labels} facts={facts} lang={lang} latest={outlined} />
        </main>
      ) : connection === 'refused' ? null : (
        <p role="status" className="p-6 text-2xl text-slate-600">
          {t('present.loading')}
        </p>
      )}
    </div>
  );
}
