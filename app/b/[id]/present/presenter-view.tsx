'use client';
import { useMemo } from 'react';
import { readBoardDoc } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import { columnsOf } from '@/lib/columns';
import { computeConsequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { closeReason } from '../board-toolbar';
import { cardFacts } from '../card-facts';
import { ReadOnlyColumn } from '../read-only-column';
import { useComments } from '../comments/use-comments';
import { columnLabels } from '../history/column-labels';
import { LangSwitch } from '../lang-switch';
import type { LiveClient } from '../live-client';
import { useDocVersion, useLiveState, usePeers } from '../use-live';
import { LockIcon, UnlockIcon } from '../workshop/icons';
import { TimerDisplay } from '../workshop/timer-display';
import { PresenterHeadlines } from './presenter-headlines';
import { PresenterPeople } from './presenter-people';

type Props = { boardId: string; token: string; client: LiveClient; lang: Lang; onLang: (l: Lang) => void };

/**
 * The board for a projector: title, lock state, countdown and who is connected along the top,
 * the headline consequences in large type, then the columns, read-only. Everything is live.
 */
export function PresenterView({ boardId, token, client, lang, onLang }: Props) {
  const t = translator(workshopText, lang);
  const b = translator(boardText, lang);
  const state = useLiveState(client);
  const version = useDocVersion(client.doc);
  const peers = usePeers(client.provider.awareness);
  const { control } = useComments(boardId, { token });
  // The projection is recomputed from the document on every update; `version` is the trigger.
  const projection = useMemo(() => readBoardDoc(client.doc, catalog), [client, version]);
  const consequences = useMemo(() => computeConsequences(projection.allocation, catalog, [], { custom: projection.custom, choices: projection.choices, bindings: projection.bindings }), [projection]);
  const facts = useMemo(() => cardFacts(projection, consequences.ok ? consequences.value : null, catalog, lang), [projection, consequences, lang]);
  const labels = useMemo(() => columnLabels(projection.allocation.levels, lang), [projection, lang]);
  const columns = useMemo(() => columnsOf(projection.allocation), [projection]);
  const locked = control?.state.locked ?? false;

  return (
    <div className="flex min-h-screen flex-col bg-slate-50" data-testid="presenter">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="min-w-0 flex-1 truncate text-4xl font-bold">{state.synced ? projection.title : t('present.title')}</h1>
        <p
          data-testid="presenter-lock"
          data-locked={locked}
          className={`flex items-center gap-2 rounded-full px-4 py-1 text-2xl font-semibold ${locked ? 'bg-red-100 text-red-900' : 'bg-green-100 text-green-900'}`}
        >
          {locked ? <LockIcon className="size-6" /> : <UnlockIcon className="size-6" />}
          {locked ? t('present.locked') : t('present.open')}
        </p>
        <TimerDisplay control={control} lang={lang} size="large" />
        <LangSwitch lang={lang} onLang={onLang} />
      </header>
      {state.closed ? (
        <p role="alert" className="border-b border-red-200 bg-red-50 px-6 py-2 text-xl text-red-900">
          {t('present.closed', { reason: closeReason(state.closed.code, lang, state.closed.reason) })}
        </p>
      ) : null}
      {state.ready ? (
        <main className="flex min-h-0 flex-1 flex-col gap-3 p-4">
          {consequences.ok ? <PresenterHeadlines consequences={consequences.value} lang={lang} /> : null}
          <PresenterPeople peers={peers} lang={lang} />
          <section aria-label={t('present.board')} className="grid auto-cols-[minmax(16rem,1fr)] grid-flow-col gap-4 overflow-x-auto">
            {projection.allocation.levels.map((level) => {
              const cards = columns.get(level.id) ?? [];
              const label = labels.get(level.id) ?? level.id;
              return <ReadOnlyColumn key={level.id} level={level} label={label} cards={cards} facts={facts} lang={lang} count={b('column.cards', { count: cards.length })} empty={t('present.empty')} size="large" />;
            })}
          </section>
        </main>
      ) : (
        <p role="status" className="p-6 text-2xl text-slate-600">
          {t('present.loading')}
        </p>
      )}
    </div>
  );
}
