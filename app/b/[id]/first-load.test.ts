import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '@/tests/import-graph';

const { loadTimeSpecifiers, resolveLocal } = importGraph(path.resolve(import.meta.dirname, '../../..'));
const entries = ['app/b/[id]/board-app.tsx', 'app/b/[id]/offline-shell.tsx'];

/** Every module reached through load-time imports, each with the chain that first reached it. */
function firstLoadGraph(): Map<string, string[]> {
  const chains = new Map<string, string[]>(entries.map((e) => [e, [e]]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of loadTimeSpecifiers(file)) {
      const next = resolveLocal(file, specifier);
      if (next === null || chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

/** Zod's root and classic entries; 'zod/mini' and the shared core are what the board may load. */
const isClassicZod = (specifier: string): boolean => (specifier === 'zod' || specifier.startsWith('zod/')) && !/^zod\/(v4\/)?(mini|core)$/.test(specifier);

describe('board first load', () => {
  it("carries only zod's mini API, so the board is usable sooner", () => {
    const graph = firstLoadGraph();
    expect(graph.size).toBeGreaterThan(20);
    const classic = [...graph]
      .filter(([file]) => loadTimeSpecifiers(file).some(isClassicZod))
      .map(([, chain]) => chain.join(' -> '));
    expect(classic).toEqual([]);
  });

  it('leaves the drag library out: it loads once the board is usable, or on a first hover, press or focus', () => {
    const graph = firstLoadGraph();
    const dragLibrary = [...graph]
      .filter(([file]) => loadTimeSpecifiers(file).some((s) => s.startsWith('@dnd-kit/')))
      .map(([, chain]) => chain.join(' -> '));
    expect(dragLibrary).toEqual([]);
    // The board still reaches it, through the kit it loads later.
    expect(graph.has('app/b/[id]/drag/use-drag-kit.ts')).toBe(true);
    expect(graph.has('app/b/[id]/drag/dnd-kit.tsx')).toBe(false);
    expect(loadTimeSpecifiers('app/b/[id]/drag/dnd-kit.tsx')).toContain('@dnd-kit/sortable');
  });

  it('leaves out what a returning participant does not see at first: the join form, menus, forms and rare banners', () => {
    const graph = firstLoadGraph();
    const later = ['join-dialog.tsx', 'link-problem.tsx', 'text-field.tsx', 'custom-card-form.tsx', 'level-rename-form.tsx', 'arrangement-form.tsx', 'choice-fields.tsx', 'all-people-list.tsx', 'dropped-message.tsx', 'connection-problem.tsx']
      .concat(['workshop/banners.tsx', 'workshop/timer-display.tsx', 'workshop/peer-menu-list.tsx', 'workshop/workshop-api.ts', 'comments/stance.tsx'])
      .map((file) => `app/b/[id]/${file}`);
    expect(later.filter((file) => graph.has(file))).toEqual([]);
    expect(graph.has('lib/choice-ops.ts')).toBe(false);
    // Their openers are there, and the whole "Flytt til …" menu: it moves cards before drag and
    // drop has loaded, offline too. The link home is a plain link, without the client router's.
    expect(graph.has('app/b/[id]/all-people.tsx') && graph.has('app/b/[id]/move-menu.tsx')).toBe(true);
    expect([...graph.keys()].filter((file) => loadTimeSpecifiers(file).includes('next/link'))).toEqual([]);
  });

  it('carries only the texts of what it shows at first: threads, forms, menus, banners and the workshop tab bring their own', () => {
    const graph = firstLoadGraph();
    const later = ['comment-threads', 'join', 'board-forms', 'drag', 'unsaved', 'people', 'card-details', 'workshop-banners', 'workshop'].map((name) => `lib/i18n/${name}.ts`);
    expect(later.filter((file) => graph.has(file)).map((file) => graph.get(file)!.join(' -> '))).toEqual([]);
    // The board's own texts and the side panel's tab names are there; English never is.
    expect(graph.has('lib/i18n/board.ts') && graph.has('lib/i18n/comments.ts')).toBe(true);
    expect([...graph.keys()].filter((file) => file.startsWith('lib/i18n/en/') || file === 'lib/i18n/english.ts')).toEqual([]);
    // The thread view still reaches its texts, once it has loaded.
    expect(loadTimeSpecifiers('app/b/[id]/comments/thread-view.tsx')).toContain('@/lib/i18n/comment-threads');
  });
});
