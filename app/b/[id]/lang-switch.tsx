import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';

/** One button that flips between Bokmål and English, labelled in the language it switches to. */
export function LangSwitch({ lang, onLang }: { lang: Lang; onLang: (l: Lang) => void }) {
  const t = translator(boardText, lang);
  const next: Lang = lang === 'nb' ? 'en' : 'nb';
  return (
    <button
      type="button"
      lang={next}
      title={t('toolbar.languageHint')}
      onClick={() => onLang(next)}
      className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
    >
      {t('toolbar.language')}
    </button>
  );
}
