'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { createPeerReader, samePeers, viewOf, type Peer, type PeerReader, type View } from '@/lib/presence';
import { throttle } from '@/lib/throttle';
import type { LiveClient } from './live-client';

/** The client's connection and saved state, re-rendering on every change. */
export const useLiveState = (client: LiveClient) => useSyncExternalStore(client.subscribe, client.snapshot, client.snapshot);

// Each document's update count, counted from the first render that reads it on.
const versions = new WeakMap<Y.Doc, { count: number }>();

function versionOf(doc: Y.Doc): { count: number } {
  let version = versions.get(doc);
  if (!version) {
    const counter = { count: 0 };
    doc.on('update', () => counter.count++);
    versions.set(doc, counter);
    version = counter;
  }
  return version;
}

/**
 * A number that changes with every document update, to key memoised projections on. Read as an
 * external store, so an update that lands between a render and its effects (the device copy or
 * the first sync arriving while the page mounts) is not missed: the render is redone instead
 * of a projection of the empty document staying on screen.
 */
export function useDocVersion(doc: Y.Doc): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      doc.on('update', notify);
      return () => doc.off('update', notify);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => versionOf(doc).count, () => 0);
}

// One reader per awareness, shared by every hook that reads peers, so a page parses each
// presence state once however many of its parts look at the people on the board.
const readers = new WeakMap<Awareness, PeerReader>();

/** Everyone else on the board now, parsed; a state already parsed for this awareness is not parsed again. */
export function peersOf(awareness: Awareness): Peer[] {
  let read = readers.get(awareness);
  if (!read) {
    read = createPeerReader();
    readers.set(awareness, read);
  }
  return read(awareness.getStates(), awareness.clientID);
}

/**
 * Everyone else on the board, as their parsed presence. A change of someone's view alone (a
 * scroll) keeps the same list, so the board does not re-render for it; `view` in it may then
 * be stale: read a view with usePeerView.
 */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>(() => peersOf(awareness));
  useEffect(() => {
    let frame: number | null = null;
    const read = () => {
      frame = null;
      const next = peersOf(awareness);
      setPeers((prev) => (samePeers(prev, next) ? prev : next));
    };
    // Presence arrives in frames of up to dozens of states twenty times a second; the list is
    // read and the board re-rendered at most once per screen frame, however many changes came.
    const schedule = () => {
      frame ??= requestAnimationFrame(read);
    };
    awareness.on('change', schedule);
    read();
    return () => {
      awareness.off('change', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [awareness]);
  return peers;
}

/** Whether undo and redo have anything to do for this person. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const read = () => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    // A replaced client brings a new, empty history; the buttons must not offer the old one.
    update();
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    undo.on('stack-cleared', update);
    return () => {
      undo.off('stack-item-added', update);
      undo.off('stack-item-popped', update);
      undo.off('stack-cleared', update);
    };
  }, [undo]);
  return state;
}

/**
 * Which cards changed in transactions made here and which in ones from elsewhere, collected
 * until `take()` is called; announcements and arrival animations tell the two apart.
 */
export function trackCardOrigins(doc: Y.Doc) {
  const own = new Set<string>();
  const remote = new Set<string>();
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  const onTransaction = (tr: Y.Transaction) => {
    const into = tr.local ? own : remote;
    for (const [type, keys] of tr.changed) {
      if ((type as unknown) === cards) {
        for (const k of keys) if (k) into.add(k);
      } else if (type instanceof Y.Map && type.parent === cards) {
        for (const [id, m] of cards) if (m === type) into.add(id);
      }
    }
  };
  doc.on('afterTransaction', onTransaction);
  return {
    take: () => {
      const result = { own: new Set(own), remote: new Set(remote) };
      own.clear();
      remote.clear();
      return result;
    },
    stop: () => doc.off('afterTransaction', onTransaction),
  };
}

/** A partial view to publish; the rest keeps its last published value. */
export type ViewPublisher = ((patch: Partial<View>) => void) & { cancel: () => void };

/**
 * Publishes where this person looks (side tab, open card, board scroll) in awareness so others
 * can follow; throttled like drags, so scrolling sends at most ten updates a second.
 */
export function useViewPublisher(awareness: Awareness): ViewPublisher {
  const publish = useMemo(() => {
    let view: View = { tab: 'consequences', card: null, scrollX: 0, scrollY: 0 };
    const send = throttle(() => awareness.setLocalStateField('view', view), 100);
    const update = (patch: Partial<View>) => {
      view = { ...view, ...patch };
      send();
    };
    return Object.assign(update, { cancel: send.cancel });
  }, [awareness]);
  useEffect(() => () => publish.cancel(), [publish]);
  return publish;
}

/**
 * Ctrl+Z (or Cmd+Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes this person's own edits, outside
 * text fields, while `enabled` (not while a facilitator's lock would drop the edit).
 */
export function useUndoKeys(undo: Y.UndoManager, enabled: boolean): void {
  const allowed = useRef(enabled);
  useEffect(() => {
    allowed.current = enabled;
  }, [enabled]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || !allowed.current) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') undo.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
}

/** The view one client publishes, live; null for no client, or while it publishes none. */
export function usePeerView(awareness: Awareness, clientId: number | null): View | null {
  const [view, setView] = useState<View | null>(null);
  useEffect(() => {
    const read = () => {
      const next = clientId === null ? null : viewOf(awareness.getStates(), clientId);
      setView((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness, clientId]);
  return view;
}
