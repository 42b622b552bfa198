'use client';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { insertMention, matchParticipants, mentionQuery } from '@/lib/comment-text';
import type { Participant } from '@/lib/comments';

/** The @mention autocomplete's state for one textarea. */
export type MentionState = {
  /** Participants matching what is typed after `@`; empty when the list is closed. */
  matches: Participant[];
  active: number;
  /** Call on every input, click and key-up, so the list follows the caret. */
  track: (el: HTMLTextAreaElement) => void;
  /** Handles arrows, Enter, Tab and Escape while the list is open; true when it used the key. */
  onKey: (e: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  choose: (p: Participant) => void;
};

/**
 * Autocomplete for `@Name` in a controlled textarea: the query is the text from an `@` to the
 * caret, choosing inserts "@Name " and puts the caret after it. Escape or a choice closes the
 * list until another `@` is typed.
 */
export function useMention(ref: RefObject<HTMLTextAreaElement | null>, text: string, setText: (t: string) => void, participants: readonly Participant[]): MentionState {
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  // The caret to restore once React has written the new text into the textarea.
  const pendingCaret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (pendingCaret.current === null || !el) return;
    el.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text, ref]);

  const query = mentionQuery(text, Math.min(caret, text.length));
  const matches = query && query.start !== dismissedAt ? matchParticipants(query.query, participants) : [];
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const choose = (p: Participant) => {
    if (!query) return;
    const next = insertMention(text, query.start, Math.min(caret, text.length), p.name);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    // "@Kari " still starts "Kari Nordmann"; the list stays shut until another @.
    setDismissedAt(query.start);
    setText(next.text);
    ref.current?.focus();
  };

  const track = (el: HTMLTextAreaElement) => {
    const at = el.selectionStart ?? el.value.length;
    if (at !== caret) setActive(0);
    setCaret(at);
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (matches.length === 0 || e.nativeEvent.isComposing) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setActive((current + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) || e.key === 'Tab') {
      choose(matches[current]!);
    } else if (e.key === 'Escape') {
      setDismissedAt(query!.start);
    } else return false;
    e.preventDefault();
    return true;
  };

  return { matches, active: current, track, onKey, choose };
}
