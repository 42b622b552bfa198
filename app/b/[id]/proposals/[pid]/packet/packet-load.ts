import type { Thread } from '@/lib/comments';
import type { Proposal } from '@/lib/proposals';
import { commentsApi } from '../../../comments/comments-api';
import type { ApiResult } from '../../../shell/api';
import { proposalsApi, type Comparison } from '../../proposals-api';
import { fetchBoardInfo } from '../../../session';

/**
 * Everything a decision packet shows: the board's title, the stored proposal, it compared with today's
 * allocation, and the board's threads now (null when they could not be read: the packet shows without them).
 */
export type PacketData = { title: string; proposal: Proposal; comparison: Comparison; threads: Thread[] | null };

/**
 * Fetches the packet's three answers at once with one token (a link or participant token);
 * the first refusal (in the order board, proposal, comparison) is the answer when any fails.
 */
export async function loadPacket(boardId: string, proposalId: string, token: string): Promise<ApiResult<PacketData>> {
  const api = proposalsApi(boardId, token);
  const [info, proposal, comparison, threads] = await Promise.all([
    fetchBoardInfo(boardId, token),
    api.get(proposalId),
    api.compare('baseline', proposalId),
    commentsApi(boardId, token).listThreads(),
  ]);
  if (!info.ok) return info;
  if (!proposal.ok) return proposal;
  if (!comparison.ok) return comparison;
  return { ok: true, value: { title: info.value.title, proposal: proposal.value, comparison: comparison.value, threads: threads.ok ? threads.value : null } };
}
