import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { PresenterApp } from './presenter-app';

export const metadata: Metadata = { title: 'Presentasjon – Ansvarstavla' };

const ID = new RegExp(`^${BOARD_ID_PATTERN}$`);

/** The presenter view for a projector. The token travels in the URL fragment, as on the board page. */
export default async function PresentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID.test(id)) notFound();
  return <PresenterApp boardId={id} />;
}
