'use client';
import { CLOSE } from '@/lib/protocol';
import { translator, type Lang } from '@/lib/i18n';
import { unsavedText } from '@/lib/i18n/unsaved';

type Props = {
  closed: { code: number; reason: string } | null;
  facilitator: boolean;
  lang: Lang;
  /** Throws away the edits the server would not take and loads the board afresh. */
  onReload: () => void;
  /** Opens the workshop tab, where a facilitator finds "Rydd tavla". */
  onOpenClean: () => void;
};

/**
 * A socket closed over an edit the board cannot take (4413 full or too large, 4422 beyond its
 * limits). That edit stays in this copy and the device copy and would be sent again on every
 * reconnect, so the way on is to load the board again without it; a facilitator can also make
 * room by cleaning the board.
 */
export function ConnectionProblem({ closed, facilitator, lang, onReload, onOpenClean }: Props) {
  const t = translator(unsavedText, lang);
  if (!closed || (closed.code !== CLOSE.tooLarge && closed.code !== CLOSE.badContent)) return null;
  return (
    <div role="alert" data-testid="connection-problem" className="space-y-1 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-950">
      <p className="font-medium">{closed.code === CLOSE.tooLarge ? t('problem.4413') : t('problem.4422')}</p>
      <p>{facilitator ? t('problem.facilitator') : t('problem.others')}</p>
      <p>{t('problem.reloadHelp')}</p>
      <div className="flex flex-wrap gap-2 pt-1">
        <button type="button" onClick={onReload} className="rounded bg-red-900 px-3 py-1 font-medium text-white hover:bg-red-800">
          {t('problem.reload')}
        </button>
        {facilitator ? (
          <button type="button" onClick={onOpenClean} className="rounded border border-red-300 bg-white px-3 py-1 hover:bg-red-100">
            {t('problem.openClean')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
