import { performance } from 'node:perf_hooks';
import { allocationFromTemplate, type Allocation } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import { computeConsequences } from '@/lib/consequences/engine';
import { median, type BenchRow } from './table';

function timeRecompute(allocation: Allocation, rounds: number): number {
  for (let i = 0; i < 200; i++) computeConsequences(allocation, catalog);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const result = computeConsequences(allocation, catalog);
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error('benchmark allocation is invalid');
  }
  return median(samples);
}

/** Median time of one full recompute (all indicators, baseline included) per template. */
export function benchConsequences(rounds = 2000): BenchRow[] {
  return catalog.templates.map((t) => {
    const ms = timeRecompute(allocationFromTemplate(t, catalog), rounds);
    return { name: `recompute, ${t.id}`, value: ms, unit: 'ms', target: '< 1 ms', pass: ms < 1 };
  });
}
