import { anchorKey, type Thread } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { inputSummaryText } from '@/lib/i18n/input-summary';
import { emptyCounts, STANCE_ORDER, summariseInput, type ActorInput, type StanceCounts } from '@/lib/input-summary';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { actorLabel, stanceWord } from '../../../comments/input-parts';

type Props = { threads: readonly Thread[] | null; proposalId: string; proposalName: string; moved: ReadonlySet<string>; lang: Lang };

/** The counts in words, zeros left out ("For 1, Mot 2"); a dash when there are none. */
function countsText(c: StanceCounts, lang: Lang): string {
  const parts = STANCE_ORDER.filter((s) => c[s] > 0).map((s) => `${stanceWord(s, lang)} ${c[s]}`);
  return parts.length > 0 ? parts.join(', ') : '–';
}

/**
 * "Input from the stakeholders": per actor, their stance on this proposal (each person's latest for
 * or against on it) and their comments on the responsibilities it moves, from the threads as they
 * are when the packet is made. A table, so its header repeats on every printed page.
 */
export function PacketInput({ threads, proposalId, proposalName, moved, lang }: Props) {
  const t = translator(inputSummaryText, lang);
  const here = `proposal:${proposalId}`;
  const summary = threads ? summariseInput(threads, { proposals: new Map([[proposalId, proposalName]]), filter: (th) => anchorKey(th.anchor) === here || (th.anchor.kind === 'card' && moved.has(th.anchor.id)) }) : null;
  const onCards = (a: ActorInput): StanceCounts => {
    const sum = emptyCounts();
    for (const [key, c] of Object.entries(a.byAnchor)) if (key !== here) for (const s of STANCE_ORDER) sum[s] += c[s];
    return sum;
  };
  const stance = (a: ActorInput) => {
    const p = a.proposals.find((x) => x.proposalId === proposalId);
    if (!p) return t('packet.noStance');
    return p.stance === 'for' ? t('input.supports') : p.stance === 'against' ? t('input.objects') : t('input.split', { for: p.for, against: p.against });
  };
  return (
    <section aria-labelledby="input-h" className="space-y-1" data-testid="packet-input">
      <h2 id="input-h" className="text-xl font-semibold">
        {t('packet.heading')}
      </h2>
      <p className="text-slate-600">{t('packet.intro')}</p>
      {!summary ? (
        <p className="text-slate-600">{t('packet.unavailable')}</p>
      ) : summary.actors.length === 0 ? (
        <p className="text-slate-600">{t('packet.none')}</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-1 pr-2">
                {t('packet.actor')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('packet.stance')}
              </th>
              <th scope="col" className="py-1">
                {t('packet.cards')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.actors.map((a) => (
              <tr key={a.key} className="break-inside-avoid border-b border-slate-300 align-top" data-actor={a.key}>
                <th scope="row" className="py-1 pr-2 font-medium">
                  {actorLabel(a, lang)}
                  {a.verified === 'all' ? <VerifiedBadge lang={lang} /> : null}
                  {a.kind === 'organisation' && a.people.length > 0 ? <span className="block text-xs font-normal text-slate-600">{a.people.join(', ')}</span> : null}
                </th>
                <td className="py-1 pr-2">{stance(a)}</td>
                <td className="py-1">{countsText(onCards(a), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
