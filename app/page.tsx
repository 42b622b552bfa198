import { allocationFromTemplate } from '@/lib/allocation';
import { templateBindings } from '@/lib/bindings';
import { catalog } from '@/lib/catalog';
import { computeConsequences } from '@/lib/consequences/engine';
import { BoardColumns } from './components/board-columns';
import { ConsequencePanel } from './components/consequence-panel';
import { StartBoard } from './components/start-board';
import { StartSignIn } from './components/start-sign-in';
import { TemplateList } from './components/template-list';
import { templateSummary } from './components/template-summary';

type Props = { searchParams: Promise<{ mal?: string | string[] }> };

/**
 * Home: starting a board first, then the templates described, and the chosen one (default
 * "Dagens ordning") as a read-only board with its consequences.
 */
export default async function Home({ searchParams }: Props) {
  const { mal } = await searchParams;
  const requested = typeof mal === 'string' ? mal : undefined;
  const baseline = catalog.templates.find((t) => t.id === 'dagens-ordning')!;
  const template = catalog.templates.find((t) => t.id === requested) ?? baseline;
  const allocation = allocationFromTemplate(template, catalog);
  const result = computeConsequences(allocation, catalog, [], { bindings: templateBindings(template) });
  const choices = catalog.templates.map((t) => ({ id: t.id, name: t.name.nb, summary: templateSummary(t, catalog) }));
  return (
    <main className="mx-auto max-w-[120rem] space-y-8 p-4 lg:p-8">
      <header>
        <h1 className="text-3xl font-bold">Ansvarstavla</h1>
        <p className="max-w-3xl text-slate-700">
          Hvem bør gjøre hva i helse- og omsorgstjenestene? Plasser oppgavene på kommune, fylkeskommune, spesialisthelsetjeneste eller nye nivåer, og se
          straks hva det betyr for penger, personell, pasientforløp, befolkningsgrunnlag og aktørenes standpunkter – med kilde til hvert tall.
        </p>
        <p className="max-w-3xl text-sm text-slate-500" lang="en">
          A board for dividing Norwegian health and care responsibilities between levels of government, with every consequence traced to its source.
        </p>
      </header>

      {requested && template.id !== requested ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2">
          Fant ingen mal med navnet «{requested}». Viser dagens ordning.
        </p>
      ) : null}

      {/* The form comes first: most who open the page come to start a board, and the long
          template texts below describe each choice (the choices point at them). */}
      <section aria-labelledby="start-h" className="max-w-5xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="start-h" className="text-2xl font-semibold">
          Start en tavle
        </h2>
        <p className="mb-3 text-sm text-slate-600">Gi tavla et navn, velg en mal og start. Du får én lenke per rolle å dele med deltakerne.</p>
        <StartSignIn>
          <StartBoard key={template.id} templates={choices} initial={template.id} labelledBy="start-h" />
        </StartSignIn>
      </section>

      <section aria-labelledby="templates-h">
        <h2 id="templates-h" className="text-2xl font-semibold">Maler å starte fra</h2>
        <p className="mb-2 text-sm text-slate-600">Malene er tolkninger av kildene, ikke aktørenes egne modeller. Hver flytting viser til linjene den bygger på.</p>
        <TemplateList catalog={catalog} selected={template.id} />
      </section>

      <section aria-labelledby="board-h">
        <h2 id="board-h" className="text-2xl font-semibold">
          {template.name.nb} <span className="text-base font-normal text-slate-600">({catalog.responsibilities.length} oppgaver, kun visning)</span>
        </h2>
        {result.ok ? (
          <div className="mt-3 space-y-8">
            <div className="overflow-x-auto">
              <BoardColumns allocation={allocation} catalog={catalog} consequences={result.value} />
            </div>
            <section aria-labelledby="consequences-h">
              <h2 id="consequences-h" className="mb-3 text-2xl font-semibold">Konsekvenser mot dagens ordning</h2>
              <ConsequencePanel consequences={result.value} catalog={catalog} lang="nb" />
            </section>
          </div>
        ) : (
          <p role="alert">Malen kunne ikke plasseres: {result.errors.map((e) => e.kind).join(', ')}</p>
        )}
      </section>
    </main>
  );
}
