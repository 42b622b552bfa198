'use client';
import { useCallback, useEffect, useState } from 'react';
import { translator } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { JoinDialog } from './join-dialog';
import { LinkProblemView } from './link-problem';
import { LiveBoard } from './live-board';
import { fetchBoardInfo, forgetJoined, linkTokenFromHash, loadJoined, type BoardInfo, type Joined, type LinkProblem } from './session';
import { useLang } from './use-lang';

type Phase =
  | { kind: 'checking' }
  | { kind: 'problem'; problem: LinkProblem | null }
  | { kind: 'join'; info: BoardInfo; linkToken: string }
  | { kind: 'live'; title: string; linkToken: string; joined: Joined };

/** The board page's states: read the link, check it, ask who you are, then go live. */
export function BoardApp({ boardId }: { boardId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(boardText, lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });

  const check = useCallback(async () => {
    setPhase({ kind: 'checking' });
    const linkToken = linkTokenFromHash(location.hash);
    if (!linkToken) return setPhase({ kind: 'problem', problem: null });
    // Someone who joined with this link before connects at once; the link is checked meanwhile
    // and a revoked one still ends on the explanation (the socket is refused as well).
    const joined = loadJoined(boardId, linkToken);
    if (joined) setPhase({ kind: 'live', title: '', linkToken, joined });
    const info = await fetchBoardInfo(boardId, linkToken);
    if (!info.ok) {
      if (joined && info.problem.status === 0) return; // offline: keep working from the device copy
      if (joined) forgetJoined(boardId, linkToken);
      return setPhase({ kind: 'problem', problem: info.problem });
    }
    if (joined && joined.role === info.value.role) setPhase({ kind: 'live', title: info.value.title, linkToken, joined });
    else setPhase({ kind: 'join', info: info.value, linkToken });
  }, [boardId]);

  useEffect(() => {
    performance.mark('board:app');
    void check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [check]);

  switch (phase.kind) {
    case 'checking':
      return (
        <main className="grid min-h-screen place-items-center" aria-busy="true">
          <p role="status" className="text-lg text-slate-600">
            {t('page.loading')}
          </p>
        </main>
      );
    case 'problem':
      return <LinkProblemView problem={phase.problem} lang={lang} onRetry={check} />;
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
          onRejected={() => {
            // The stored participant token no longer works (the link was rotated): ask again.
            forgetJoined(boardId, phase.linkToken);
            void check();
          }}
        />
      );
  }
}
