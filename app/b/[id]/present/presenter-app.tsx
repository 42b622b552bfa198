'use client';
import { useEffect, useState } from 'react';
import { translator } from '@/lib/i18n';
// Only the board page fetches English on demand; this page may open in English, so it carries it.
import '@/lib/i18n/english';
import { workshopText } from '@/lib/i18n/workshop';
import { LiveClient } from '../live-client';
import { linkTokenFromHash } from '../session';
import { useLang } from '../use-lang';
import { PresenterView } from './presenter-view';
import { PageLoading } from '../page-loading';

/**
 * The presenter view's root: reads the token from the fragment and opens the board with the
 * same live client as the board page, used read-only. It publishes no presence, so the
 * projector is not counted among the people in the room.
 */
export function PresenterApp({ boardId }: { boardId: string }) {
  const [lang, setLang] = useLang();
  const t = translator(workshopText, lang);
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [client, setClient] = useState<LiveClient | null>(null);

  useEffect(() => {
    const read = () => setToken(linkTokenFromHash(location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (!token) return;
    const c = new LiveClient(boardId, token, { name: 'presenter', organisation: '', role: 'viewer' }, { keepOnDevice: false });
    c.provider.awareness.setLocalState(null);
    setClient(c);
    return () => {
      c.destroy();
      setClient(null);
    };
  }, [boardId, token]);

  if (token === null) {
    return (
      <main className="grid min-h-screen place-items-center p-6">
        <p role="alert" className="max-w-lg rounded-lg border border-red-200 bg-white p-6 text-xl text-red-900 shadow">
          {t('present.noLink')}
        </p>
      </main>
    );
  }
  if (!client || !token) {
    return <PageLoading text={t('present.loading')} large />;
  }
  return <PresenterView boardId={boardId} token={token} client={client} lang={lang} onLang={setLang} />;
}
