import type * as Y from 'yjs';
import { z } from 'zod';
import { ROOT } from './board-doc';
import { setOrClear } from './board-ops';
import { boardCatalog, type BoardCatalog } from './catalog/board';
import { err, ok, type Result } from './result';

/** Marks one pathway as bound (`true`) or takes the mark away (`false`). */
export const setBindingInputSchema = z.object({ pathway: z.string().max(64), bound: z.boolean() }).strict();
export type SetBindingInput = z.input<typeof setBindingInputSchema>;

/** Why a binding was refused: the input named no catalog pathway or no boolean; nothing was written. */
export type BindingOpError = { kind: 'invalid-input'; issues: string[] };

// Not bound is an absent key, so a board that never bound a pathway and one that took the mark
// back are the same document, and restoring an unbound proposal onto an unbound board writes nothing.
const write = (map: Y.Map<unknown>, pathway: string, bound: boolean): boolean => setOrClear(map, pathway, bound ? true : undefined);

/**
 * Sets or clears one pathway's binding in one transaction under `origin`, so the page's undo takes
 * it back like a move or a choice. Setting what is already there opens no transaction.
 */
export function setBinding(doc: Y.Doc, input: SetBindingInput, origin: unknown, catalog: Pick<BoardCatalog, 'pathways'> = boardCatalog): Result<{ changed: boolean }, BindingOpError> {
  const parsed = setBindingInputSchema.safeParse(input);
  if (!parsed.success) return err([{ kind: 'invalid-input', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`) }]);
  const { pathway, bound } = parsed.data;
  if (!catalog.pathways.some((p) => p.id === pathway)) return err([{ kind: 'invalid-input', issues: [`pathway: no pathway "${pathway}"`] }]);
  const map = doc.getMap<unknown>(ROOT.bindings);
  if (bound ? map.get(pathway) === true : !map.has(pathway)) return ok({ changed: false });
  doc.transact(() => write(map, pathway, bound), origin);
  return ok({ changed: true });
}

/**
 * Makes the document's bindings equal `bound` inside the caller's transaction: each listed pathway
 * set, every other key (unbound, unknown or malformed) removed. Returns whether anything changed.
 */
export function writeBindings(doc: Y.Doc, bound: readonly string[]): boolean {
  const map = doc.getMap<unknown>(ROOT.bindings);
  const keep = new Set(bound);
  let changed = false;
  for (const key of [...map.keys()]) {
    if (keep.has(key) && map.get(key) === true) continue;
    map.delete(key);
    changed = true;
  }
  for (const id of keep) changed = write(map, id, true) || changed;
  return changed;
}
