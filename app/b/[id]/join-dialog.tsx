'use client';
import { useState, type FormEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { joinText } from '@/lib/i18n/join';
import { LangSwitch } from './lang-switch';
import { TextField } from './text-field';
import { joinBoard, loadProfile, saveProfile } from './join-session';
import { JoinSignIn, useJoinSignIn } from './join-sign-in';
import { saveJoined, type BoardInfo, type Joined } from './session';

type Props = { boardId: string; info: BoardInfo; linkToken: string; lang: Lang; onLang: (l: Lang) => void; onJoined: (j: Joined) => void };

/** Asks for a display name and organisation (remembered on the device) and joins the board. */
export function JoinDialog({ boardId, info, linkToken, lang, onLang, onJoined }: Props) {
  const t = translator(joinText, lang);
  const [profile, setProfile] = useState(loadProfile);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = useJoinSignIn(boardId, linkToken, info.role);
  const signedIn = signIn.kind === 'signed-in' ? signIn : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Signed in, the server names the person from the sign-in and ignores what is sent.
    const entered = signedIn ? { name: signedIn.name, organisation: signedIn.organisation } : { name: profile.name.trim(), organisation: profile.organisation.trim() };
    if (!entered.name) return setError(t('join.nameRequired'));
    setBusy(true);
    setError(null);
    if (!signedIn) saveProfile(entered);
    const joined = await joinBoard(boardId, linkToken, entered);
    setBusy(false);
    if (!joined.ok) return setError(t('join.failed', { reason: joined.problem.status === 0 ? t('link.network') : joined.problem.message }));
    saveJoined(boardId, linkToken, joined.value);
    onJoined(joined.value);
  }

  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div role="dialog" aria-modal="true" aria-labelledby="join-h" className="w-full max-w-md space-y-4 rounded-lg bg-white p-6 shadow-lg">
        <div className="flex items-start justify-between gap-4">
          <h1 id="join-h" className="text-2xl font-semibold">
            {t('join.heading', { title: info.title })}
          </h1>
          <LangSwitch lang={lang} onLang={onLang} />
        </div>
        <p className="text-slate-700">{t('join.intro', { role: translator(boardText, lang)(`role.${info.role}`) })}</p>
        <JoinSignIn state={signIn} lang={lang} />
        <form onSubmit={submit} className="space-y-3" noValidate hidden={signIn.kind === 'needed'}>
          {signedIn ? null : (
            <>
              <TextField label={t('join.name')} value={profile.name} maxLength={60} autoComplete="name" autoFocus required onChange={(name) => setProfile({ ...profile, name })} />
              <TextField
                label={t('join.organisation')}
                value={profile.organisation}
                maxLength={80}
                autoComplete="organization"
                hint={t('join.organisationHint')}
                onChange={(organisation) => setProfile({ ...profile, organisation })}
              />
            </>
          )}
          {error ? (
            <p role="alert" className="rounded bg-red-50 p-2 text-red-900">
              {error}
            </p>
          ) : null}
          <button type="submit" disabled={busy} className="w-full rounded bg-blue-800 px-3 py-2 font-medium text-white hover:bg-blue-700 disabled:opacity-60">
            {busy ? t('join.busy') : t('join.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
