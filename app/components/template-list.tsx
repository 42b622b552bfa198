import type { Catalog } from '@/lib/catalog/schema';
import { SourceList } from './source-ref';
import { templateAboutId, templateSummary } from './template-summary';

/** The proposals to start from, each with its author, what it moves and the lines it rests on. */
export function TemplateList({ catalog, selected }: { catalog: Catalog; selected: string }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {catalog.templates.map((t) => (
        <li key={t.id} className={`rounded-lg border bg-white p-3 ${t.id === selected ? 'border-blue-700 ring-2 ring-blue-200' : 'border-slate-200'}`} data-testid="template">
          <a href={`/?mal=${t.id}`} className="text-lg font-semibold text-blue-900 underline-offset-2 hover:underline" aria-current={t.id === selected ? 'page' : undefined}>
            {t.name.nb}
          </a>
          <p className="text-sm text-slate-600">{templateSummary(t, catalog)}</p>
          <p id={templateAboutId(t.id)} className="mt-1 text-sm">
            {t.description.nb}
          </p>
          <p className="mt-1 text-xs text-slate-600">
            Kilder:{' '}
            {/* The start page speaks Bokmål only. */}
            <SourceList sources={t.sources} lang="nb" />
          </p>
        </li>
      ))}
    </ul>
  );
}
