import * as z from 'zod/mini';
import type { LevelKind, Source, Text } from './catalog/schema';
import { SEEDS } from './catalog/seeds';

/**
 * Questions the sources leave open that a board may settle. Each starts `open`, which the engine
 * shows as an open question, never as a silent default. A board stores its answers in the
 * document's `choices` map; a proposal records them beside its allocation.
 */
export const choicesSchema = z.object({
  /** Sketch 1b: are the new regions elected directly or indirectly? */
  'region-election': z._default(z.enum(['direct', 'indirect', 'open']), 'open'),
  /** Sketch 2: are the state units paid like today's trusts (basis grant plus ISF), by a fixed grant, or is it open? */
  'state-financing': z._default(z.enum(['as-trusts', 'ramme', 'open']), 'open'),
});
export type Choices = z.infer<typeof choicesSchema>;
export type ChoiceId = keyof Choices;

/** Every choice open: a new board, an old proposal saved before choices existed, today's arrangement. */
export const OPEN_CHOICES: Choices = Object.freeze({ 'region-election': 'open', 'state-financing': 'open' });

/** Fills every choice a partial answer leaves out (or leaves undefined) with `open`. */
export const completeChoices = (c?: Partial<Choices>): Choices =>
  Object.fromEntries((Object.keys(OPEN_CHOICES) as ChoiceId[]).map((id) => [id, c?.[id] ?? 'open'])) as Choices;

/** One choice as a person meets it: the column kind it belongs to, the question, its answers in order, and where it is asked. */
export type ChoiceDef = {
  id: ChoiceId;
  kind: LevelKind;
  question: Text;
  values: readonly { value: string; label: Text }[];
  source: Source;
};

const OPEN_ANSWER = { value: 'open', label: { nb: 'åpent spørsmål', en: 'open question' } };

const regionElection: ChoiceDef = {
  id: 'region-election',
  kind: 'region',
  question: { nb: 'Valgform for regionene', en: 'How the regions are elected' },
  values: [
    { value: 'direct', label: { nb: 'direkte valg', en: 'directly elected' } },
    { value: 'indirect', label: { nb: 'indirekte valg', en: 'indirectly elected' } },
    OPEN_ANSWER,
  ],
  // The same question stands on sketch 1a (L366); only 1b has a region level to answer it on.
  source: { ref: SEEDS.utvalget, locator: 'L366, L397' },
};

const stateFinancing: ChoiceDef = {
  id: 'state-financing',
  kind: 'stat',
  question: { nb: 'Finansiering av de statlige enhetene', en: 'How the state units are financed' },
  values: [
    { value: 'as-trusts', label: { nb: 'som helseforetakene i dag (basis og ISF)', en: 'as the trusts today (basis grant and ISF)' } },
    { value: 'ramme', label: { nb: 'fast bevilgning', en: 'a fixed grant' } },
    OPEN_ANSWER,
  ],
  source: { ref: SEEDS.utvalget, locator: 'L411-437' },
};

/** Every choice, in the order a column or a packet lists them. */
export const CHOICE_DEFS: readonly ChoiceDef[] = [regionElection, stateFinancing];

/** The choices that belong on a column of this kind (shown by its header). */
export const choicesForKind = (kind: LevelKind): readonly ChoiceDef[] => CHOICE_DEFS.filter((d) => d.kind === kind);

/**
 * Reads stored choices without trusting them: a key that is no choice, or a value that is no
 * answer to it, is named in `skipped` (`choice <key>`) and leaves that choice open.
 */
export function readChoices(entries: Iterable<[string, unknown]>, skipped: string[]): Choices {
  const choices: Record<string, string> = { ...OPEN_CHOICES };
  for (const [key, value] of entries) {
    // hasOwn, not `in`: a key such as "constructor" must not reach Object.prototype.
    const field = Object.hasOwn(choicesSchema.shape, key) ? choicesSchema.shape[key as ChoiceId] : null;
    const parsed = field && value !== undefined ? field.safeParse(value) : null;
    if (parsed?.success) choices[key] = parsed.data;
    else skipped.push(`choice ${key}`);
  }
  return choices as Choices;
}

/** The label of one answer to one choice, in one language; the raw value where the answer is unknown. */
export function answerLabel(id: ChoiceId, value: string, lang: keyof Text): string {
  return CHOICE_DEFS.find((d) => d.id === id)?.values.find((v) => v.value === value)?.label[lang] ?? value;
}
