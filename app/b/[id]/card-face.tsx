import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { CardFacts } from './card-facts';

/**
 * A card's visible content: name, figure badges and markers. Shared by the card, its drag overlay
 * and ghosts; the live card turns `commentCount` off because it shows a clickable badge instead.
 */
export function CardFace({ facts, lang, lifted = false, framed = true, commentCount = true }: { facts: CardFacts; lang: Lang; lifted?: boolean; framed?: boolean; commentCount?: boolean }) {
  const t = translator(boardText, lang);
  return (
    <div className={framed ? `rounded-md border bg-white p-2 ${lifted ? 'rotate-1 border-blue-400 shadow-lg' : 'border-slate-200 shadow-sm'}` : 'p-2'}>
      <div className="flex items-start justify-between gap-2">
        <span className="min-w-0 leading-tight font-medium break-words">{facts.name}</span>
        {facts.movedFrom ? (
          <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs text-amber-900" title={t('card.movedHint', { level: facts.movedFrom })}>
            {t('card.moved')}
          </span>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap gap-1 text-xs">
        <Badge {...facts.cost} />
        <Badge {...facts.staff} />
        {facts.author ? <span className="rounded bg-violet-100 px-1.5 text-violet-900">{t('card.assumption', { author: facts.author })}</span> : null}
        {facts.conflicts > 0 ? (
          <span className="rounded bg-red-100 px-1.5 text-red-900" title={t('card.conflictsHint')} data-testid="conflict-badge">
            {t('card.conflicts', { count: facts.conflicts })}
          </span>
        ) : null}
        {commentCount && facts.comments > 0 ? <span className="rounded bg-sky-100 px-1.5 text-sky-900">{t('card.comments', { count: facts.comments })}</span> : null}
      </div>
    </div>
  );
}

function Badge({ text, title, sourced }: CardFacts['cost']) {
  return (
    <span className={`rounded px-1.5 ${sourced ? 'bg-slate-100 text-slate-700' : 'bg-slate-50 text-slate-500 italic'}`} title={title || undefined}>
      {text}
    </span>
  );
}
