import { expect } from 'vitest';

/**
 * An RFC 4180 reader for tests of the CSV exports, written independently of the writer so a
 * quoting bug cannot cancel out; it fails the test on an unterminated quote or text after the
 * last line break.
 */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  expect(quoted, 'unterminated quote').toBe(false);
  expect([row, cell], 'text after the last line break').toEqual([[], '']);
  return rows;
}
