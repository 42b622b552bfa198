'use client';
import { useEffect, useMemo, useState } from 'react';
import { parseAnchorKey, type Thread } from '@/lib/comments';

/**
 * The names of the proposals that threads (and the thread being started, `focused`, an anchor
 * key) are about, so a thread reads "Forslag «Forslag A»" rather than an id. Fetched only when
 * a proposal not known yet is named, and the proposals code is loaded then too, not with the board.
 */
export function useProposalNames(boardId: string, token: string, threads: ReadonlyMap<string, Thread>, focused?: string): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const wanted = useMemo(() => {
    const ids = new Set<string>();
    for (const t of threads.values()) if (t.anchor.kind === 'proposal') ids.add(t.anchor.id);
    const target = focused ? parseAnchorKey(focused) : null;
    if (target?.kind === 'proposal') ids.add(target.id);
    return [...ids].sort().join(' ');
  }, [threads, focused]);
  useEffect(() => {
    const missing = wanted.split(' ').filter((id) => id !== '' && !names.has(id));
    if (missing.length === 0) return;
    let live = true;
    void (async () => {
      const { proposalsApi } = await import('../proposals/proposals-api');
      const list = await proposalsApi(boardId, token).list();
      // A proposal that cannot be found keeps its id as its name, so it is not asked for again.
      if (live && list.ok) setNames(new Map([...missing.map((id) => [id, id] as const), ...list.value.map((p) => [p.id, p.name] as const)]));
    })();
    return () => {
      live = false;
    };
  }, [boardId, token, wanted, names]);
  return names;
}
