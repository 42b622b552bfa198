'use client';
import type { Participant } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { commentThreadsText } from '@/lib/i18n/comment-threads';

type Props = { id: string; matches: Participant[]; active: number; lang: Lang; onChoose: (p: Participant) => void };

/** The participants an @mention may name, as a listbox tied to the textarea by aria-activedescendant. */
export function MentionList({ id, matches, active, lang, onChoose }: Props) {
  const t = translator(commentThreadsText, lang);
  const tb = translator(boardText, lang);
  return (
    <ul id={id} role="listbox" aria-label={t('composer.suggestions')} className="absolute inset-x-0 top-full z-20 mt-1 max-h-48 overflow-y-auto rounded border border-slate-200 bg-white py-1 shadow-lg">
      {matches.map((p, i) => (
        <li
          key={p.participantId}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          // Keep focus (and the caret) in the textarea while clicking.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(p)}
          className={`cursor-pointer px-3 py-1 text-sm ${i === active ? 'bg-blue-100' : 'hover:bg-slate-50'}`}
        >
          <span className="font-medium">{p.name}</span>
          <span className="text-slate-600">
            {p.organisation ? `, ${p.organisation}` : ''} · {tb(`role.${p.role}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
