'use client';
import { useEffect, type ReactNode } from 'react';
import type { BoardProjection } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import { isSourced, type FigureOrMissing } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardDetailsText } from '@/lib/i18n/card-details';
import { levelName } from '@/lib/i18n/catalog-names';
import { erasedText } from '@/lib/i18n/erased';
import { panelText } from '@/lib/i18n/panel';
import { shownName } from '@/lib/erased-name';
import { SourceList, SourceRef } from '@/app/components/source-ref';
import { CommentBadge } from '../comments/comment-badge';
import type { BoardComments } from '../comments/use-board-comments';

type Props = {
  card: string;
  projection: BoardProjection;
  consequences: Consequences | null;
  labels: Map<string, string>;
  comments: BoardComments;
  lang: Lang;
  onClose: () => void;
};

/**
 * One card's details beside the board: where it sits, its figures each with its source (or the
 * note saying why there is none), its act and financing, and its comment badge. A custom card
 * shows its figures as the assumptions they are. Escape or the close button closes it.
 */
export function CardDetails({ card, projection, consequences, labels, comments, lang, onClose }: Props) {
  const t = translator(cardDetailsText, lang);
  const responsibility = catalog.responsibilities.find((r) => r.id === card);
  const custom = projection.custom.find((c) => c.id === card);
  // A card whose author erased their part keeps an empty author text.
  const customAuthor = custom ? shownName({ name: custom.author }, translator(erasedText, lang)('erased.name')) : '';
  const placement = projection.allocation.placements.find((p) => p.responsibility === card);
  const name = responsibility?.name[lang] ?? custom?.name ?? card;
  const conflicts = consequences?.positions.results.filter((r) => r.responsibility === card && r.status === 'contradicted').length ?? 0;
  const moved = consequences?.moves.find((m) => m.responsibility === card);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <section
      aria-label={t('details.label', { card: name })}
      data-testid="card-details"
      data-card={card}
      className="sticky top-0 z-20 mb-3 max-h-[45vh] overflow-y-auto rounded-lg border border-blue-300 bg-white p-3 shadow-md"
    >
      <div className="flex items-start gap-2">
        <h2 className="min-w-0 flex-1 text-lg font-semibold">
          {name}
        </h2>
        <CommentBadge name={name} summary={comments.summaries.get(`card:${card}`)} canComment={comments.canComment} lang={lang} onOpen={() => comments.open(`card:${card}`)} />
        <button type="button" onClick={onClose} aria-label={t('details.close')} title={t('details.close')} className="rounded px-2 text-lg leading-none text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          ×
        </button>
      </div>
      {!placement ? <p className="text-sm text-slate-600">{t('details.gone')}</p> : null}
      {responsibility ? <p className="text-sm text-slate-700">{responsibility.gloss[lang]}</p> : null}
      {placement ? (
        <p className="mt-1 text-sm">
          {t('details.level', { level: labels.get(placement.level) ?? placement.level })}
          {moved ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('details.movedFrom', { level: levelName(catalog, moved.from, lang) })}</span> : null}
        </p>
      ) : null}
      {conflicts > 0 ? <p className="mt-1 text-sm text-red-800">{t('details.conflicts', { count: conflicts })}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {responsibility ? (
          <>
            <Row term={t('details.cost')}>
              <Figure figure={responsibility.figures.cost} lang={lang} />
            </Row>
            <Row term={t('details.staff')}>
              <Figure figure={responsibility.figures.staff} lang={lang} />
            </Row>
            <Row term={t('details.population')}>
              <Figure figure={responsibility.figures.populationBase} lang={lang} />
            </Row>
            {responsibility.figures.volumes.length > 0 ? (
              <Row term={t('details.volumes')}>
                <ul>
                  {responsibility.figures.volumes.map((v, i) => (
                    <li key={i}>
                      <Figure figure={v} lang={lang} />
                    </li>
                  ))}
                </ul>
              </Row>
            ) : null}
            <LawAndFinancing laws={responsibility.laws} financing={responsibility.financing} lang={lang} />
            <Row term={t('details.sources')}>
              <SourceList sources={responsibility.sources} lang={lang} />
            </Row>
          </>
        ) : custom ? (
          <>
            <Row term={t('details.cost')}>{custom.cost === undefined ? '–' : `${formatNok(custom.cost, lang)} (${t('details.assumption', { author: customAuthor })})`}</Row>
            <Row term={t('details.staff')}>{custom.staff === undefined ? '–' : `${formatNumber(custom.staff, 1, lang)} (${t('details.assumption', { author: customAuthor })})`}</Row>
            {custom.note ? <Row term={t('details.sources')}>{t('details.note', { note: custom.note })}</Row> : null}
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

function Figure({ figure, lang }: { figure: FigureOrMissing; lang: Lang }) {
  const p = translator(panelText, lang);
  const t = translator(cardDetailsText, lang);
  if (!isSourced(figure)) return <span className="text-slate-500 italic">{t('details.missing', { note: figure.note[lang] })}</span>;
  // A population base may be a range (schema: populationBaseSchema); both ends are shown.
  const high = 'high' in figure && typeof figure.high === 'number' ? `–${formatNumber(figure.high, 1, lang)}` : '';
  const value = figure.unit === 'NOK' ? formatNok(figure.value, lang) : `${formatNumber(figure.value, 1, lang)}${high} ${p(`unit.${figure.unit}`)}`;
  return (
    <span>
      {value} ({figure.year}) – <SourceRef source={figure.source} lang={lang} />
      {figure.note ? <span className="text-slate-500"> ({figure.note[lang]})</span> : null}
    </span>
  );
}

function LawAndFinancing({ laws, financing, lang }: { laws: string[]; financing: string; lang: Lang }) {
  const t = translator(cardDetailsText, lang);
  const p = translator(panelText, lang);
  const acts = laws.flatMap((id) => catalog.laws.filter((l) => l.id === id));
  const money = catalog.financing.find((f) => f.id === financing);
  return (
    <>
      {acts.length > 0 ? (
        <Row term={t('details.law')}>
          <ul>
            {acts.map((act) => (
              <li key={act.id}>
                {act.name} – <SourceRef source={act.source} lang={lang} />
              </li>
            ))}
          </ul>
        </Row>
      ) : null}
      {money ? (
        <Row term={t('details.financing')}>
          {money.name[lang]} ({p(`basis.${money.basis}`)}) – <SourceRef source={money.source} lang={lang} />
        </Row>
      ) : null}
    </>
  );
}
