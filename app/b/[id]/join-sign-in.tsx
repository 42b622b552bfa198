'use client';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import { signOut, useSignIn } from '@/app/components/use-sign-in';
import { translator, type Lang } from '@/lib/i18n';
import { joinText } from '@/lib/i18n/join';
import { signInText } from '@/lib/i18n/sign-in';
import type { Role } from '@/lib/roles';
import { call } from './session';
import { signInKeepingLink } from './sign-in-return';

const controlAnswer = z.object({ control: z.object({ signInRequired: z.optional(z.boolean()) }) });

/** What the join form needs to know about sign-in for this link. */
export type JoinSignInState =
  | { kind: 'loading' }
  /** Sign-in is off, or not needed and not done: the form asks for a name. */
  | { kind: 'typed'; offered: boolean }
  /** Sign-in is needed and not done: the form offers only signing in. */
  | { kind: 'needed'; why: 'facilitator' | 'board' }
  | { kind: 'signed-in'; name: string; organisation: string };

/**
 * Whether joining through this link goes with a typed name, needs a sign-in first, or goes as the
 * person signed in. The server decides in the end; this only spares a refused join.
 */
export function useJoinSignIn(boardId: string, linkToken: string, role: Role): JoinSignInState {
  const signIn = useSignIn();
  const [boardRequires, setBoardRequires] = useState<boolean | null>(null);
  const enabled = signIn?.enabled === true;
  // A facilitator link needs a sign-in whatever the board says, and opens nothing but the join until then.
  const asks = enabled && role !== 'facilitator';
  useEffect(() => {
    if (!asks) return;
    void call(controlAnswer, `/api/boards/${encodeURIComponent(boardId)}/control`, { headers: { authorization: `Bearer ${linkToken}` } }).then((r) =>
      setBoardRequires(r.ok ? r.value.control.signInRequired === true : false),
    );
  }, [asks, boardId, linkToken]);
  if (signIn === undefined) return { kind: 'loading' };
  if (!signIn?.enabled) return { kind: 'typed', offered: false };
  if (signIn.user) return { kind: 'signed-in', ...signIn.user };
  if (role === 'facilitator') return { kind: 'needed', why: 'facilitator' };
  if (boardRequires === null) return { kind: 'loading' };
  return boardRequires ? { kind: 'needed', why: 'board' } : { kind: 'typed', offered: true };
}

/** The sign-in part of the join form: an offer or a demand to sign in, or who is signed in (read-only). */
export function JoinSignIn({ state, lang }: { state: JoinSignInState; lang: Lang }) {
  const t = translator(signInText, lang);
  const tj = translator(joinText, lang);
  const signInButton = (primary: boolean) => (
    <button
      type="button"
      onClick={signInKeepingLink}
      className={primary ? 'w-full rounded bg-blue-800 px-3 py-2 font-medium text-white hover:bg-blue-700' : 'rounded border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-blue-900'}
    >
      {t('join.signIn')}
    </button>
  );
  switch (state.kind) {
    case 'loading':
      return null;
    case 'typed':
      return state.offered ? (
        <div className="flex flex-wrap items-center gap-2 rounded bg-slate-50 p-2 text-sm text-slate-700">
          <span className="flex-1">{t('join.signInOffer')}</span>
          {signInButton(false)}
        </div>
      ) : null;
    case 'needed':
      return (
        <div className="space-y-2">
          <p role="status" className="rounded bg-amber-50 p-2 text-amber-900">
            {state.why === 'facilitator' ? t('join.signInFacilitator') : t('join.signInBoard')}
          </p>
          {signInButton(true)}
        </div>
      );
    case 'signed-in':
      return (
        <div className="space-y-1 rounded bg-emerald-50 p-2 text-sm text-emerald-950" data-testid="join-signed-in">
          <p>{t('join.signedIn')}</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
            <dt className="font-medium">{tj('join.name')}</dt>
            <dd data-testid="join-signed-in-name">{state.name}</dd>
            <dt className="font-medium">{tj('join.organisation')}</dt>
            <dd>{state.organisation || '–'}</dd>
          </dl>
          <button type="button" onClick={() => void signOut()} className="text-sm text-blue-900 underline">
            {t('join.signOut')}
          </button>
        </div>
      );
  }
}
