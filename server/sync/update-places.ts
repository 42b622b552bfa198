import * as Y from 'yjs';
import { ROOT } from '@/lib/board-doc';
import type { SharedType } from '@/lib/doc-depth';

/**
 * Where the items of an incoming update would land in a room's document, worked out before it is
 * applied. An item names its parent (a root type's name, or the id of the item holding a nested
 * type) only when it has no neighbour; otherwise Yjs gives it its neighbour's parent and key, so
 * a place may depend on other items, of the update or of the document.
 */

/** How deep items may sit: 1 is an entry of a root map, 2 an entry of a map held by a root map. */
export const MAX_NESTING = 2;

const ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT));

/** True when `name` is one of the board's root types (see ROOT). */
export const isRoot = (name: string): boolean => ROOTS.has(name);

/** A map an item would be an entry of: `id` tells maps apart, `existing` is the map in the document (null for a map the update makes). */
export type MapTarget = { id: unknown; existing: SharedType | null };

/**
 * `entry`: in a map of the board at `depth`, under `key` (null: list content). `unknown`: it hangs
 * on something the document lacks, so Yjs holds it pending. `gone`: its parent no longer exists,
 * so Yjs discards it. `bad`: it would break the board's shape, or refers to itself.
 */
export type Place =
  | { kind: 'entry'; depth: number; key: string | null; target: MapTarget }
  | { kind: 'unknown' }
  | { kind: 'gone' }
  | { kind: 'bad'; refusal: 'malformed' | 'shape'; reason: string };

const UNKNOWN: Place = { kind: 'unknown' };
const GONE: Place = { kind: 'gone' };
const shape = (reason: string): Place => ({ kind: 'bad', refusal: 'shape', reason });
const TOO_DEEP = shape(`shared types nested more than ${MAX_NESTING} levels`);
const UNKNOWN_ROOT = shape('a root type the board does not have');
const NOT_A_MAP = shape('a nested type that is not a map');
const SELF_REFERENCE: Place = { kind: 'bad', refusal: 'malformed', reason: 'an item that refers to itself or to a later one' };

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type Found = { in: 'doc'; struct: Y.Item | Y.GC } | { in: 'update'; struct: Y.Item | Y.GC } | { in: 'missing' };
/** An item's place, or the item of the update it depends on and how its place follows from that one's. */
type Step = Place | { after: Y.Item; then: (place: Place) => Place };

/** Finds places for the items of one update against one document; remembers what it found. */
export class Places {
  private readonly byClient = new Map<number, (Y.Item | Y.GC)[]>();
  private readonly known = new Map<Y.Item, Place>();
  private rootNames: Map<SharedType, string> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly Struct[],
  ) {
    for (const s of structs) {
      if (s instanceof Y.Skip) continue;
      const list = this.byClient.get(s.id.client) ?? [];
      list.push(s);
      this.byClient.set(s.id.client, list);
    }
    // An update lists each client's structs in clock order, but a crafted one may list a client twice.
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** The clock up to which the document holds `client`'s items. */
  state(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** The place of an item of the update, following what it depends on without recursion. */
  of(start: Y.Item): Place {
    const stack = [start];
    const waiting = new Set<Y.Item>([start]);
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!;
      const step = this.known.has(item) ? this.known.get(item)! : this.step(item);
      if (!('after' in step)) {
        this.known.set(item, step);
        waiting.delete(stack.pop()!);
        continue;
      }
      const before = this.known.get(step.after);
      if (before) {
        this.known.set(item, step.then(before));
        waiting.delete(stack.pop()!);
      } else if (waiting.has(step.after)) {
        // Items that take their places from one another in a ring: Yjs would hold them pending forever.
        this.known.set(item, SELF_REFERENCE);
        waiting.delete(stack.pop()!);
      } else {
        stack.push(step.after);
        waiting.add(step.after);
      }
    }
    return this.known.get(start)!;
  }

  private step(item: Y.Item): Step {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return this.rootEntry(parent, item.parentSub);
    if (parent instanceof Y.ID) {
      if (parent.client === item.id.client && parent.clock >= item.id.clock) return SELF_REFERENCE;
      const found = this.find(parent);
      if (found.in === 'missing') return UNKNOWN;
      const holder = found.struct;
      if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return GONE;
      if (found.in === 'doc') return this.inType(holder.content.type as SharedType, item.parentSub);
      const target: MapTarget = { id: holder, existing: null };
      return { after: holder, then: (place) => (place.kind === 'entry' ? this.nested(place.depth + 1, item.parentSub, target) : place) };
    }
    // No parent written: Yjs takes the left neighbour's parent and key, else the right one's.
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) return GONE;
    if (neighbour.client === item.id.client && neighbour.clock >= item.id.clock) return SELF_REFERENCE;
    const found = this.find(neighbour);
    if (found.in === 'missing') return UNKNOWN;
    if (!(found.struct instanceof Y.Item)) return GONE;
    if (found.in === 'doc') return this.ofDocItem(found.struct);
    return { after: found.struct, then: (place) => place };
  }

  /** True when neither the document nor the update holds the item `id` names. */
  lacks(id: Y.ID): boolean {
    return this.find(id).in === 'missing';
  }

  private find(id: Y.ID): Found {
    if (id.clock < this.state(id.client)) return { in: 'doc', struct: Y.getItem(this.doc.store, id) };
    const list = this.byClient.get(id.client) ?? [];
    let [lo, hi] = [0, list.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return { in: 'update', struct: s };
    }
    return { in: 'missing' };
  }

  private rootEntry(name: string, key: string | null): Place {
    if (!ROOTS.has(name)) return UNKNOWN_ROOT;
    return { kind: 'entry', depth: 1, key, target: { id: `root:${name}`, existing: this.doc.share.get(name) ?? null } };
  }

  private nested(depth: number, key: string | null, target: MapTarget): Place {
    return depth > MAX_NESTING ? TOO_DEEP : { kind: 'entry', depth, key, target };
  }

  private ofDocItem(item: Y.Item): Place {
    return item.parent instanceof Y.AbstractType ? this.inType(item.parent as SharedType, item.parentSub) : GONE;
  }

  /** The place of an entry `key` of a type in the document, by walking up to its root (at most MAX_NESTING steps). */
  private inType(type: SharedType, key: string | null): Place {
    let depth = 1;
    let top = type;
    while (top._item !== null) {
      if (++depth > MAX_NESTING) return TOO_DEEP;
      if (!(top instanceof Y.Map)) return NOT_A_MAP;
      if (!(top._item.parent instanceof Y.AbstractType)) return GONE;
      top = top._item.parent as SharedType;
    }
    this.rootNames ??= new Map([...this.doc.share].map(([name, t]) => [t, name]));
    const name = this.rootNames.get(top);
    if (name === undefined || !ROOTS.has(name)) return UNKNOWN_ROOT;
    if (depth === 1) return this.rootEntry(name, key);
    return { kind: 'entry', depth, key, target: { id: type, existing: type } };
  }
}
