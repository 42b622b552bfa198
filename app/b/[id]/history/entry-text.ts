import { catalog } from '@/lib/catalog';
import type { HistoryChange, HistoryEntry } from '@/lib/history';
import { translator, type Lang } from '@/lib/i18n';
import { cardName } from '@/lib/i18n/catalog-names';
import { historyText } from '@/lib/i18n/history';
import { erasedText } from '@/lib/i18n/erased';
import { shownName } from '@/lib/own-data';
import { columnLabels } from './column-labels';

/** An entry as the timeline reads it: who made it and each change in words. */
export type EntryText = { who: string; changes: string[] };

/**
 * Words for an entry. Names come from the entry before it (what was moved away from or
 * removed) and from the entry itself (what was added or renamed), so a column removed in the
 * same burst as a move still has its name. The first entry, with no one and nothing changed, is the board's creation.
 */
export function describeEntry(entry: HistoryEntry, before: HistoryEntry | null, lang: Lang): EntryText {
  const t = translator(historyText, lang);
  const then = columnLabels(before?.allocation.levels ?? [], lang);
  const now = columnLabels(entry.allocation.levels, lang);
  const own = new Map([...(before?.custom ?? []), ...entry.custom].map((c) => [c.id, c.name]));
  const card = (id: string) => cardName(catalog, id, lang, own);
  const level = (id: string) => now.get(id) ?? then.get(id) ?? id;
  const oldLevel = (id: string) => then.get(id) ?? now.get(id) ?? id;
  const text = (c: HistoryChange): string => {
    switch (c.kind) {
      case 'move':
        return t('change.move', { card: card(c.card), from: oldLevel(c.from), to: level(c.to) });
      case 'level-added':
        return t('change.levelAdded', { level: level(c.level) });
      case 'level-removed':
        return t('change.levelRemoved', { level: oldLevel(c.level) });
      case 'level-renamed':
        return t('change.levelRenamed', { from: oldLevel(c.level), to: level(c.level) });
      case 'card-added':
        return t('change.cardAdded', { card: c.name });
      case 'card-removed':
        return t('change.cardRemoved', { card: card(c.card) });
    }
  };
  const who =
    entry.actors.length > 0
      ? entry.actors.map((a) => (a.organisation ? `${a.name} (${a.organisation})` : shownName(a, translator(erasedText, lang)('erased.name')))).join(', ')
      : entry.changes.length === 0
        ? t('entry.created')
        : t('entry.server');
  return { who, changes: entry.changes.map(text) };
}
