import { translator, type Lang } from '@/lib/i18n';
import { erasedText } from '@/lib/i18n/erased';
import { packetText } from '@/lib/i18n/packet';
import { shownPerson } from '@/lib/erased-name';
import type { ProposalContent, ThreadSummary } from '@/lib/proposals';
import { anchorNames, labelAnchor } from '../../../comments/anchor-names';
import { StanceChip } from '../../../comments/stance';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { formatLongTime } from './packet-time';

type Props = { threads: readonly ThreadSummary[]; content: ProposalContent; labels: ReadonlyMap<string, string>; lang: Lang };

/** The threads that were open when the proposal was saved: objections (stance "against") first, then the rest, each as recorded. */
export function PacketObjections({ threads, content, labels, lang }: Props) {
  const t = translator(packetText, lang);
  const erased = translator(erasedText, lang);
  const names = anchorNames(content, labels, lang);
  // A stable sort keeps the recorded order within each group.
  const sorted = [...threads].sort((a, b) => Number(b.stance === 'against') - Number(a.stance === 'against'));
  return (
    <section aria-labelledby="objections-h">
      <h2 id="objections-h" className="text-xl font-semibold">
        {t('objections.heading', { count: threads.length })}
      </h2>
      {sorted.length === 0 ? (
        <p className="mt-1 text-slate-600">{t('objections.none')}</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="packet-objections">
          {sorted.map((th) => (
            <li key={th.id} className="break-inside-avoid border-l-4 border-slate-300 pl-3" data-stance={th.stance ?? 'none'}>
              <div className="flex flex-wrap items-baseline gap-x-2 text-slate-700">
                {th.stance ? <StanceChip stance={th.stance} lang={lang} /> : <span className="text-xs">{t('objections.noStance')}</span>}
                <span className="font-medium text-slate-900">
                  {shownPerson(th.author, erased('erased.name'))}
                  {th.author.verified ? <VerifiedBadge lang={lang} /> : null}
                </span>
                <span>{t('objections.on', { anchor: labelAnchor(th.anchor, names, lang) })}</span>
                <span className="text-xs">{formatLongTime(th.createdAt, lang)}</span>
                {th.replies > 0 ? <span className="text-xs">· {t('objections.replies', { count: th.replies })}</span> : null}
              </div>
              {/* An empty body is an erased comment: no one writes an empty one. */}
              {th.body ? <p className="mt-1 whitespace-pre-wrap">{th.body}</p> : <p className="mt-1 text-slate-500 italic">{erased('erased.comment')}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
