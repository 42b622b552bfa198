import type { ReactNode } from 'react';

/**
 * The first cell of every row in a comparison table: it stays in view while the columns scroll
 * sideways, so a figure is never read without its name. Opaque, or scrolled cells show through;
 * raised just above its row and no higher, so the side panel's sticky tab bar still covers it.
 */
export const STICKY_FIRST = 'sticky left-0 z-[1] bg-white';

/**
 * A comparison table's frame: wider than the screen, the table scrolls within it and never the
 * page. It takes focus so the keyboard can scroll it, and its name is the table's. Positioned so
 * that screen-reader-only text (absolutely placed) is clipped here too, or it would widen the page.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative max-w-full overflow-x-auto" tabIndex={0} role="group" aria-label={label} data-testid="table-frame">
      {children}
    </div>
  );
}

/**
 * A column heading for one side (A, B): its short label, and beneath it the side's whole name
 * where one is given, wrapped instead of cut.
 */
export function SideHeading({ label, name, className = '' }: { label: string; name?: string; className?: string }) {
  return (
    // A name gets a column wide enough to read; it never breaks inside a word that fits on a line.
    <th scope="col" className={`align-bottom ${name ? 'min-w-[10rem]' : ''} ${className}`}>
      {label}
      {name ? (
        <span data-testid="side-name" className="block font-semibold text-slate-900 break-words">
          {name}
        </span>
      ) : null}
    </th>
  );
}
