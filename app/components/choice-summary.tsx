import type { BoardLevel } from '@/lib/allocation';
import { answerLabel, CHOICE_DEFS, completeChoices, type Choices } from '@/lib/choices';
import { translator, type Lang } from '@/lib/i18n';
import { choicesText } from '@/lib/i18n/choices';
import { SourceRef } from './source-ref';

type Props = { choices: Partial<Choices> | undefined; levels: readonly BoardLevel[]; lang: Lang; title: string };

/**
 * A board's or a proposal's answers to the open questions its columns raise (a region's election
 * mode, the state units' financing), an open one said to be open; nothing when no column raises one.
 */
export function ChoiceSummary({ choices, levels, lang, title }: Props) {
  const t = translator(choicesText, lang);
  const c = completeChoices(choices);
  const asked = CHOICE_DEFS.filter((d) => levels.some((l) => l.kind === d.kind) || c[d.id] !== 'open');
  if (asked.length === 0) return null;
  return (
    <div className="text-sm" data-testid="choice-summary">
      <p className="font-semibold">{title}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2">
        {asked.map((d) => (
          <div key={d.id} className="contents" data-choice={d.id} data-value={c[d.id]}>
            <dt>{d.question[lang]}:</dt>
            <dd className={c[d.id] === 'open' ? 'text-amber-900' : undefined}>
              {answerLabel(d.id, c[d.id], lang)}
              {c[d.id] === 'open' ? ` (${t('choice.open')} ` : ' ('}
              {t('choice.asked')} <SourceRef source={d.source} lang={lang} />)
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
