import * as Y from 'yjs';
import { tooDeepToDelete } from '@/lib/doc-depth';
import { isRoot, MAX_NESTING, Places, type MapTarget } from './update-places';

/**
 * Judges a document update before a room applies it: whether it keeps the board's shape (the
 * root maps of ROOT, maps nested at most MAX_NESTING deep, bounded JSON values and keys), and how
 * much of it Yjs would have to hold pending for lack of what it depends on. Readers skip what
 * they cannot parse, but an unbounded document can still exhaust the stack or the memory of
 * every process that loads it, and what is stored cannot be taken back.
 */

export { MAX_NESTING } from './update-places';

/** Deepest nesting of a JSON value (arrays and objects) in an entry; the board stores flat fields. */
export const MAX_VALUE_DEPTH = 4;
/** Longest text in a value: a custom card's note may have 1 000 characters, the longest field a board has. */
export const MAX_STRING_LENGTH = 4000;
/** Longest map key; a board's keys are ids of at most 64 characters. */
export const MAX_KEY_LENGTH = 200;
/** Most keys a root map may hold; the largest, `cards`, holds the catalog's cards and at most 60 custom ones. */
export const MAX_ROOT_KEYS = 1000;
/** Most keys a map nested in a root map may hold; a custom card, the widest entry, has six. */
export const MAX_NESTED_KEYS = 64;
/**
 * Most bytes Yjs may hold pending for updates that lack what they depend on. Pending structs are
 * merged again on every later message and are never stored, so they would grow past the size
 * limit unnoticed; only a client's edit sent just before its handshake caught up is legitimate.
 */
export const MAX_PENDING_BYTES = 256 * 1024;

/**
 * `deletesOnly`: the update adds no struct the document lacks. `missing`: part of it waits for
 * something the document lacks. A refusal is `malformed` (not a valid update), `shape` (it would
 * break the board's shape) or `pending` (it would leave more than MAX_PENDING_BYTES pending).
 * Reasons are short and fixed (they go into a close frame), never the update's own text.
 */
export type UpdateVerdict =
  | { ok: true; deletesOnly: boolean; missing: boolean }
  | { ok: false; refusal: 'malformed' | 'shape' | 'pending'; reason: string };

type Refusal = Extract<UpdateVerdict, { ok: false }>;
const shape = (reason: string): Refusal => ({ ok: false, refusal: 'shape', reason });
const MALFORMED_REFERENCE: Refusal = { ok: false, refusal: 'malformed', reason: 'an item that refers to itself or to a later one' };
const EMPTY_DELETE: Refusal = { ok: false, refusal: 'malformed', reason: 'an empty deletion range' };

/** Bytes Yjs holds pending in `doc`: structs waiting for others, and deletions of what is not there yet. */
export const pendingBytes = (doc: Y.Doc): number => (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);

/**
 * Forgets what Yjs holds pending, so it is no longer merged again on every message. A client whose
 * pending update is dropped sends it again in its next handshake, whose sync step 2 carries all
 * the server lacks.
 */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Judges `update` against `doc` without changing either; never throws. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, refusal: 'malformed', reason: 'not a document update' };
  }
  try {
    return judge(doc, update, decoded);
  } catch {
    // Something Yjs's own reading of the update would also trip over.
    return { ok: false, refusal: 'malformed', reason: 'an update that does not fit the document' };
  }
}

function judge(doc: Y.Doc, update: Uint8Array, { structs, ds }: ReturnType<typeof Y.decodeUpdate>): UpdateVerdict {
  const places = new Places(doc, structs);
  const reach = reachOf(places, structs);
  let missing = reach.gap;
  const keys = new KeyCount();
  for (const s of structs) {
    // GC and Skip structs carry no content.
    if (!(s instanceof Y.Item)) continue;
    // Checked even for an item the document holds already: Yjs creates the root type an item names
    // while reading it, before it skips what it has.
    if (typeof s.parent === 'string' && !isRoot(s.parent)) return shape('a root type the board does not have');
    if (s.parentSub !== null && s.parentSub.length > MAX_KEY_LENGTH) return shape(`a map key over ${MAX_KEY_LENGTH} characters`);
    const content = contentProblem(s.content);
    if (content) return shape(content);
    // Yjs looks up what an item refers to before it skips one it has: a reference to a later item
    // of the same client makes that throw, and one to what the document lacks makes it pending.
    const refs = [s.origin, s.rightOrigin, s.parent instanceof Y.ID ? s.parent : null].filter((id) => id !== null);
    if (refs.some((id) => id.client === s.id.client && id.clock >= s.id.clock)) return MALFORMED_REFERENCE;
    if (s.id.clock + s.length <= places.state(s.id.client)) {
      if (refs.some((id) => places.lacks(id))) missing = true;
      continue;
    }
    const place = places.of(s);
    if (place.kind === 'bad') return { ok: false, refusal: place.refusal, reason: place.reason };
    if (place.kind === 'unknown') missing = true;
    const isType = s.content instanceof Y.ContentType;
    if (isType && !(place.kind === 'entry' && place.depth < MAX_NESTING)) return shape('a shared type anywhere but in a root map');
    if (place.kind !== 'entry') continue;
    if (place.key === null || s.length !== 1) return shape('list content where the board has maps');
    if (s.content instanceof Y.ContentDeleted) continue;
    if (!keys.add(place.target, place.key, place.depth === 1 ? MAX_ROOT_KEYS : MAX_NESTED_KEYS)) {
      return shape(place.depth === 1 ? `more than ${MAX_ROOT_KEYS} keys in a root map` : `more than ${MAX_NESTED_KEYS} keys in a nested map`);
    }
    const current = place.target.existing?._map.get(place.key);
    if (current && !current.deleted && current.content instanceof Y.ContentType && tooDeepToDelete(current.content.type)) {
      return shape('overwrites a tree too deep to delete; clean the board');
    }
  }
  for (const [client, deletes] of ds.clients) {
    const state = places.state(client);
    for (const { clock, len } of deletes) {
      // Yjs never writes an empty range; one it cannot apply yet makes it throw while keeping the rest pending.
      if (len <= 0) return EMPTY_DELETE;
      if (clock + len > Math.max(state, reach.end.get(client) ?? 0)) missing = true;
      if (clock < state && deletesTooDeep(doc, client, clock, Math.min(clock + len, state))) return shape('deletes a tree too deep to delete; clean the board');
    }
  }
  if (missing && pendingBytes(doc) + update.byteLength > MAX_PENDING_BYTES) {
    return { ok: false, refusal: 'pending', reason: `more than ${MAX_PENDING_BYTES / 1024} KiB waiting for what the board lacks` };
  }
  const deletesOnly = !structs.some((s) => !(s instanceof Y.Skip) && s.id.clock + s.length > places.state(s.id.client));
  return { ok: true, deletesOnly, missing };
}

/**
 * How far the document plus the update reach per client, and whether the update leaves a gap:
 * structs beyond the document's clock for their client (or after a Skip) wait for what comes
 * between, and Yjs holds them pending.
 */
function reachOf(places: Places, structs: ReturnType<typeof Y.decodeUpdate>['structs']) {
  const end = new Map<number, number>();
  let gap = false;
  for (const s of structs) {
    const reached = end.get(s.id.client) ?? places.state(s.id.client);
    if (s.id.clock > reached || (s instanceof Y.Skip && s.id.clock + s.length > reached)) gap = true;
    else if (!(s instanceof Y.Skip)) end.set(s.id.client, Math.max(reached, s.id.clock + s.length));
  }
  return { end, gap };
}

/** Counts the keys each map would hold: those it holds now plus the new ones the update sets. */
class KeyCount {
  private readonly maps = new Map<unknown, { held: number; added: Set<string> }>();

  add(target: MapTarget, key: string, limit: number): boolean {
    let map = this.maps.get(target.id);
    if (!map) {
      let held = 0;
      for (const item of target.existing?._map.values() ?? []) if (!item.deleted) held++;
      map = { held, added: new Set() };
      this.maps.set(target.id, map);
    }
    const current = target.existing?._map.get(key);
    if ((current && !current.deleted) || map.added.has(key)) return true;
    map.added.add(key);
    return map.held + map.added.size <= limit;
  }
}

/** Why a struct's content does not belong on a board, or null when it may. */
function contentProblem(content: Y.Item['content']): string | null {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    for (const value of content.arr as unknown[]) {
      const problem = valueProblem(value);
      if (problem) return problem;
    }
    return null;
  }
  if (content instanceof Y.ContentString) return content.str.length > MAX_STRING_LENGTH ? `a text over ${MAX_STRING_LENGTH} characters` : null;
  if (content instanceof Y.ContentType) return content.type instanceof Y.Map ? null : 'a shared type that is not a map';
  if (content instanceof Y.ContentDeleted) return null;
  // ContentDoc, ContentEmbed, ContentFormat, ContentBinary: nothing a board holds.
  return 'content of a kind a board does not hold';
}

/** Why a JSON value does not belong on a board (too deep, too long, not JSON), or null; walked without recursion. */
function valueProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > MAX_STRING_LENGTH) return `a text over ${MAX_STRING_LENGTH} characters`;
    } else if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') {
      continue;
    } else if (depth >= MAX_VALUE_DEPTH) {
      return `a value nested more than ${MAX_VALUE_DEPTH} levels`;
    } else if (Array.isArray(v)) {
      for (const e of v as unknown[]) stack.push([e, depth + 1]);
    } else if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      for (const [k, e] of Object.entries(v)) {
        if (k.length > MAX_KEY_LENGTH) return `a map key over ${MAX_KEY_LENGTH} characters`;
        stack.push([e, depth + 1]);
      }
    } else {
      return 'a value that is not JSON';
    }
  }
  return null;
}

/** True when deleting the document's items of `client` in [from, to) would delete a tree too deep for one transaction. */
function deletesTooDeep(doc: Y.Doc, client: number, from: number, to: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs) return false;
  for (let i = Y.findIndexSS(structs, from); i < structs.length && structs[i]!.id.clock < to; i++) {
    const s = structs[i]!;
    if (s instanceof Y.Item && !s.deleted && s.content instanceof Y.ContentType && tooDeepToDelete(s.content.type)) return true;
  }
  return false;
}
