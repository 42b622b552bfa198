import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { ROOT } from './board-doc';
import { setOrClear } from './board-ops';
import { choicesSchema, type ChoiceId, type Choices } from './choices';
import { err, ok, type Result } from './result';

/** One answer to one open question; `open` takes the answer back. */
export const setChoiceInputSchema = z
  .object({ choice: z.enum(Object.keys(choicesSchema.shape) as [ChoiceId, ...ChoiceId[]]), value: z.string().check(z.maxLength(40)) })
  .check(z.refine((i) => choicesSchema.shape[i.choice].safeParse(i.value).success, { message: 'not an answer to this choice', path: ['value'] }));
export type SetChoiceInput = z.input<typeof setChoiceInputSchema>;

/** Why a choice was refused: the input named no choice or no answer to it; nothing was written. */
export type ChoiceOpError = { kind: 'invalid-input'; issues: string[] };

// An open choice is an absent key, so a board that never chose and one that chose "open" again
// are the same document, and a restore of an open proposal onto an open board writes nothing.
const write = (map: Y.Map<unknown>, id: ChoiceId, value: string): boolean => setOrClear(map, id, value === 'open' ? undefined : value);

/**
 * Sets one of the board's choices in one transaction under `origin`, so the page's undo takes it
 * back like a move. Setting what is already there opens no transaction.
 */
export function setChoice(doc: Y.Doc, input: SetChoiceInput, origin: unknown): Result<{ changed: boolean }, ChoiceOpError> {
  const parsed = setChoiceInputSchema.safeParse(input);
  if (!parsed.success) return err([{ kind: 'invalid-input', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`) }]);
  const map = doc.getMap<unknown>(ROOT.choices);
  const { choice, value } = parsed.data;
  const current = map.get(choice);
  if ((value === 'open' && !map.has(choice)) || current === value) return ok({ changed: false });
  doc.transact(() => write(map, choice, value), origin);
  return ok({ changed: true });
}

/**
 * Makes the document's choices equal `choices` inside the caller's transaction: each answer set,
 * each open one removed, and any key that is no choice pruned. Returns whether anything changed.
 */
export function writeChoices(doc: Y.Doc, choices: Choices): boolean {
  const map = doc.getMap<unknown>(ROOT.choices);
  let changed = false;
  for (const key of [...map.keys()]) {
    if (Object.hasOwn(choices, key)) continue;
    map.delete(key);
    changed = true;
  }
  for (const [id, value] of Object.entries(choices) as [ChoiceId, string][]) changed = write(map, id, value) || changed;
  return changed;
}
