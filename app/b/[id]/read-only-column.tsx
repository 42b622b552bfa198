import type { Lang } from '@/lib/i18n';
import type { LevelKind } from '@/lib/catalog/schema';
import { LEVEL_ACCENT } from '@/app/components/level-style';
import { CardFace } from './card-face';
import type { CardFacts } from './card-facts';

// The presenter view is read from across a room; the history preview sits beside the live board.
const SIZES = {
  normal: { section: 'min-h-48 p-2', heading: 'text-lg', count: 'text-sm', list: 'mt-2 flex-1', empty: 'text-sm' },
  large: { section: 'p-3', heading: 'text-2xl', count: 'text-lg', list: 'mt-3 text-lg', empty: '' },
} as const;

type Props = {
  level: { id: string; kind: LevelKind };
  label: string;
  /** The column's card ids, in order. */
  cards: readonly string[];
  facts: ReadonlyMap<string, CardFacts>;
  lang: Lang;
  /** What the heading says beside the name about how many cards there are. */
  count: string;
  /** What an empty column says. */
  empty: string;
  size: keyof typeof SIZES;
};

/** One level column of a board shown without moves: the history preview and the presenter view. */
export function ReadOnlyColumn({ level, label, cards, facts, lang, count, empty, size }: Props) {
  const s = SIZES[size];
  return (
    <section aria-label={label} data-testid="level" data-level={level.id} className={`flex flex-col rounded-lg bg-slate-100 ${s.section}`}>
      <h2 className={`flex flex-wrap items-baseline gap-x-2 border-b-4 pb-1 font-semibold ${s.heading} ${LEVEL_ACCENT[level.kind]}`}>
        <span className="min-w-0 flex-1 break-words">{label}</span>
        <span className={`font-normal text-slate-600 ${s.count}`}>{count}</span>
      </h2>
      <ul className={`flex flex-col gap-2 ${s.list}`}>
        {cards.map((id) => {
          const f = facts.get(id);
          return f ? (
            <li key={id} data-testid="card" data-card={id} aria-label={f.name}>
              <CardFace facts={f} lang={lang} />
            </li>
          ) : null;
        })}
        {cards.length === 0 ? <li className={`rounded border border-dashed border-slate-300 p-3 text-slate-600 ${s.empty}`}>{empty}</li> : null}
      </ul>
    </section>
  );
}
