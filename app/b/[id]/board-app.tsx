'use client';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CLOSE_REASON } from '@/lib/protocol';
import { translator } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { LiveBoard } from './live-board';
import { loadWhenOnline } from './load-when-online';
import { forgetDeviceCopy } from './device-copy';
import { fetchBoardInfo, forgetJoined, lastJoinedLink, linkTokenFromHash, loadJoined, type BoardInfo, type Joined, type LinkProblem } from './session';
import { useLang } from './use-lang';
import { PageLoading } from './page-loading';
import { restoreLinkAfterSignIn } from './sign-in-return';

// Someone who joined on this device before goes straight to the board: the join form and the
// explanation of a bad link are loaded only by the page that shows them. React's lazy rather
// than next/dynamic, whose loading state cannot know the page's language. Both phases begin
// after the first render in the browser, so the server never renders either.
const JoinDialog = lazy(() => loadWhenOnline(() => import('./join-dialog').then((m) => ({ default: m.JoinDialog }))));
const LinkProblemView = lazy(() => loadWhenOnline(() => import('./link-problem').then((m) => ({ default: m.LinkProblemView }))));

type Phase =
  | { kind: 'checking' }
  | { kind: 'problem'; problem: LinkProblem | null; replaced: boolean }
  | { kind: 'join'; info: BoardInfo; linkToken: string }
  | { kind: 'live'; title: string; linkToken: string; joined: Joined };

/** The board page's states: read the link, check it, ask who you are, then go live. */
export function BoardApp({ boardId }: { boardId: string }) {
  const [lang, setLang, langReady] = useLang();
  const t = translator(boardText, lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  // Set when the live socket was closed because a facilitator replaced this link, so the
  // explanation can say that rather than "revoked or expired".
  const replaced = useRef(false);

  const check = useCallback(async () => {
    setPhase({ kind: 'checking' });
    restoreLinkAfterSignIn();
    let linkToken = linkTokenFromHash(location.hash);
    // Opened from an email (`#thread=<id>`, no token): this device's own link stands in, put in
    // the address (without a hashchange) so every part of the page reads it as usual.
    const kept = linkToken ? null : lastJoinedLink(boardId);
    if (kept) {
      const params = new URLSearchParams(location.hash.replace(/^#/, ''));
      params.set('t', kept);
      history.replaceState(null, '', `${location.pathname}${location.search}#${params}`);
      linkToken = kept;
    }
    if (!linkToken) return setPhase({ kind: 'problem', problem: null, replaced: false });
    // Someone who joined with this link before connects at once; the link is checked meanwhile
    // and a revoked one still ends on the explanation (the socket is refused as well).
    const joined = loadJoined(boardId, linkToken);
    if (joined) setPhase({ kind: 'live', title: '', linkToken, joined });
    const info = await fetchBoardInfo(boardId, linkToken);
    if (!info.ok) {
      if (joined && info.problem.status === 0) return; // offline: keep working from the device copy
      if (joined) forgetJoined(boardId, linkToken);
      if (info.problem.status === 410) forgetDeviceCopy(boardId);
      return setPhase({ kind: 'problem', problem: info.problem, replaced: replaced.current && info.problem.status === 401 });
    }
    replaced.current = false;
    if (joined && joined.role === info.value.role) setPhase({ kind: 'live', title: info.value.title, linkToken, joined });
    else setPhase({ kind: 'join', info: info.value, linkToken });
  }, [boardId]);

  useEffect(() => {
    performance.mark('board:app');
    void check();
    // A new link in the address is a fresh start, whatever ended the last one.
    const onHash = () => {
      replaced.current = false;
      void check();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [check]);

  const loading = <PageLoading text={t('page.loading')} />;
  // A language chosen on this device is still loading: wait for it rather than show Bokmål.
  if (!langReady) return <PageLoading text={t('page.loading')} />;
  switch (phase.kind) {
    case 'checking':
      return loading;
    case 'problem':
      return (
        <Suspense fallback={loading}>
          <LinkProblemView problem={phase.problem} replaced={phase.replaced} lang={lang} onRetry={check} />
        </Suspense>
      );
    case 'join':
      return (
        <Suspense fallback={loading}>
          <JoinDialog
            boardId={boardId}
            info={phase.info}
            linkToken={phase.linkToken}
            lang={lang}
            onLang={setLang}
            onJoined={(joined) => setPhase({ kind: 'live', title: phase.info.title, linkToken: phase.linkToken, joined })}
          />
        </Suspense>
      );
    case 'live':
      return (
        <LiveBoard
          key={phase.joined.token}
          boardId={boardId}
          title={phase.title}
          joined={phase.joined}
          lang={lang}
          onLang={setLang}
          onRejected={(closed) => {
            // The stored participant token no longer works (the link was rotated): ask again.
            replaced.current = closed.reason === CLOSE_REASON.linkRotated;
            forgetJoined(boardId, phase.linkToken);
            void check();
          }}
        />
      );
  }
}
