'use client';
import { translator, type Lang } from '@/lib/i18n';
import { workshopBannersText } from '@/lib/i18n/workshop-banners';
import { LockIcon } from './icons';
import type { FollowState } from './use-follow';

/** "Du følger …" with the way out, while this page follows someone; says so when the leader is away. */
export function FollowBanner({ follow, lang }: { follow: FollowState; lang: Lang }) {
  const t = translator(workshopBannersText, lang);
  if (!follow.target) return null;
  const name = follow.leader?.user.name ?? follow.target.name;
  const colour = follow.leader?.user.colour ?? '#1d4ed8';
  return (
    <div role="status" data-testid="follow-banner" className="flex flex-wrap items-center gap-3 border-b px-4 py-1 text-sm max-sm:gap-x-2 max-sm:gap-y-0.5 max-sm:px-2 max-sm:py-0.5 max-sm:text-xs" style={{ borderColor: colour, backgroundColor: `${colour}14` }}>
      <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: colour }} />
      <p className="font-medium">{t('follow.banner', { name })}</p>
      {follow.leader ? null : <p className="text-slate-600">{t('follow.away', { name })}</p>}
      <button type="button" onClick={follow.stop} className="ml-auto rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-50 max-sm:py-0 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        {t('follow.stop')}
      </button>
    </div>
  );
}

/** The board's lock as every screen shows it, worded for facilitators (who may still edit) and for everyone else; one tight line on a phone. */
export function LockBanner({ locked, facilitator, lang }: { locked: boolean; facilitator: boolean; lang: Lang }) {
  const t = translator(workshopBannersText, lang);
  if (!locked) return null;
  return (
    <p role="status" data-testid="lock-banner" className="flex items-center gap-1.5 border-b border-red-200 bg-red-50 px-4 py-1 text-sm font-medium text-red-900 max-sm:px-2 max-sm:py-0.5 max-sm:text-xs">
      <LockIcon />
      {facilitator ? t('lock.bannerFacilitator') : t('lock.banner')}
    </p>
  );
}
