'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type Peer } from '@/lib/presence';
import type { LiveClient } from './live-client';

/** The client's connection and saved state, re-rendering on every change. */
export const useLiveState = (client: LiveClient) => useSyncExternalStore(client.subscribe, client.snapshot, client.snapshot);

/** A number that changes with every document update, to key memoised projections on. */
export function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    doc.on('update', bump);
    return () => doc.off('update', bump);
  }, [doc]);
  return version;
}

/** Everyone else on the board, as their parsed presence. */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>(() => readPeers(awareness.getStates(), awareness.clientID));
  useEffect(() => {
    const read = () => setPeers(readPeers(awareness.getStates(), awareness.clientID));
    awareness.on('change', read);
    read();
    return () => awareness.off('change', read);
  }, [awareness]);
  return peers;
}

/** Whether undo and redo have anything to do for this person. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const read = () => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
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
