'use client';
import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { fitPlans, largestFitting, type FitPlan } from './fit-plan';

// Below 9 px a card is unreadable even close up; above 30 px a board with few cards turns into a poster.
const MIN_PX = 9;
const MAX_PX = 30;
// More sub-columns make each card narrower and harder to scan, so a split must win by this much.
const SPLIT_GAIN_PX = 1;

const overflows = (el: Element) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
// A list's cards are measured by their layout boxes, not by the list's scroll size: the slide-in
// of a moved card is a transform, and would count as overflow for as long as it plays. A card
// whose own content is wider than it (a long word, a figure that does not wrap) does not fit either.
const listFits = (list: HTMLElement) =>
  [...list.children].every((item) => {
    const card = item as HTMLElement;
    const inside = card.offsetTop + card.offsetHeight <= list.clientHeight + 1 && card.offsetLeft + card.offsetWidth <= list.clientWidth + 1;
    return inside && card.scrollWidth <= card.clientWidth + 1;
  });

// A list is a multi-column box: cards run down one sub-column and on into the next, each as
// tall as its own text (a grid would give a whole row its tallest card's height), and what does
// not fit spills into a further sub-column to the right, where the width check catches it.
function applyPlan(columns: readonly HTMLElement[], plan: FitPlan) {
  columns.forEach((column, i) => {
    const { cols } = plan.columns[i] ?? { cols: 1 };
    column.style.flexGrow = String(cols);
    const list = column.querySelector<HTMLElement>('[data-fit-list]');
    if (list) list.style.columnCount = String(cols);
  });
}

/**
 * Sizes a presenter board to its box: for each way of splitting its columns (see fitPlans) the
 * largest card font at which no column and no list overflows, keeping the best. The board's
 * children size everything in em, so one font size scales cards, gaps and headings together.
 * Marks the board `data-fit="overflow"` when not even the smallest size fits (its words then
 * break anywhere, so at least nothing runs out of its card).
 */
export function fitBoard(board: HTMLElement): void {
  // Words break anywhere only on a board that does not fit; never while measuring.
  board.dataset.fit = 'measuring';
  const columns = [...board.querySelectorAll<HTMLElement>('[data-fit-column]')];
  const plans = fitPlans(columns.map((c) => Number(c.dataset.fitCount ?? '1')));
  const fitsAt = (px: number) => {
    board.style.fontSize = `${px}px`;
    return !overflows(board) && columns.every((c) => !overflows(c) && [...c.querySelectorAll<HTMLElement>('[data-fit-list]')].every(listFits));
  };
  let best: { plan: FitPlan; px: number } | null = null;
  for (const plan of plans) {
    const floor = best ? best.px + SPLIT_GAIN_PX : MIN_PX;
    if (floor > MAX_PX) break;
    applyPlan(columns, plan);
    const px = largestFitting(fitsAt, floor, MAX_PX);
    if (px !== null) best = { plan, px };
  }
  const chosen = best ?? { plan: plans[plans.length - 1]!, px: MIN_PX };
  applyPlan(columns, chosen.plan);
  board.style.fontSize = `${chosen.px}px`;
  board.dataset.fit = best ? 'fits' : 'overflow';
}

/**
 * Fits the board after every render (the caller memoises it, so that is when its cards change)
 * and whenever its box changes size: a window resized, the timer or a longer people line
 * appearing above it. Layout effects run before paint, so an unfitted board is never seen.
 */
export function useFitBoard(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (ref.current) fitBoard(ref.current);
  });
  useEffect(() => {
    const board = ref.current;
    if (!board) return;
    let size = `${board.clientWidth}x${board.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${board.clientWidth}x${board.clientHeight}`;
      if (now === size) return;
      size = now;
      fitBoard(board);
    });
    observer.observe(board);
    return () => observer.disconnect();
  }, [ref]);
}
