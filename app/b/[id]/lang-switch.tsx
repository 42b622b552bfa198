import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { useLangLoading } from './use-lang';

/**
 * One button that flips between Bokmål and English, labelled in the language it switches to.
 * While the other language's texts are fetched it says it is busy and takes no second press;
 * it stays focusable and keeps its name, so a keyboard user stays where they were.
 */
export function LangSwitch({ lang, onLang }: { lang: Lang; onLang: (l: Lang) => void }) {
  const t = translator(boardText, lang);
  const busy = useLangLoading();
  const next: Lang = lang === 'nb' ? 'en' : 'nb';
  return (
    <button
      type="button"
      lang={next}
      title={t('toolbar.languageHint')}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onLang(next);
      }}
      className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 aria-disabled:cursor-progress aria-disabled:bg-slate-100"
    >
      {t('toolbar.language')}
    </button>
  );
}
