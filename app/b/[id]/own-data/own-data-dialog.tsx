'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { catalog } from '@/lib/catalog';
import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { cardName } from '@/lib/i18n/catalog-names';
import { commentsText } from '@/lib/i18n/comments';
import { erasedText as erasedWords } from '@/lib/i18n/erased';
import { ownDataText } from '@/lib/i18n/own-data';
import { isErasedName, type Erasure, type OwnData } from '@/lib/own-data';
import { formatCommentTime } from '../comments/comment-time';
import type { Joined } from '../session';
import { problemText } from '../shell/problem-text';
import { ownDataApi } from './own-data-api';
import { OwnNotifications } from './own-notifications';

type Props = { boardId: string; joined: Joined; lang: Lang; onClose: () => void };
type Phase = 'list' | 'confirm' | 'busy';

const BUTTON = 'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-50';
const DANGER = 'rounded border border-red-700 bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-50';

/**
 * "Mine data": everything the board keeps about this participant, read from the server (not from
 * what this page happens to hold), and erasing what they wrote after a confirmation. The browser's
 * modal dialog keeps focus inside and closes on Escape.
 */
export function OwnDataDialog({ boardId, joined, lang, onClose }: Props) {
  const t = translator(ownDataText, lang);
  const api = useMemo(() => ownDataApi(boardId, joined.token), [boardId, joined.token]);
  const dialog = useRef<HTMLDialogElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const confirmId = useId();
  const [data, setData] = useState<OwnData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('list');
  const [result, setResult] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await api.read();
    if (r.ok) {
      setData(r.value);
      setProblem(null);
    } else setProblem(translator(ownDataText, lang)('problem', { reason: problemText(r.problem, lang).message }));
  }, [api, lang]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function erase() {
    setPhase('busy');
    const r = await api.erase();
    setPhase('list');
    setResult(r.ok ? erasedText(r.value, lang) : t('erase.failed', { reason: problemText(r.problem, lang).message }));
    await load();
    // The confirmation is gone; focus goes back to where it came from rather than to the page.
    eraseButton.current?.focus();
  }

  return (
    <dialog ref={dialog} aria-labelledby={headingId} onClose={onClose} className="m-auto w-[min(42rem,95vw)] max-h-[90dvh] rounded-xl bg-white p-5 backdrop:bg-slate-900/60" data-testid="own-data">
      <div className="flex items-start justify-between gap-4">
        <h2 id={headingId} className="text-xl font-semibold">
          {t('heading')}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className={BUTTON}>
          {t('close')}
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      {problem ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      {data ? <OwnDataList data={data} lang={lang} /> : problem ? null : <p role="status" className="mt-3 text-sm text-slate-500">{t('loading')}</p>}
      <div className="mt-4 border-t border-slate-200 pt-3">
        {phase === 'confirm' ? (
          <div role="group" aria-labelledby={confirmId} className="rounded border border-red-300 bg-red-50 p-3">
            <h3 id={confirmId} className="font-semibold text-red-900">
              {t('erase.confirmHeading')}
            </h3>
            <p className="mt-1 text-sm text-red-900">{t('erase.confirmText')}</p>
            <div className="mt-2 flex gap-2">
              <button type="button" className={DANGER} onClick={() => void erase()}>
                {t('erase.yes')}
              </button>
              {/* Focus starts on the harmless choice: Enter right after opening must not erase. */}
              <button type="button" autoFocus className={BUTTON} onClick={() => (setPhase('list'), requestAnimationFrame(() => eraseButton.current?.focus()))}>
                {t('erase.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button ref={eraseButton} type="button" className={DANGER} disabled={phase === 'busy' || !data} onClick={() => (setResult(null), setPhase('confirm'))}>
            {phase === 'busy' ? t('erase.busy') : t('erase.button')}
          </button>
        )}
        <p role="status" className="mt-2 text-sm text-slate-800" data-testid="own-data-result">
          {result}
        </p>
      </div>
    </dialog>
  );
}

/** What an erasure did, in words. */
function erasedText(e: Erasure, lang: Lang): string {
  const t = translator(ownDataText, lang);
  if (e.comments + e.answersRemoved + e.answersUnlinked + e.historyEntries + e.proposals + e.cards === 0) return t('erase.nothing');
  return t('erase.done', { comments: e.comments, answers: e.answersRemoved, unlinked: e.answersUnlinked, history: e.historyEntries, proposals: e.proposals, cards: e.cards });
}

const criterionName = (id: string, lang: Lang) => catalog.criteria.find((c) => c.id === id)?.name[lang] ?? id;

function anchorLabel(anchor: Anchor, lang: Lang): string {
  if (anchor.kind === 'board') return translator(commentsText, lang)('anchor.board');
  return anchor.kind === 'card' ? cardName(catalog, anchor.id, lang) : anchor.id;
}

/** The stored data as seven short sections, each with its empty state. */
function OwnDataList({ data, lang }: { data: OwnData; lang: Lang }) {
  const t = translator(ownDataText, lang);
  const b = translator(boardText, lang);
  const p = data.participant;
  const erased = (text: string) => (isErasedName(text) ? <em className="text-slate-500">{translator(erasedWords, lang)('erased.name')}</em> : text);
  // A breakout split ties boards together, and copies of this board's content live on the others.
  const elsewhere = (boardId: string) => (boardId === data.boardId ? null : <span className="text-slate-600"> ({t('elsewhere')})</span>);
  return (
    <div className="mt-3 space-y-4 overflow-y-auto text-sm">
      <section>
        <h3 className="font-semibold">{t('you.heading')}</h3>
        {p ? (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="text-slate-600">{t('you.name')}</dt>
            <dd>{erased(p.name)}</dd>
            <dt className="text-slate-600">{t('you.organisation')}</dt>
            <dd>{p.organisation || (isErasedName(p.name) ? erased('') : '–')}</dd>
            <dt className="text-slate-600">{t('you.role')}</dt>
            <dd>{b(`role.${p.role}`)}</dd>
            <dt className="text-slate-600">{t('you.joined')}</dt>
            <dd>{p.joinedAt ? <time dateTime={p.joinedAt}>{formatCommentTime(p.joinedAt, lang)}</time> : '–'}</dd>
          </dl>
        ) : (
          <p className="text-slate-500">{t('you.none')}</p>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t('comments.heading')}</h3>
        {data.comments.length === 0 ? (
          <p className="text-slate-500">{t('comments.empty')}</p>
        ) : (
          <ul className="mt-1 space-y-1" data-testid="own-comments">
            {data.comments.map((c) => (
              <li key={c.id} data-testid="own-comment" data-removed={c.removedAt !== null} className="rounded bg-slate-50 px-2 py-1">
                <span className="text-slate-600">
                  {anchorLabel(c.anchor, lang)} · <time dateTime={c.createdAt}>{formatCommentTime(c.createdAt, lang)}</time>:{' '}
                </span>
                {c.removedAt ? <em className="text-slate-500">{t('comments.removed')}</em> : <span className="break-words whitespace-pre-wrap">{c.body}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t('answers.heading')}</h3>
        {data.answers.length === 0 ? (
          <p className="text-slate-500">{t('answers.empty')}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {data.answers.map((a) => (
              <li key={`${a.roundId}-${a.proposal}-${a.criterion}`} className="rounded bg-slate-50 px-2 py-1">
                {a.proposalName} · {criterionName(a.criterion, lang)}: <strong>{a.value ?? t('answers.unknown')}</strong>
                {a.reason ? ` – ${a.reason}` : ''} <span className="text-slate-600">({a.revealed ? t('answers.revealed') : t('answers.hidden')})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t('history.heading')}</h3>
        {data.history.length === 0 ? (
          <p className="text-slate-500">{t('history.empty')}</p>
        ) : (
          <ul className="mt-1 space-y-0.5">
            {data.history.map((h) => (
              <li key={`${h.boardId}-${h.seq}`}>
                {t('history.entry', { seq: h.seq })} · <time dateTime={h.at}>{formatCommentTime(h.at, lang)}</time>
                {elsewhere(h.boardId)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t('proposals.heading')}</h3>
        {data.proposals.length === 0 ? (
          <p className="text-slate-500">{t('proposals.empty')}</p>
        ) : (
          <ul className="mt-1 space-y-1" data-testid="own-proposals">
            {data.proposals.map((p) => (
              <li key={`${p.boardId}-${p.id}`} data-testid="own-proposal" className="rounded bg-slate-50 px-2 py-1">
                {p.name} · <time dateTime={p.createdAt}>{formatCommentTime(p.createdAt, lang)}</time>:{' '}
                {[p.savedBy ? t('proposals.savedBy') : null, p.threads > 0 ? t('proposals.threads', { count: p.threads }) : null, p.cards > 0 ? t('proposals.cards', { count: p.cards }) : null]
                  .filter((x) => x !== null)
                  .join(', ')}
                {elsewhere(p.boardId)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t('cards.heading')}</h3>
        {data.cards.length === 0 ? (
          <p className="text-slate-500">{t('cards.empty')}</p>
        ) : (
          <ul className="mt-1 space-y-0.5" data-testid="own-cards">
            {data.cards.map((c) => (
              <li key={`${c.boardId}-${c.id}`}>
                {c.name}
                {elsewhere(c.boardId)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <OwnNotifications data={data} lang={lang} anchorLabel={(a) => anchorLabel(a, lang)} />
    </div>
  );
}
