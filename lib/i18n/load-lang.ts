import type { Lang } from './index';

// Module state on purpose: a page (or the server, or a test run) has one set of dictionary
// objects shared by every reader, and English, once registered, stays for the life of that page.
const registered = new Set<Lang>(['nb']);
let english: Promise<void> | undefined;

/** Whether a language's texts are in place, so a page may switch to it at once. Bokmål always is. */
export const isLangLoaded = (lang: Lang): boolean => registered.has(lang);

/** Records that every table of a language is in place; english.ts calls it once it has registered them all. */
export function markLangLoaded(lang: Lang): void {
  registered.add(lang);
}

/**
 * Puts a language's texts in place, fetching English on first use: resolves at once for a language
 * already there. A failed fetch (offline, a build replaced underneath) rejects, and the next call
 * tries again.
 */
export function loadLang(lang: Lang): Promise<void> {
  if (isLangLoaded(lang)) return Promise.resolve();
  english ??= import('./english').then(
    () => undefined,
    (error: unknown) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}
