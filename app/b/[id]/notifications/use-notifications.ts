'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Notification } from '@/lib/notifications';
import type { ApiProblem } from '../shell/api';
import { coalesced } from '../shell/coalesced';
import type { FeedSignals } from '../shell/feed-signals';
import type { Joined } from '../session';
import { notificationsApi } from './notifications-api';

/** The participant's notifications as the bell shows them. */
export type NotificationsState = {
  list: Notification[];
  unread: number;
  loaded: boolean;
  problem: ApiProblem | null;
  markRead: (ids: string[] | 'all') => Promise<void>;
};

/**
 * Reads the participant's own notifications at once (the bell mounts once the board is usable),
 * again whenever the feed says theirs changed (a signal naming their participant id) and after
 * the feed reconnects. Reads are coalesced, since a busy thread sends signals in bursts.
 */
export function useNotifications(boardId: string, joined: Joined, signals: FeedSignals): NotificationsState {
  const api = useMemo(() => notificationsApi(boardId, joined.token), [boardId, joined.token]);
  const [state, setState] = useState<Omit<NotificationsState, 'markRead'>>({ list: [], unread: 0, loaded: false, problem: null });

  const read = useMemo(
    () =>
      coalesced(async () => {
        const r = await api.list();
        setState((s) => (r.ok ? { list: r.value.notifications, unread: r.value.unread, loaded: true, problem: null } : { ...s, loaded: true, problem: r.problem }));
      }),
    [api],
  );

  useEffect(() => {
    void read();
    return signals.on('notifications', (signal) => {
      if (signal.kind === 'connected' || (signal.change.part === 'notifications' && signal.change.to.includes(joined.participantId))) void read();
    });
  }, [read, signals, joined.participantId]);

  const markRead = useCallback(
    async (ids: string[] | 'all') => {
      const r = await api.markRead(ids);
      if (r.ok) setState({ list: r.value.notifications, unread: r.value.unread, loaded: true, problem: null });
    },
    [api],
  );
  return { ...state, markRead };
}
