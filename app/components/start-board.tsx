'use client';
import { useEffect, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { roleSchema, type Role } from '@/lib/roles';
import { templateAboutId } from './template-summary';

/** What POST /api/boards answers: the board id and one capability link per role. */
const createdSchema = z.object({ id: z.string(), links: z.record(roleSchema, z.string()) });
const problemSchema = z.object({ error: z.string(), fields: z.record(z.string(), z.array(z.string())).optional() });
/** What GET /api/boards/requirements answers; only the part this form reads. */
const requirementsSchema = z.object({ createKey: z.boolean() });
const KEY_PROBLEM: Record<string, string> = {
  missing: 'denne serveren krever en opprettelsesnøkkel',
  wrong: 'opprettelsesnøkkelen stemmer ikke',
};

const ROLE_TEXT: Record<Role, { name: string; hint: string }> = {
  facilitator: { name: 'Fasilitator', hint: 'styrer tavla; hold denne lenken for deg selv' },
  editor: { name: 'Redigere', hint: 'kan flytte kort og lagre forslag' },
  commenter: { name: 'Kommentere', hint: 'ser tavla live og kan kommentere' },
  viewer: { name: 'Se', hint: 'ser tavla live, kan ikke endre' },
};

type State = { phase: 'idle' } | { phase: 'busy' } | { phase: 'failed'; message: string } | { phase: 'done'; links: Record<string, string> };

/** A template as the form offers it: its id, its name and a one-line summary (who, how much moves). */
export type TemplateChoice = { id: string; name: string; summary: string };

type Props = {
  templates: readonly TemplateChoice[];
  /** The template chosen when the form opens: the one the page previews. */
  initial: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
};

/**
 * Starts a live board from a chosen template and hands out its four links: a title, one choice
 * per template (each described by its long text further down the page), and a start button.
 * The links carry their token in the fragment; they are shown once here and never stored by the page.
 */
export function StartBoard({ templates, initial, labelledBy }: Props) {
  const [template, setTemplate] = useState(initial);
  const chosen = templates.find((t) => t.id === template) ?? templates[0]!;
  // The title follows the chosen template until the person writes one of their own.
  const [typed, setTyped] = useState<string | null>(null);
  const title = typed ?? `Verksted: ${chosen.name}`;
  const [state, setState] = useState<State>({ phase: 'idle' });
  // Whether the server wants a creation key: asked once; a refusal that names the key turns the field on as well.
  const [needsKey, setNeedsKey] = useState(false);
  const [createKey, setCreateKey] = useState('');
  useEffect(() => {
    fetch('/api/boards/requirements')
      .then((res) => res.json())
      .then((body: unknown) => setNeedsKey(requirementsSchema.safeParse(body).data?.createKey ?? false))
      // Unanswered, the form stays as it is; the server's refusal tells the person if a key is needed.
      .catch(() => undefined);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState({ phase: 'busy' });
    try {
      // In the body, not a header: a header carries only Latin-1, and a key may hold any letter.
      const sent = needsKey ? { title, template: chosen.id, createKey } : { title, template: chosen.id };
      const res = await fetch('/api/boards', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) });
      const body: unknown = await res.json().catch(() => null);
      const created = createdSchema.safeParse(body);
      if (res.ok && created.success) {
        const absolute = Object.fromEntries(Object.entries(created.data.links).map(([role, link]) => [role, new URL(link, location.origin).href]));
        setState({ phase: 'done', links: absolute });
      } else {
        const problem = problemSchema.safeParse(body);
        const keyProblem = problem.data?.fields?.createKey?.[0];
        if (keyProblem) setNeedsKey(true);
        setState({ phase: 'failed', message: (keyProblem && KEY_PROBLEM[keyProblem]) || (problem.success ? problem.data.error : `HTTP ${res.status}`) });
      }
    } catch {
      setState({ phase: 'failed', message: 'fikk ikke kontakt med serveren' });
    }
  };

  if (state.phase === 'done') {
    return (
      <div className="rounded-lg border border-green-300 bg-green-50 p-3" role="status">
        <p className="font-semibold">Tavla «{title}» er opprettet. Del lenkene etter rolle:</p>
        <ul className="mt-2 space-y-2">
          {roleSchema.options.map((role) => (
            <li key={role} className="flex flex-wrap items-center gap-2">
              <a href={state.links[role]} className="font-medium text-blue-900 underline" data-role={role}>
                {ROLE_TEXT[role].name}
              </a>
              <span className="text-sm text-slate-600">– {ROLE_TEXT[role].hint}</span>
              <CopyButton text={state.links[role] ?? ''} label={`Kopier lenken for ${ROLE_TEXT[role].name.toLowerCase()}`} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby={labelledBy}>
      <label className="flex flex-col text-sm font-medium">
        Tittel på tavla
        <input
          value={title}
          onChange={(e) => setTyped(e.target.value)}
          required
          maxLength={120}
          className="mt-1 w-full max-w-md rounded border border-slate-300 px-2 py-1 font-normal"
        />
      </label>
      {needsKey ? (
        <div className="flex flex-col text-sm">
          <label htmlFor="create-key" className="font-medium">
            Opprettelsesnøkkel <span lang="en" className="font-normal text-slate-600">(Creation key)</span>
          </label>
          <span id="create-key-hint" className="text-xs text-slate-600">
            Denne serveren krever en nøkkel for å starte tavler. Du får den av dem som driver tjenesten.
          </span>
          <input
            id="create-key"
            type="password"
            value={createKey}
            onChange={(e) => setCreateKey(e.target.value)}
            required
            autoComplete="off"
            aria-describedby="create-key-hint"
            className="mt-1 w-full max-w-md rounded border border-slate-300 px-2 py-1"
          />
        </div>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium">Mal å starte fra</legend>
        <p className="text-sm text-slate-600">
          Hver mal er beskrevet under <a href="#templates-h" className="text-blue-900 underline">Maler å starte fra</a>, med kildene den bygger på.
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {templates.map((t) => (
            <label
              key={t.id}
              className="flex cursor-pointer gap-2 rounded border border-slate-300 bg-white p-2 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600"
            >
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={t.id === chosen.id}
                onChange={() => setTemplate(t.id)}
                aria-describedby={templateAboutId(t.id)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{t.name}</span>
                <span className="block text-xs text-slate-600">{t.summary}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={state.phase === 'busy' || title.trim() === ''} className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white disabled:opacity-50">
        {state.phase === 'busy' ? 'Oppretter …' : `Start en tavle fra «${chosen.name}»`}
      </button>
      {state.phase === 'failed' ? (
        <p role="alert" className="text-sm text-red-800">
          Tavla ble ikke opprettet: {state.message}
        </p>
      ) : null}
    </form>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      className="rounded border border-slate-300 bg-white px-2 py-0.5 text-sm"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false));
      }}
    >
      {copied ? 'Kopiert' : 'Kopier'}
    </button>
  );
}
