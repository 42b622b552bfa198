import { tokenizeComment, type Mentionable } from '@/lib/comment-text';

type Props = { body: string; participants: readonly Mentionable[]; me: string };

/**
 * A comment body as plain text: line breaks kept, http(s) URLs as links that open apart from
 * the board, @mentions highlighted (stronger for me). React escapes every piece, so markup in
 * a body shows as written.
 */
export function CommentText({ body, participants, me }: Props) {
  return (
    <p className="break-words whitespace-pre-wrap">
      {tokenizeComment(body, participants).map((piece, i) => {
        if (piece.kind === 'link')
          return (
            <a key={i} href={piece.href} target="_blank" rel="noreferrer noopener" className="break-all text-blue-700 underline hover:text-blue-900">
              {piece.text}
            </a>
          );
        if (piece.kind === 'mention') {
          const mine = piece.participantId === me;
          return (
            <span
              key={i}
              data-testid="mention"
              data-me={mine}
              className={`rounded px-0.5 ${mine ? 'bg-amber-300 font-semibold text-amber-950' : 'bg-sky-100 text-sky-900'}`}
            >
              {piece.text}
            </span>
          );
        }
        return piece.text;
      })}
    </p>
  );
}
