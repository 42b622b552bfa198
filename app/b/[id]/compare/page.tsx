import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { SharedComparison } from './shared-comparison';

export const metadata: Metadata = { title: 'Sammenligning – Ansvarstavla' };

const ID = new RegExp(`^${BOARD_ID_PATTERN}$`);

/** A comparison opened from a share link: read-only; the token travels in the URL fragment. */
export default async function ComparePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID.test(id)) notFound();
  return <SharedComparison boardId={id} />;
}
