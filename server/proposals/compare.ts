import { baselineContent, compareContents, type CompareAnswer, type ComparableContent, type ComparedSide } from '@/lib/compare';
import type { Catalog } from '@/lib/catalog/schema';
import type { CompareSide } from '@/lib/proposals';
import { err, ok, type Result } from '@/lib/result';
import { linkToken, signToken, type Secret } from '../auth/tokens';
import type { BoardRecord } from '../storage/board-store';
import type { ProposalRefusal, Proposals } from './proposals';

type Resolved = { side: ComparedSide; content: ComparableContent };

/** What a comparison needs besides its two sides. */
export type CompareDeps = { proposals: Proposals; catalog: Catalog; secret: Secret };

/** The baseline's name as the catalog gives it ("Dagens ordning"). */
const baselineName = (catalog: Catalog) => catalog.templates.find((t) => t.id === 'dagens-ordning')?.name.nb ?? 'Dagens ordning';

async function resolve(board: BoardRecord, side: CompareSide, deps: CompareDeps): Promise<Result<Resolved, ProposalRefusal>> {
  if (side === 'baseline') {
    const content = baselineContent(deps.catalog);
    return ok({ side: { kind: 'baseline', id: null, name: baselineName(deps.catalog), createdAt: null, levels: content.allocation.levels, custom: [] }, content });
  }
  if (side === 'live') {
    const { allocation, custom, choices, bindings } = await deps.proposals.live(board.id);
    const bound = bindings.length > 0 ? { bindings } : {};
    return ok({ side: { kind: 'live', id: null, name: 'Tavla nå', createdAt: null, levels: allocation.levels, custom, choices, ...bound }, content: { allocation, custom, assumptions: [], choices, ...bound } });
  }
  const found = await deps.proposals.get(board.id, side);
  if (!found.ok) return found;
  const p = found.value;
  const named: ComparedSide = { kind: 'proposal', id: p.id, name: p.name, createdAt: p.createdAt, levels: p.content.allocation.levels, custom: p.content.custom, choices: p.content.choices, ...(p.content.bindings ? { bindings: p.content.bindings } : {}) };
  return ok({ side: named, content: p.content });
}

/**
 * Compares two sides of a board (b minus a) and adds a path that opens the same comparison
 * read-only: its token is the board's viewer link, so sharing it grants no more than viewing.
 */
export async function compareSides(board: BoardRecord, a: CompareSide, b: CompareSide, deps: CompareDeps): Promise<Result<CompareAnswer, ProposalRefusal>> {
  const [ra, rb] = [await resolve(board, a, deps), await resolve(board, b, deps)];
  if (!ra.ok) return ra;
  if (!rb.ok) return rb;
  const compared = compareContents(ra.value.content, rb.value.content, deps.catalog);
  if (!compared.ok) {
    const sides = [...new Set(compared.errors.map((e) => e.side))].join(' and ');
    return err([{ status: 422, message: `side ${sides} does not fit the board's catalog, so it cannot be compared` }]);
  }
  const viewer = signToken(linkToken(board.id, 'viewer', board.roleKeys.viewer), deps.secret);
  const share = `/b/${board.id}/compare?${new URLSearchParams({ a, b })}#t=${viewer}`;
  return ok({ a: ra.value.side, b: rb.value.side, ...compared.value, share });
}
