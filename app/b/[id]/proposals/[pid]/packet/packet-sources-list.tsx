import { catalog } from '@/lib/catalog';
import type { Source } from '@/lib/catalog/schema';
import { describeSource } from '@/lib/catalog/sources';
import { SourcePlace } from '@/app/components/source-ref';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelName } from '@/lib/i18n/catalog-names';
import { packetText } from '@/lib/i18n/packet';
import { panelText } from '@/lib/i18n/panel';
import { sourcesOfMoved } from './packet-sources';

/** The sources behind the moved responsibilities' figures and the positions about them, written out so they survive printing. */
export function PacketSources({ moved, lang }: { moved: readonly string[]; lang: Lang }) {
  const t = translator(packetText, lang);
  const p = translator(panelText, lang);
  const groups = sourcesOfMoved(moved, catalog);
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h" className="text-xl font-semibold">
        {t('sources.heading')}
      </h2>
      {groups.length === 0 ? (
        <p className="mt-1 text-slate-600">{t('sources.none')}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-600">{t('sources.intro')}</p>
          {groups.map((g) => {
            const card = cardName(catalog, g.card, lang);
            return (
              <div key={g.card} className="mt-3 space-y-2" data-testid="packet-sources">
                <h3 className="font-semibold">{t('sources.figures', { card })}</h3>
                <ul className="list-disc space-y-0.5 pl-5">
                  {g.figures.map((s) => (
                    <li key={`${s.ref} ${s.locator}`} className="break-inside-avoid">
                      <PrintedSource source={s} lang={lang} />
                    </li>
                  ))}
                </ul>
                {g.positions.length > 0 ? (
                  <>
                    <h3 className="font-semibold">{t('sources.positions', { card })}</h3>
                    <ul className="list-disc space-y-1 pl-5">
                      {g.positions.map(({ position, sources }) => {
                        const who = catalog.stakeholders.find((s) => s.id === position.stakeholder)?.name ?? position.stakeholder;
                        const where = position.levels.map((kind) => levelName(catalog, kind, lang)).join('/');
                        return (
                          <li key={position.id} className="break-inside-avoid">
                            <span className="font-medium">{who}</span>: {p(`stance.${position.stance}`)} {where}. {position.summary[lang]}
                            <ul className="pl-2 text-slate-700">
                              {sources.map((s) => (
                                <li key={`${s.ref} ${s.locator}`}>
                                  <PrintedSource source={s} lang={lang} />
                                </li>
                              ))}
                            </ul>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                ) : null}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** A citation for paper: the document's title and the place in it, and a web page's whole address, since paper has no links. */
function PrintedSource({ source, lang }: { source: Source; lang: Lang }) {
  const d = describeSource(source, lang);
  if (d.url) {
    return (
      <span>
        {d.title}, <SourcePlace place={d.locator} lang={lang} /> –{' '}
        <a href={d.url} className="break-all text-blue-800 underline decoration-dotted underline-offset-2" rel="noreferrer" target="_blank">
          {d.url}
        </a>
      </span>
    );
  }
  return (
    <cite className="not-italic">
      {d.title}, {d.locator}
    </cite>
  );
}
