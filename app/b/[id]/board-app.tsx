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
  | { kind: 'live'; info: BoardInfo; linkToken: string; joined: Joined };

/** The board page's states: read the link, check it, ask who you are, then go live. */
export function BoardApp({ boardId }: { boardId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(boardText, lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });

  const check = useCallback(async () => {
    setPhase({ kind: 'checking' });
    const linkToken = linkTokenFromHash(location.hash);
    if (!linkToken) return setPhase({ kind: 'problem', problem: null });
    const info = await fetchBoardInfo(boardId, linkToken);
    if (!info.ok) return setPhase({ kind: 'problem', problem: info.problem });
    const joined = loadJoined(boardId, linkToken);
    // A remembered participant token only stands in for this very link and role.
    if (joined && joined.role === info.value.role) setPhase({ kind: 'live', info: info.value, linkToken, joined });
    else setPhase({ kind: 'join', info: info.value, linkToken });
  }, [boardId]);

  useEffect(() => {
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
          onJoined={(joined) => setPhase({ kind: 'live', info: phase.info, linkToken: phase.linkToken, joined })}
        />
      );
    case 'live':
      return (
        <LiveBoard
          key={phase.joined.token}
          boardId={boardId}
          info={phase.info}
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
