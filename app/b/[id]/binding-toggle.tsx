'use client';
import { setBinding } from '@/lib/binding-ops';
import { ROOT } from '@/lib/board-doc';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import type { LiveClient } from './live-client';

type Props = { client: LiveClient; pathway: string; name: string; bound: boolean; lang: Lang; origin: symbol };

/**
 * Marks one pathway as a binding cross-level pathway or takes the mark away: a real button with
 * aria-pressed, so Tab reaches it and Space or Enter toggles it. Undo takes it back like a move.
 */
export function BindingToggle({ client, pathway, name, bound, lang, origin }: Props) {
  const t = translator(panelText, lang);
  const shown = bound ? t('handoffs.bound') : t('handoffs.markBound');
  return (
    <button
      type="button"
      aria-pressed={bound}
      // The name begins with the text on the button (label in name), then says which pathway.
      aria-label={t('handoffs.toggleLabel', { shown, pathway: name })}
      data-testid="binding-toggle"
      data-pathway={pathway}
      // The document, not the (deferred) panel, says what is marked now, so a quick second press takes it back.
      onClick={() => setBinding(client.doc, { pathway, bound: client.doc.getMap(ROOT.bindings).get(pathway) !== true }, origin)}
      className={`ml-1 rounded border px-1.5 py-0.5 text-xs focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
        bound ? 'border-green-700 bg-green-50 text-green-900' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
      }`}
    >
      {bound ? `✓ ${shown}` : shown}
    </button>
  );
}
