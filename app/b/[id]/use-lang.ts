'use client';
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANG, langSchema, type Lang } from '@/lib/i18n';

const KEY = 'ansvarstavla:lang';

/** The page language: Bokmål unless this device chose English; kept on the device and on <html lang>. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(DEFAULT_LANG);
  useEffect(() => {
    try {
      const stored = langSchema.safeParse(localStorage.getItem(KEY));
      if (stored.success) setLangState(stored.data);
    } catch {
      // No storage: stay with the default language.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // No storage: the choice lasts for this page only.
    }
  }, []);
  return [lang, setLang];
}
