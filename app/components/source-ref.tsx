import type { Source } from '@/lib/catalog/schema';
import { describeSource } from '@/lib/catalog/sources';

/** A citation: a link for a web source, the seed's title and lines for a seed file. */
export function SourceRef({ source }: { source: Source }) {
  const d = describeSource(source);
  if (d.url) {
    return (
      <a href={d.url} className="text-blue-800 underline decoration-dotted underline-offset-2" rel="noreferrer" target="_blank">
        {d.label}
      </a>
    );
  }
  return (
    <cite className="not-italic text-slate-700" title={source.ref}>
      {d.label}
    </cite>
  );
}

/** Several citations separated by semicolons. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          <SourceRef source={s} />
        </span>
      ))}
    </>
  );
}
