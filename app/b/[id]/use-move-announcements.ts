'use client';
import { useEffect, useRef, useState } from 'react';
import type { BoardProjection } from '@/lib/board-doc';
import type { Translate } from '@/lib/i18n';
import type { boardText } from '@/lib/i18n/board';
import type { AnchorNames } from './comments/anchor-names';
import type { LiveClient } from './live-client';
import { peersOf, trackCardOrigins } from './use-live';

type Args = {
  client: LiveClient;
  projection: BoardProjection;
  synced: boolean;
  names: AnchorNames;
  labels: Map<string, string>;
  t: Translate<(typeof boardText)['nb']>;
};

/**
 * Card moves in words for screen readers ("Anne flyttet Legevakt til …"), and the cards that
 * just arrived from someone else, for a moment, so they can be animated.
 */
export function useMoveAnnouncements({ client, projection, synced, names, labels, t }: Args): { announcement: string; arrived: ReadonlySet<string> } {
  const [announcement, setAnnouncement] = useState('');
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  // Subscribed in an effect, not during render, so a render React throws away leaks no listener.
  const origins = useRef<ReturnType<typeof trackCardOrigins> | null>(null);
  useEffect(() => {
    const tracker = trackCardOrigins(client.doc);
    origins.current = tracker;
    return () => tracker.stop();
  }, [client]);
  const previous = useRef<Map<string, string> | null>(null);
  const lastDragger = useRef(new Map<string, string>());
  // Noted as each presence change arrives, not when the board renders: a drag that starts and
  // ends between two renders (a busy page) still names its mover.
  useEffect(() => {
    const { awareness } = client.provider;
    const note = () => {
      for (const p of peersOf(awareness)) if (p.drag) lastDragger.current.set(p.drag.card, p.user.name);
    };
    awareness.on('change', note);
    note();
    return () => awareness.off('change', note);
  }, [client]);

  useEffect(() => {
    const now = new Map(projection.allocation.placements.map((p) => [p.responsibility, p.level]));
    const before = previous.current;
    const { own, remote } = origins.current?.take() ?? { own: new Set<string>(), remote: new Set<string>() };
    // Until the first sync the document fills from storage and the server; nothing "moved".
    previous.current = synced ? now : null;
    if (!before) return;
    const name = (card: string) => names.cards.get(card) ?? card;
    const messages: string[] = [];
    const landed = new Set<string>();
    for (const [card, level] of now) {
      if (before.get(card) === level) continue;
      const where = labels.get(level) ?? level;
      const mover = lastDragger.current.get(card);
      if (remote.has(card) && !own.has(card)) {
        landed.add(card);
        messages.push(mover ? t('announce.movedBy', { name: mover, card: name(card), level: where }) : t('announce.moved', { card: name(card), level: where }));
      } else messages.push(t('announce.moved', { card: name(card), level: where }));
    }
    if (messages.length > 0) setAnnouncement(messages.join(' '));
    if (landed.size > 0) setArrived(landed);
  }, [projection, synced, labels, names, t]);

  useEffect(() => {
    if (arrived.size === 0) return;
    const timer = setTimeout(() => setArrived(new Set()), 1500);
    return () => clearTimeout(timer);
  }, [arrived]);

  return { announcement, arrived };
}
