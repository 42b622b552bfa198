import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { BoardApp } from './board-app';
import { OfflineShell } from './offline-shell';

export const metadata: Metadata = { title: 'Tavle – Ansvarstavla' };

const ID = new RegExp(`^${BOARD_ID_PATTERN}$`);

/** A live board. The access token travels in the URL fragment, so only the browser reads it. */
export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID.test(id)) notFound();
  return (
    <>
      <BoardApp boardId={id} />
      <OfflineShell boardId={id} />
    </>
  );
}
