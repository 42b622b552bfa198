'use client';
import { useEffect, useState } from 'react';
import { signInStateSchema, type SignInState } from '@/lib/sign-in';

// One question per page load, however many badges and forms ask: who is signed in does not
// change without a page load (signing in and out both navigate or reload).
let asked: Promise<SignInState | null> | null = null;

function askServer(): Promise<SignInState | null> {
  asked ??= fetch('/api/auth/me', { cache: 'no-store' })
    .then((res) => res.json())
    .then((body: unknown) => signInStateSchema.safeParse(body).data ?? null)
    // An older server or no network: the page acts as if sign-in were off, and the server still gates what needs it.
    .catch(() => null);
  return asked;
}

/** The server's sign-in state as GET /api/auth/me answers it; undefined while asking, null when it could not be read. */
export function useSignIn(): SignInState | null | undefined {
  const [state, setState] = useState<SignInState | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void askServer().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Ends the session on this browser and reloads, so every part of the page sees it. */
export async function signOut(): Promise<void> {
  await fetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  location.reload();
}
