import type { ReactNode } from 'react';
import { STICKY_FIRST, TableFrame } from '../compare/table-frame';

type Props = {
  /** The table's name, also its scroll region's name. */
  heading: string;
  /** Labels of the row-heading column and the main board's column. */
  first: string;
  main: string;
  groups: readonly { boardId: string; name: string }[];
  /** Right-aligns the value columns, for figures. */
  numeric?: boolean;
  /** The rows; each starts with a row heading styled with STICKY_FIRST. */
  children: ReactNode;
};

/**
 * A table with a column for the main board and one per group: the frame both breakout comparisons
 * share. Group names wrap, never cut; with more groups than the width holds the table scrolls in
 * its frame with the row headings kept in view.
 */
export function GroupsTable({ heading, first, main, groups, numeric = false, children }: Props) {
  const value = numeric ? 'pr-2 text-right' : 'pr-2';
  return (
    <TableFrame label={heading}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className={`border-b text-slate-600 ${numeric ? 'align-bottom' : ''}`}>
            <th scope="col" className={`py-1 pr-2 ${STICKY_FIRST}`}>
              {first}
            </th>
            <th scope="col" className={value}>
              {main}
            </th>
            {groups.map((g) => (
              <th key={g.boardId} scope="col" data-testid="group-heading" data-board={g.boardId} className={`${value} min-w-[7rem] break-words`}>
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={numeric ? 'tabular-nums' : undefined}>{children}</tbody>
      </table>
    </TableFrame>
  );
}
