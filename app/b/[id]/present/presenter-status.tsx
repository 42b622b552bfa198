import { translator, type Lang } from '@/lib/i18n';
import { presenterText } from '@/lib/i18n/presenter';
import { workshopText } from '@/lib/i18n/workshop';
import { LockIcon, UnlockIcon } from '../workshop/icons';
import type { PresenterConnection } from './connection-state';

const PILL = 'flex items-center gap-[0.4em] rounded-full px-[0.8em] py-[0.15em] font-semibold whitespace-nowrap';
const TONE: Record<Exclude<PresenterConnection, 'live'>, string> = {
  connecting: 'bg-slate-200 text-slate-800',
  offline: 'bg-amber-100 text-amber-950',
  refused: 'bg-red-700 text-white',
  closed: 'bg-red-100 text-red-900',
};

/**
 * The header's state pill: the lock (open or locked) while the board is live, and otherwise
 * what is wrong with the connection, so the room never reads "open" off a dead projector.
 */
export function PresenterStatus({ connection, locked, lang }: { connection: PresenterConnection; locked: boolean; lang: Lang }) {
  const t = translator(workshopText, lang);
  const p = translator(presenterText, lang);
  return (
    <div data-testid="presenter-connection" data-state={connection} className="text-[clamp(1rem,2.6vh,1.75rem)]">
      {connection === 'live' ? (
        <p data-testid="presenter-lock" data-locked={locked} className={`${PILL} ${locked ? 'bg-red-100 text-red-900' : 'bg-green-100 text-green-900'}`}>
          {locked ? <LockIcon className="size-[1.1em]" /> : <UnlockIcon className="size-[1.1em]" />}
          {locked ? t('present.locked') : t('present.open')}
        </p>
      ) : (
        <p className={`${PILL} ${TONE[connection]}`}>{p(`connection.${connection}`)}</p>
      )}
    </div>
  );
}
