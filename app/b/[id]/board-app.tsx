'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CLOSE_REASON } from '@/lib/protocol';
import { translator } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { JoinDialog } from './join-dialog';
import { LinkProblemView } from './link-problem';
import { LiveBoard } from './live-board';
import { fetchBoardInfo, forgetJoined, linkTokenFromHash, loadJoined, type BoardInfo, type Joined, type LinkProblem } from './session';
import { useLang } from './use-lang';
import { PageLoading } from './page-loading';

type Phase =
  | { kind: 'checking' }
  | { kind: 'problem'; problem: LinkProblem | null; replaced: boolean }
  | { kind: 'join'; info: BoardInfo; linkToken: string }
  | { kind: 'live'; title: string; linkToken: string; joined: Joined };

/** The board page's states: read the link, check it, ask who you are, then go live. */
export function BoardApp({ boardId }: { boardId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(boardText, lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  // Set when the live socket was closed because a facilitator replaced this link, so the
  // explanation can say that rather than "revoked or expired".
  const replaced = useRef(false);

  const check = useCallback(async () => {
    setPhase({ kind: 'checking' });
    const linkToken = linkTokenFromHash(location.hash);
    if (!linkToken) return setPhase({ kind: 'problem', problem: null, replaced: false });
    // Someone who joined with this link before connects at once; the link is checked meanwhile
    // and a revoked one still ends on the explanation (the socket is refused as well).
    const joined = loadJoined(boardId, linkToken);
    if (joined) setPhase({ kind: 'live', title: '', linkToken, joined });
    const info = await fetchBoardInfo(boardId, linkToken);
    if (!info.ok) {
      if (joined && info.problem.status === 0) return; // offline: keep working from the device copy
      if (joined) forgetJoined(boardId, linkToken);
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

  switch (phase.kind) {
    case 'checking':
      return <PageLoading text={t('page.loading')} />;
    case 'problem':
      return <LinkProblemView problem={phase.problem} replaced={phase.replaced} lang={lang} onRetry={check} />;
    case 'join':
      return (
        <JoinDialog
          boardId={boardId}
          info={phase.info}
          linkToken={phase.linkToken}
          lang={lang}
          onLang={setLang}
          onJoined={(joined) => setPhase({ kind: 'live', title: phase.info.title, linkToken: phase.linkToken, joined })}
        />
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
