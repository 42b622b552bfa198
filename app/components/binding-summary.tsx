import { BINDING_SOURCE } from '@/lib/bindings';
import type { Catalog } from '@/lib/catalog/schema';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { SourceRef } from './source-ref';

type Props = { bindings: readonly string[] | undefined; catalog: Catalog; lang: Lang; title: string; showNone?: boolean };

/**
 * The pathways a board or proposal marks as binding cross-level pathways (Kdf), by name; "none"
 * only where asked (beside another side that has some), else nothing.
 */
export function BindingSummary({ bindings, catalog, lang, title, showNone = false }: Props) {
  const t = translator(panelText, lang);
  const bound = catalog.pathways.filter((p) => bindings?.includes(p.id));
  if (bound.length === 0 && !showNone) return null;
  return (
    <div className="text-sm" data-testid="binding-summary">
      <p className="font-semibold">{title}</p>
      {bound.length === 0 ? (
        <p className="text-slate-600">{t('bindings.none')}</p>
      ) : (
        <>
          <ul className="list-disc pl-5">
            {bound.map((p) => (
              <li key={p.id} data-pathway={p.id}>
                {p.name[lang]}
              </li>
            ))}
          </ul>
          <p className="text-slate-600">
            {t('handoffs.boundNote')} <SourceRef source={BINDING_SOURCE} lang={lang} />
          </p>
        </>
      )}
    </div>
  );
}
