import type { ReactNode } from 'react';

type Props = {
  /** The table's name, also its scroll region's name. */
  heading: string;
  /** Labels of the row-heading column and the main board's column. */
  first: string;
  main: string;
  groups: readonly { boardId: string; name: string }[];
  /** Right-aligns the value columns, for figures. */
  numeric?: boolean;
  /** The rows. */
  children: ReactNode;
};

/** A table with a column for the main board and one per group: the frame both breakout comparisons share. */
export function GroupsTable({ heading, first, main, groups, numeric = false, children }: Props) {
  const value = numeric ? 'pr-2 text-right' : 'pr-2';
  return (
    // Wide with many groups: the table scrolls on its own, and takes focus so the keyboard can scroll it.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={heading}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className={`border-b text-slate-600 ${numeric ? 'align-bottom' : ''}`}>
            <th className="py-1 pr-2">{first}</th>
            <th className={value}>{main}</th>
            {groups.map((g) => (
              <th key={g.boardId} className={value}>
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={numeric ? 'tabular-nums' : undefined}>{children}</tbody>
      </table>
    </div>
  );
}
