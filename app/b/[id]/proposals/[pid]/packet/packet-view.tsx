'use client';
import { useMemo } from 'react';
import { catalog } from '@/lib/catalog';
import { ArrangementTable } from '@/app/components/arrangement-table';
import { BindingSummary } from '@/app/components/binding-summary';
import { ChoiceSummary } from '@/app/components/choice-summary';
import { computeConsequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { choicesText } from '@/lib/i18n/choices';
import { erasedText } from '@/lib/i18n/erased';
import { packetText } from '@/lib/i18n/packet';
import { shownPerson } from '@/lib/erased-name';
import { panelText } from '@/lib/i18n/panel';
import { columnLabels } from '../../../history/column-labels';
import { LangSwitch } from '../../../lang-switch';
import { PacketDeltas } from './packet-deltas';
import type { PacketData } from './packet-load';
import { PacketMatrix } from './packet-matrix';
import { PacketInput } from './packet-input';
import { PacketObjections } from './packet-objections';
import { PacketPositions } from './packet-positions';
import { PacketSources } from './packet-sources-list';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { formatLongTime } from './packet-time';

// A4 with room for a hole punch; Chromium repeats a table's header row on every page by itself.
const PAGE_CSS = '@page { size: A4; margin: 16mm 14mm 16mm 18mm; }';

type Props = { data: PacketData; lang: Lang; onLang: (l: Lang) => void };

/** The decision packet: who proposed what, where every card sits, what it changes against today, on what sources, and what is still disputed. */
export function PacketView({ data, lang, onLang }: Props) {
  const t = translator(packetText, lang);
  const { title, proposal, comparison } = data;
  const { content } = proposal;
  const labels = useMemo(() => columnLabels(content.allocation.levels, lang), [content, lang]);
  const computed = useMemo(() => computeConsequences(content.allocation, catalog, content.assumptions, { custom: content.custom, choices: content.choices, bindings: content.bindings }), [content]);
  // "Moved" as the board marks it: on another kind of level than today, custom cards included.
  const moved = useMemo(
    () => new Set(computed.ok ? computed.value.moves.map((m) => m.responsibility) : comparison.moved.map((m) => m.responsibility)),
    [computed, comparison],
  );
  const author = shownPerson(proposal.author, translator(erasedText, lang)('erased.name'));

  return (
    <main className="mx-auto max-w-5xl space-y-8 bg-white p-8 text-sm shadow-sm print:max-w-none print:p-0 print:shadow-none" data-testid="packet">
      <style>{PAGE_CSS}</style>
      <div className="flex justify-end gap-2 print:hidden">
        <LangSwitch lang={lang} onLang={onLang} />
        <button type="button" onClick={() => window.print()} className="rounded bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          {t('page.print')}
        </button>
      </div>
      <header className="space-y-3 border-b-2 border-slate-800 pb-4">
        <p className="text-base text-slate-600">
          {t('page.title')} · {title}
        </p>
        <h1 className="text-3xl font-semibold">{proposal.name}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium text-slate-600">{t('meta.board')}</dt>
          <dd>{title}</dd>
          <dt className="font-medium text-slate-600">{t('meta.author')}</dt>
          <dd>
            {author}
            {proposal.author.verified ? <VerifiedBadge lang={lang} /> : null}
          </dd>
          <dt className="font-medium text-slate-600">{t('meta.date')}</dt>
          <dd>
            {formatLongTime(proposal.createdAt, lang)}
            {proposal.origin === 'import' ? ` (${t('meta.imported')})` : null}
          </dd>
          <dt className="font-medium text-slate-600">{t('meta.catalog')}</dt>
          <dd>{content.catalogVersion}</dd>
          {proposal.note ? (
            <>
              <dt className="font-medium text-slate-600">{t('meta.note')}</dt>
              <dd className="whitespace-pre-wrap">{proposal.note}</dd>
            </>
          ) : null}
        </dl>
        <ChoiceSummary choices={content.choices} levels={content.allocation.levels} lang={lang} title={translator(choicesText, lang)('choice.heading')} />
        <BindingSummary bindings={content.bindings} catalog={catalog} lang={lang} title={translator(panelText, lang)('bindings.heading')} />
      </header>
      <PacketDeltas comparison={comparison} custom={content.custom} lang={lang} />
      <PacketMatrix content={content} labels={labels} moved={moved} lang={lang} />
      {computed.ok ? <ArrangementTable consequences={computed.value} catalog={catalog} lang={lang} headingLevel="h2" /> : null}
      {computed.ok ? <PacketPositions positions={computed.value.positions} lang={lang} /> : null}
      <PacketSources moved={comparison.moved.map((m) => m.responsibility)} lang={lang} />
      <PacketObjections threads={proposal.openThreads} content={content} labels={labels} lang={lang} />
      <PacketInput threads={data.threads} proposalId={proposal.id} proposalName={proposal.name} moved={moved} lang={lang} />
      <section aria-labelledby="disclaimer-h" className="break-inside-avoid border-t border-slate-300 pt-3 text-slate-700">
        <h2 id="disclaimer-h" className="font-semibold">
          {t('disclaimer.heading')}
        </h2>
        <p className="mt-1">{t('disclaimer.body')}</p>
        <p className="mt-2 text-xs text-slate-500">{t('page.generated', { date: formatLongTime(new Date().toISOString(), lang) })}</p>
      </section>
    </main>
  );
}
