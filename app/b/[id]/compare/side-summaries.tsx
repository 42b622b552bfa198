import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { choicesText } from '@/lib/i18n/choices';
import { panelText } from '@/lib/i18n/panel';
import { ArrangementList } from '@/app/components/arrangement-list';
import { BindingSummary } from '@/app/components/binding-summary';
import { ChoiceSummary } from '@/app/components/choice-summary';
import type { Comparison } from '../proposals/proposals-api';

type Props = { comparison: Comparison; a: string; b: string; lang: Lang };

/**
 * What each side is besides its placements, A beside B: its arrangements (model 4), its answers to
 * the open choices and its binding pathways. Each changes the figures, so each side names its own.
 */
export function SideSummaries({ comparison: c, a, b, lang }: Props) {
  const ta = translator(arrangementsText, lang);
  const choice = translator(choicesText, lang)('choice.heading');
  const bindings = translator(panelText, lang)('bindings.heading');
  return (
    <>
      {/* A side split into arrangements names them, so the columns below read as they do on its board. */}
      {[...c.a.levels, ...c.b.levels].some((l) => l.arrangement) ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <ArrangementList levels={c.a.levels} catalog={catalog} lang={lang} title={`${ta('list.heading')}: ${a}`} />
          <ArrangementList levels={c.b.levels} catalog={catalog} lang={lang} title={`${ta('list.heading')}: ${b}`} />
        </div>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <ChoiceSummary choices={c.a.choices} levels={c.a.levels} lang={lang} title={`${choice}: ${a}`} />
        <ChoiceSummary choices={c.b.choices} levels={c.b.levels} lang={lang} title={`${choice}: ${b}`} />
      </div>
      {/* Binding pathways (Kdf) move nothing but change "handoffs without a binding pathway". */}
      {c.a.bindings?.length || c.b.bindings?.length ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <BindingSummary bindings={c.a.bindings} catalog={catalog} lang={lang} title={`${bindings}: ${a}`} showNone />
          <BindingSummary bindings={c.b.bindings} catalog={catalog} lang={lang} title={`${bindings}: ${b}`} showNone />
        </div>
      ) : null}
    </>
  );
}
