import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, namesFromInputs } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { ExplanationDetails } from './explanation';
import { SourceRef } from './source-ref';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang };

/**
 * The law and financing part of the panel: acts to amend, cards whose financing basis changes,
 * and what the sources leave open, each in its own list so an open question never reads as a change.
 */
export function GovernanceLists({ consequences: c, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const others = namesFromInputs(c.money.explanation.inputs);
  const cards = (ids: string[]) => ids.map((id) => cardName(catalog, id, lang, others)).join(', ');
  const act = (id: string) => catalog.laws.find((l) => l.id === id)?.short ?? id;
  const regime = (id: string) => catalog.financing.find((f) => f.id === id)?.name[lang] ?? id;
  const open = [...c.law.open, ...c.financing.open];
  // One act can be touched for two reasons (it loses one card's duty and takes in another's): one line per act.
  const byAct = [...c.law.changes.reduce((m, a) => m.set(a.law, [...(m.get(a.law) ?? []), a]), new Map<string, typeof c.law.changes>())];
  const heading = 'mt-3 text-sm font-semibold';
  const none = <p className="text-sm text-slate-600">{t('gov.none')}</p>;
  return (
    <>
      <h4 className={heading}>{t('gov.lawsHeading', { count: c.law.count.value })}</h4>
      {byAct.length === 0 ? none : (
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="law-changes">
          {byAct.map(([law, reasons]) => (
            <li key={law} data-law={law}>
              <span className="font-medium">{act(law)}</span>
              <ul className="space-y-0.5">
                {reasons.map((a) => (
                  <li key={a.why.en}>
                    {a.why[lang]} {t('gov.cards', { list: cards(a.responsibilities) })} <SourceRef source={a.source} lang={lang} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <ExplanationDetails explanation={c.law.count.explanation} lang={lang} />

      <h4 className={heading}>{t('gov.financingHeading', { count: c.financing.count.value })}</h4>
      {c.financing.changes.length === 0 ? none : (
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="financing-changes">
          {c.financing.changes.map((f) => (
            <li key={f.responsibility} data-financing-card={f.responsibility}>
              {t('gov.financingChange', { card: cards([f.responsibility]), from: regime(f.fromFinancing), to: regime(f.toFinancing) })} ({t(`basis.${f.fromBasis}`)} → {t(`basis.${f.toBasis}`)})
            </li>
          ))}
        </ul>
      )}
      <ExplanationDetails explanation={c.financing.count.explanation} lang={lang} />

      <h4 className={heading}>{t('gov.openHeading', { count: open.length })}</h4>
      {open.length === 0 ? none : (
        <>
          <p className="text-sm text-slate-600">{t('gov.openNote')}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="open-questions">
            {open.map((q) => (
              <li key={q.id} data-question={q.id}>
                {q.question[lang]} {t('gov.cards', { list: cards(q.responsibilities) })} <SourceRef source={q.source} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
      {/* Asked of every model, so shown on every board, today's included; never counted above. */}
      <h5 className="mt-2 text-sm font-medium">{t('gov.commonHeading')}</h5>
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="common-questions">
        {c.law.common.map((q) => (
          <li key={q.id} data-question={q.id}>
            {q.question[lang]} <SourceRef source={q.source} lang={lang} />
          </li>
        ))}
      </ul>
    </>
  );
}
