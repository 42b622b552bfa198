import { translator, type Lang } from '@/lib/i18n';
import { presenterText } from '@/lib/i18n/presenter';
import type { LatestMove } from './use-latest-move';
import type { Mover } from './latest-move';

type Props = {
  latest: LatestMove | null;
  /** Card names and column labels by id. */
  cardName: (id: string) => string;
  levelName: (id: string) => string;
  /** True while the moved cards are outlined; the caption stands out as long. */
  fresh: boolean;
  lang: Lang;
};

/**
 * One line under the headline figures: who moved what where, last ("Kari (KS) flyttet Legevakt til
 * Fylkeskommune"). A polite live region, so a screen reader hears each change once.
 */
export function LatestChange({ latest, cardName, levelName, fresh, lang }: Props) {
  const p = translator(presenterText, lang);
  const mover = (m: Mover) => (m.organisation ? p('latest.mover', { name: m.name, organisation: m.organisation }) : m.name);
  let text = p('latest.none');
  if (latest) {
    const first = latest.moves[0]!;
    const where = { card: cardName(first.card), level: levelName(first.to) };
    const name = latest.movers && latest.movers.length > 0 ? latest.movers.map(mover).join(', ') : null;
    const count = latest.moves.length;
    if (count === 1) text = name ? p('latest.movedBy', { name, ...where }) : p('latest.moved', where);
    else text = name ? p('latest.movedManyBy', { name, count, ...where }) : p('latest.movedMany', { count, ...where });
  }
  return (
    <p
      role="status"
      data-testid="latest-change"
      data-fresh={fresh}
      className={`truncate rounded-md px-[0.6em] py-[0.15em] text-[clamp(1rem,2.4vh,1.75rem)] ${fresh ? 'bg-amber-100 text-amber-950' : latest ? 'text-slate-800' : 'text-slate-600'}`}
    >
      <span className="font-semibold">{p('latest.label')}:</span> {text}
    </p>
  );
}
