'use client';
import { useId, useMemo, useState } from 'react';
import { useParams } from 'next/navigation';
import { parseAnchorKey, type Thread } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { inputSummaryText } from '@/lib/i18n/input-summary';
import { summariseInput, type ActorInput, type AnchorInput, type InputArgument } from '@/lib/input-summary';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { download } from '../proposals/proposals-api';
import { saveFile } from '../proposals/save-file';
import { labelAnchor, type AnchorNames } from './anchor-names';
import { actorLabel, ArgumentItem, ArgumentList, InputTally } from './input-parts';
import { InputScopePicker, useInputScope } from './input-scope';

type Props = {
  threads: ReadonlyMap<string, Thread>;
  loaded: boolean;
  names: AnchorNames;
  lang: Lang;
  token: string;
  /** Shows one thread in the comments list. */
  onOpen: (threadId: string) => void;
};

type Grouping = 'actor' | 'anchor';

/**
 * The comments tab's input view: every comment that is not removed, summarised per actor or per
 * responsibility, with tallies, the arguments in short, open questions and each actor's stance
 * on proposals, for the whole board or one consultation round. Computed here from the live
 * threads, so it follows every change the feed brings.
 */
export function InputView({ threads, loaded, names, lang, token, onOpen }: Props) {
  const boardId = useParams<{ id: string }>().id;
  const t = translator(inputSummaryText, lang);
  const headingId = useId();
  const [grouping, setGrouping] = useState<Grouping>('actor');
  const [failed, setFailed] = useState(false);
  const scope = useInputScope();
  const summary = useMemo(() => summariseInput(threads.values(), { proposals: names.proposals, filter: scope.filter }), [threads, names.proposals, scope.filter]);
  const about = (key: string) => {
    const anchor = parseAnchorKey(key);
    return anchor ? labelAnchor(anchor, names, lang) : key;
  };

  const csv = async () => {
    setFailed(false);
    const round = scope.round ? `&round=${encodeURIComponent(scope.round.id)}` : '';
    const r = await download(token, `/api/boards/${encodeURIComponent(boardId)}/summary.csv?lang=${lang}${round}`, lang === 'nb' ? 'innspill.csv' : 'input.csv');
    if (r.ok) saveFile(r.value.blob, r.value.filename);
    else setFailed(true);
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="input-view">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {t('input.heading')}
        </h3>
        <button type="button" onClick={() => void csv()} className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          {t('input.download')}
        </button>
      </div>
      <InputScopePicker scope={scope} lang={lang} />
      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          {t('input.downloadFailed')}
        </p>
      ) : null}
      {!loaded ? (
        <p className="text-sm text-slate-600">{t('input.loading')}</p>
      ) : summary.comments === 0 ? (
        <p className="text-sm text-slate-600">{t('input.empty')}</p>
      ) : (
        <>
          <p className="text-xs text-slate-600">{t('input.intro')}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="input-totals">
            <span>{t('input.totals', { comments: summary.comments, threads: summary.threads })}</span>
            <InputTally tally={summary.tally} lang={lang} />
          </p>
          <fieldset className="flex gap-3 text-sm">
            <legend className="sr-only">{t('input.group')}</legend>
            {(['actor', 'anchor'] as const).map((g) => (
              <label key={g} className="flex items-center gap-1">
                <input type="radio" name={`${headingId}-grouping`} checked={grouping === g} onChange={() => setGrouping(g)} />
                {g === 'actor' ? t('input.byActor') : t('input.byAnchor')}
              </label>
            ))}
          </fieldset>
          {summary.openQuestions.length > 0 ? (
            <div>
              <h4 className="text-sm font-semibold">{t('input.openQuestions', { count: summary.openQuestions.length })}</h4>
              <ul className="mt-1 space-y-1" data-testid="input-open-questions">
                {summary.openQuestions.map((q) => (
                  <ArgumentItem key={q.commentId} arg={q} about={about(q.anchor)} lang={lang} onOpen={onOpen} />
                ))}
              </ul>
            </div>
          ) : null}
          {grouping === 'actor' ? (
            <ul className="space-y-2" aria-label={t('input.byActor')}>
              {summary.actors.map((a) => (
                <ActorGroup key={a.key} actor={a} about={about} lang={lang} onOpen={onOpen} />
              ))}
            </ul>
          ) : (
            <>
              <AnchorGroups title={t('input.responsibilities')} groups={summary.responsibilities} summaryActors={summary.actors} about={about} lang={lang} onOpen={onOpen} />
              <AnchorGroups title={t('input.other')} groups={summary.other} summaryActors={summary.actors} about={about} lang={lang} onOpen={onOpen} />
            </>
          )}
        </>
      )}
    </section>
  );
}

type GroupProps = { about: (key: string) => string; lang: Lang; onOpen: (threadId: string) => void };

function ActorGroup({ actor, about, lang, onOpen }: GroupProps & { actor: ActorInput }) {
  const t = translator(inputSummaryText, lang);
  const stance = (p: ActorInput['proposals'][number]) => (p.stance === 'for' ? t('input.supports') : p.stance === 'against' ? t('input.objects') : t('input.split', { for: p.for, against: p.against }));
  return (
    <li data-testid="input-group" data-key={actor.key}>
      <details className="rounded border border-slate-200 bg-slate-50">
        <summary className="cursor-pointer p-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          <span className="font-semibold">{actorLabel(actor, lang)}</span>
          {actor.verified === 'all' ? <VerifiedBadge lang={lang} /> : actor.verified === 'some' ? <span className="ml-1 text-xs text-emerald-800">({t('input.partlyVerified')})</span> : null}
          <span className="ml-2 text-xs text-slate-600">{t('input.comments', { count: actor.comments })}</span>
          <span className="ml-2">
            <InputTally tally={actor.tally} lang={lang} />
          </span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-2">
          {actor.kind === 'organisation' && actor.people.length > 0 ? <p className="text-xs text-slate-600">{t('input.people', { names: actor.people.join(', ') })}</p> : null}
          {actor.proposals.length > 0 ? (
            <div>
              <h5 className="text-xs font-semibold text-slate-700">{t('input.proposals')}</h5>
              <ul className="text-sm" data-testid="input-proposals">
                {actor.proposals.map((p) => (
                  <li key={p.proposalId} data-stance={p.stance}>
                    {stance(p)} {about(`proposal:${p.proposalId}`)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ArgumentList args={actor.arguments} label={(a: InputArgument) => about(a.anchor)} lang={lang} onOpen={onOpen} />
        </div>
      </details>
    </li>
  );
}

function AnchorGroups({ title, groups, summaryActors, about, lang, onOpen }: GroupProps & { title: string; groups: AnchorInput[]; summaryActors: ActorInput[] }) {
  const t = translator(inputSummaryText, lang);
  if (groups.length === 0) return null;
  const actorNames = new Map(summaryActors.map((a) => [a.key, actorLabel(a, lang)]));
  return (
    <div>
      <h4 className="text-sm font-semibold">{title}</h4>
      <ul className="mt-1 space-y-2" aria-label={title}>
        {groups.map((g) => (
          <li key={g.anchor} data-testid="input-group" data-key={g.anchor}>
            <details className="rounded border border-slate-200 bg-slate-50">
              <summary className="cursor-pointer p-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
                <span className="font-semibold">{about(g.anchor)}</span>
                <span className="ml-2 text-xs text-slate-600">{t('input.comments', { count: g.comments })}</span>
                <span className="ml-2">
                  <InputTally tally={g.tally} lang={lang} />
                </span>
              </summary>
              <div className="space-y-2 border-t border-slate-200 p-2">
                <p className="text-xs text-slate-600">{g.actors.map((k) => actorNames.get(k) ?? k).join(', ')}</p>
                <ArgumentList args={g.arguments} label={() => null} lang={lang} onOpen={onOpen} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
