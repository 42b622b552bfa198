import type { BoardLevel } from '@/lib/allocation';
import type { Catalog } from '@/lib/catalog/schema';
import { translator, type Lang } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { arrangementName, levelName } from '@/lib/i18n/catalog-names';

type Props = { levels: readonly BoardLevel[]; catalog: Catalog; lang: Lang; title?: string };

/**
 * A board's arrangements (model 4), each with its columns in board order; nothing when no column
 * names one. Columns are named by their own name or kind, since the arrangement already tells them apart.
 */
export function ArrangementList({ levels, catalog, lang, title }: Props) {
  const t = translator(arrangementsText, lang);
  const groups = new Map<string, string[]>();
  for (const l of levels) {
    if (l.arrangement === undefined) continue;
    groups.set(l.arrangement, [...(groups.get(l.arrangement) ?? []), l.name ?? levelName(catalog, l.kind, lang)]);
  }
  if (groups.size === 0) return null;
  return (
    <div className="text-sm" data-testid="arrangement-list">
      <p className="font-semibold">{title ?? t('list.heading')}</p>
      <ul className="list-disc pl-5">
        {[...groups].map(([id, names]) => (
          <li key={id}>{t('list.item', { name: arrangementName(catalog, id, lang), levels: names.join(', ') })}</li>
        ))}
      </ul>
    </div>
  );
}
