'use client';
import type { BreakoutGroup } from '@/lib/breakouts';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { breakoutsText } from '@/lib/i18n/breakouts';
import type { Role } from '@/lib/roles';
import { CopyLink } from './copy-link';

type Props = { round: number; groups: readonly BreakoutGroup[]; lang: Lang };

/** A link as the server gives it (a path with the token in the fragment) made absolute for copying. */
const absolute = (link: string) => new URL(link, location.origin).toString();
const OTHER_ROLES: readonly Role[] = ['facilitator', 'commenter', 'viewer'];

/**
 * The newest round's groups by name. Where the answer carries links (a facilitator's), each group
 * shows its editor link first, the one a group needs, and the other three folded away.
 */
export function GroupList({ round, groups, lang }: Props) {
  const t = translator(breakoutsText, lang);
  const role = translator(boardText, lang);
  return (
    <section aria-labelledby="breakout-groups-h" className="space-y-2">
      <h4 id="breakout-groups-h" className="font-semibold">
        {t('groups.heading', { round })}
      </h4>
      <ul className="space-y-2">
        {groups.map((g) => (
          <li key={g.boardId} data-testid="breakout-group" data-board={g.boardId} aria-label={g.name} className="rounded border border-slate-200 p-2">
            <h5 className="font-medium">{g.name}</h5>
            {g.links ? (
              <div className="mt-1 space-y-1 text-sm">
                <p className="text-slate-600">{t('groups.editorHint')}</p>
                <CopyLink link={absolute(g.links.editor)} label={t('groups.editorLink')} copyLabel={t('groups.copy', { name: g.name })} lang={lang} />
                <a href={g.links.facilitator} target="_blank" rel="noopener" className="inline-block text-blue-800 underline underline-offset-2">
                  {t('groups.open', { name: g.name })}
                </a>
                <details>
                  <summary className="cursor-pointer text-slate-700">{t('groups.otherLinks', { name: g.name })}</summary>
                  <div className="mt-1 space-y-1">
                    {OTHER_ROLES.map((r) => (
                      <CopyLink
                        key={r}
                        link={absolute(g.links![r])}
                        label={t('groups.linkLabel', { role: role(`role.${r}`), name: g.name })}
                        copyLabel={t('groups.copyRole', { role: role(`role.${r}`), name: g.name })}
                        lang={lang}
                      />
                    ))}
                  </div>
                </details>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
