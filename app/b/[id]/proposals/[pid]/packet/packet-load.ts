import type { Proposal } from '@/lib/proposals';
import type { ApiResult } from '../../../shell/api';
import { proposalsApi, type Comparison } from '../../proposals-api';
import { fetchBoardInfo } from '../../../session';

/** Everything a decision packet shows: the board's title, the stored proposal, and it compared with today's allocation. */
export type PacketData = { title: string; proposal: Proposal; comparison: Comparison };

/**
 * Fetches the packet's three answers at once with one token (a link or participant token);
 * the first refusal (in the order board, proposal, comparison) is the answer when any fails.
 */
export async function loadPacket(boardId: string, proposalId: string, token: string): Promise<ApiResult<PacketData>> {
  const api = proposalsApi(boardId, token);
  const [info, proposal, comparison] = await Promise.all([fetchBoardInfo(boardId, token), api.get(proposalId), api.compare('baseline', proposalId)]);
  if (!info.ok) return info;
  if (!proposal.ok) return proposal;
  if (!comparison.ok) return comparison;
  return { ok: true, value: { title: info.value.title, proposal: proposal.value, comparison: comparison.value } };
}
