'use client';
import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n';
import { signInEn } from '@/lib/i18n/en/sign-in';
import { signInText } from '@/lib/i18n/sign-in';
import { signInPath } from '@/lib/sign-in';
import { signOut, useSignIn } from './use-sign-in';

const nb = translator(signInText, 'nb');
// The home page does not load every English table; this one is small, so it comes along.
const en = translator({ nb: signInText.nb, en: signInEn }, 'en');

/**
 * The start form behind sign-in when the server asks for it: a sign-in link until someone is
 * signed in, then who that is (with a way out) above the form. With sign-in off, and while the
 * server has not answered, the form shows as always. In Bokmål, with English beside it, as on the rest of the home page.
 */
export function StartSignIn({ children }: { children: ReactNode }) {
  const signIn = useSignIn();
  if (!signIn?.enabled) return children;
  if (!signIn.user) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          {nb('home.signInHint')} <span lang="en" className="text-slate-500">{en('home.signInHint')}</span>
        </p>
        <a href={signInPath('/')} className="inline-block rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-700">
          {nb('home.signIn')}
        </a>
        <span lang="en" className="ml-2 text-sm text-slate-500">
          ({en('home.signIn')})
        </span>
      </div>
    );
  }
  const who = signIn.user.organisation ? `${signIn.user.name} (${signIn.user.organisation})` : signIn.user.name;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="signed-in-as">
        <span>{nb('home.signedInAs', { name: who })}</span>
        <span lang="en" className="text-slate-500">
          ({en('home.signedInAs', { name: who })})
        </span>
        <button type="button" onClick={() => void signOut()} className="rounded border border-slate-300 bg-white px-2 py-0.5">
          {nb('home.signOut')} <span lang="en">/ {en('home.signOut')}</span>
        </button>
      </div>
      {children}
    </div>
  );
}
