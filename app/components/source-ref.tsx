import type { Source } from '@/lib/catalog/schema';
import { describeSource } from '@/lib/catalog/sources';
import type { Lang } from '@/lib/i18n';

/**
 * A web page's locator names a Norwegian table or section and stays in Bokmål in either language,
 * so it is marked as Bokmål for screen readers (and for the language check) on the English page.
 */
export function SourcePlace({ place, lang }: { place: string; lang: Lang }) {
  return lang === 'nb' ? <>{place}</> : <span lang="nb">{place}</span>;
}

/** A citation: the document's title and the place in it, linked when the source is a web page. */
export function SourceRef({ source, lang }: { source: Source; lang: Lang }) {
  const d = describeSource(source, lang);
  if (d.url) {
    return (
      <a href={d.url} className="text-blue-800 underline decoration-dotted underline-offset-2" rel="noreferrer" target="_blank">
        {d.title}, <SourcePlace place={d.locator} lang={lang} />
      </a>
    );
  }
  return (
    <cite className="not-italic text-slate-700">
      {d.title}, {d.locator}
    </cite>
  );
}

/** Several citations separated by semicolons. */
export function SourceList({ sources, lang }: { sources: Source[]; lang: Lang }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          <SourceRef source={s} lang={lang} />
        </span>
      ))}
    </>
  );
}
