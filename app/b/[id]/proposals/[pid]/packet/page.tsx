import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { proposalIdSchema } from '@/lib/proposals';
import { PacketApp } from './packet-app';

export const metadata: Metadata = { title: 'Beslutningsnotat – Ansvarstavla' };

const ID = new RegExp(`^${BOARD_ID_PATTERN}$`);

/** A proposal's printable decision packet. The token travels in the URL fragment, as on the board page. */
export default async function PacketPage({ params }: { params: Promise<{ id: string; pid: string }> }) {
  const { id, pid } = await params;
  if (!ID.test(id) || !proposalIdSchema.safeParse(pid).success) notFound();
  return <PacketApp boardId={id} proposalId={pid} />;
}
