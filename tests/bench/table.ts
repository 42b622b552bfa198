/**
 * A benchmark result row: what was measured, the figure, and the target it is held to. `digits`:
 * decimals shown, for counts that would read oddly as 0.000; by default 3 below 10, else 1.
 */
export type BenchRow = { name: string; value: number; unit: string; target: string; pass: boolean; digits?: number };

/** Prints a titled table with columns padded to their widest cell. */
export function printColumns(title: string, head: string[], cells: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

/** Prints target rows as a table; returns false when any row misses its target. */
export function printTable(title: string, rows: BenchRow[]): boolean {
  const cells = rows.map((r) => [r.name, `${r.value.toFixed(r.digits ?? (r.value < 10 ? 3 : 1))} ${r.unit}`.trimEnd(), r.target, r.pass ? 'ok' : 'MISSED']);
  printColumns(title, ['measure', 'value', 'target', ''], cells);
  return rows.every((r) => r.pass);
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
