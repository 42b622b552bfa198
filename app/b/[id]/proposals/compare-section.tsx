'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { CompareSide, ProposalSummary } from '@/lib/proposals';
import { formatCommentTime } from '../comments/comment-time';
import { ComparisonView } from '../compare/comparison';
import { sideName } from '../compare/side-names';
import { WideView } from '../compare/wide-view';
import { proposalProblem } from './problem';
import type { Comparison, ProposalsApi } from './proposals-api';
import { ShareButton } from './share-button';
import { ERROR_BOX, PRIMARY, SECONDARY } from './styles';

/** A comparison asked for from outside the picker (a row's shortcut); `n` grows so the same pair can be asked twice. */
export type CompareRequest = { a: CompareSide; b: CompareSide; n: number };

type Props = {
  api: ProposalsApi;
  proposals: readonly ProposalSummary[];
  request: CompareRequest | null;
  /** The live board's projection; a new one means a comparison with "Tavla nå" may be out of date. */
  live: unknown;
  lang: Lang;
};

type Done = { kind: 'done'; comparison: Comparison; live: unknown };
// Loading keeps the last result on screen, so a rerun does not close the full-width view showing it.
type Shown = { kind: 'idle' } | { kind: 'loading'; last: Done | null } | { kind: 'failed'; message: string } | Done;

/** Picks two of "Dagens ordning", "Tavla nå" and the saved proposals, and shows how they differ. */
export function CompareSection({ api, proposals, request, live, lang }: Props) {
  const t = useMemo(() => translator(proposalsText, lang), [lang]);
  const id = useId();
  const [a, setA] = useState<CompareSide>('baseline');
  const [b, setB] = useState<CompareSide>('live');
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const result = useRef<HTMLDivElement>(null);
  const asked = useRef(0);
  const liveNow = useRef(live);
  useEffect(() => {
    liveNow.current = live;
  }, [live]);

  const run = useCallback(
    async (sa: CompareSide, sb: CompareSide) => {
      const n = ++asked.current;
      const liveThen = liveNow.current;
      setShown((s) => ({ kind: 'loading', last: s.kind === 'done' ? s : s.kind === 'loading' ? s.last : null }));
      const r = await api.compare(sa, sb);
      if (n !== asked.current) return;
      if (!r.ok) return setShown({ kind: 'failed', message: t('compare.failed', { reason: proposalProblem(r.problem, lang) }) });
      setShown({ kind: 'done', comparison: r.value, live: liveThen });
      result.current?.focus();
    },
    [api, t, lang],
  );

  // Each request runs once, however often `run` changes identity (a language switch).
  const handled = useRef(0);
  useEffect(() => {
    if (!request || request.n === handled.current) return;
    handled.current = request.n;
    setA(request.a);
    setB(request.b);
    void run(request.a, request.b);
  }, [request, run]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (a !== b) void run(a, b);
  };

  // A comparison with "Tavla nå" may be out of date once the board changes; it says so, with a rerun, wherever it is shown.
  const staleNote = (c: Comparison) =>
    shown.kind === 'done' && shown.live !== live && [c.a, c.b].some((s) => s.kind === 'live') ? (
      <p className="mb-2 flex flex-wrap items-center gap-2 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">
        {t('compare.stale')}
        <button type="button" onClick={() => void run(c.a.id ?? c.a.kind, c.b.id ?? c.b.kind)} className={SECONDARY}>
          {t('compare.rerun')}
        </button>
      </p>
    ) : null;
  const comparisonTitle = (c: Comparison) => t('compare.title', { a: sideName(c.a, lang), b: sideName(c.b, lang) });

  const done = shown.kind === 'done' ? shown : shown.kind === 'loading' ? shown.last : null;
  const options = (
    <>
      <option value="baseline">{t('compare.baseline')}</option>
      <option value="live">{t('compare.live')}</option>
      {[...proposals].reverse().map((p) => (
        <option key={p.id} value={p.id}>
          {p.name} ({formatCommentTime(p.createdAt, lang)})
        </option>
      ))}
    </>
  );

  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2 rounded border border-slate-200 p-2">
      <h3 id={`${id}-h`} className="font-semibold">
        {t('compare.heading')}
      </h3>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <SideSelect id={`${id}-a`} label={t('compare.a')} value={a} onChange={setA} options={options} />
        <SideSelect id={`${id}-b`} label={t('compare.b')} value={b} onChange={setB} options={options} />
        <button type="submit" disabled={a === b || shown.kind === 'loading'} className={PRIMARY}>
          {t('compare.submit')}
        </button>
      </form>
      {a === b ? <p className="text-sm text-slate-600">{t('compare.same')}</p> : null}
      <div ref={result} tabIndex={-1} aria-live="polite" aria-busy={shown.kind === 'loading'} className="focus:outline-none">
        {shown.kind === 'loading' ? <p className="text-sm text-slate-600">{t('compare.loading')}</p> : null}
        {shown.kind === 'failed' ? (
          <p role="alert" className={ERROR_BOX}>
            {shown.message}
          </p>
        ) : null}
        {done ? (
          <>
            {staleNote(done.comparison)}
            <ComparisonView
              comparison={done.comparison}
              lang={lang}
              headingLevel={3}
              actions={
                <div className="flex flex-wrap items-start gap-x-2">
                  <WideView openLabel={t('compare.wide')} closeLabel={t('compare.wideClose')} label={comparisonTitle(done.comparison)} className={`mt-2 ${SECONDARY}`}>
                    {() => (
                      <div className="space-y-2">
                        {staleNote(done.comparison)}
                        <ComparisonView comparison={done.comparison} lang={lang} headingLevel={2} wide />
                      </div>
                    )}
                  </WideView>
                  <ShareButton path={done.comparison.share} lang={lang} />
                </div>
              }
            />
          </>
        ) : null}
      </div>
    </section>
  );
}

/** One side's picker. Not wrapped in its label: a wrapping label would name the select with its chosen option too. */
function SideSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-1 flex-col text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className="rounded border border-slate-300 bg-white px-1 py-1">
        {options}
      </select>
    </div>
  );
}
