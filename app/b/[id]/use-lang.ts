'use client';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { DEFAULT_LANG, langSchema, type Lang } from '@/lib/i18n';
import { isLangLoaded, loadLang } from '@/lib/i18n/load-lang';

const KEY = 'ansvarstavla:lang';

// How many language fetches are under way on this page. Module state, because every switch on
// the page shows the same fetch: English loads once, whichever control asked for it.
let fetching = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A language's texts in place: true once they are, false (and a warning) when they cannot be fetched. */
async function fetchLang(lang: Lang): Promise<boolean> {
  if (isLangLoaded(lang)) return true;
  fetching++;
  notify();
  try {
    await loadLang(lang);
    return true;
  } catch (error) {
    // Offline before this device ever fetched English, or a build replaced underneath: the page
    // stays in the language it shows rather than showing none.
    console.warn('board: texts for this language could not be loaded', lang, error);
    return false;
  } finally {
    fetching--;
    notify();
  }
}

/** Whether the page is fetching a language's texts; a language switch shows itself busy meanwhile. */
export function useLangLoading(): boolean {
  return useSyncExternalStore(subscribe, () => fetching > 0, () => false);
}

function storedLang(): Lang | null {
  try {
    const stored = langSchema.safeParse(localStorage.getItem(KEY));
    return stored.success ? stored.data : null;
  } catch {
    // No storage: stay with the default language.
    return null;
  }
}

/**
 * The page language: Bokmål unless this device chose English; kept on the device and on
 * <html lang>. A language is switched to only once its texts are in place (English is fetched
 * on first use), so no one who chose English sees Bokmål in its stead. The third value is false
 * while the texts of a language stored on this device are fetched as the page opens: show the
 * page's loading state until then, not the page in Bokmål.
 */
export function useLang(): [lang: Lang, setLang: (lang: Lang) => void, ready: boolean] {
  const [lang, setLangState] = useState<Lang>(DEFAULT_LANG);
  const [opening, setOpening] = useState(false);
  // The language last asked for: a fetch that ends after a later choice must not undo it.
  const wanted = useRef<Lang>(DEFAULT_LANG);

  useEffect(() => {
    const stored = storedLang();
    if (stored === null || stored === DEFAULT_LANG) return;
    wanted.current = stored;
    if (isLangLoaded(stored)) {
      setLangState(stored);
      return;
    }
    setOpening(true);
    void fetchLang(stored).then((loaded) => {
      if (loaded && wanted.current === stored) setLangState(stored);
      setOpening(false);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    wanted.current = next;
    const show = () => {
      setLangState(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // No storage: the choice lasts for this page only.
      }
    };
    if (isLangLoaded(next)) return show();
    void fetchLang(next).then((loaded) => {
      if (loaded && wanted.current === next) show();
    });
  }, []);
  return [lang, setLang, !opening];
}
