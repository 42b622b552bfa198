import { describe, expect, it } from 'vitest';
import type { Allocation } from './allocation';
import { columnOf, columnsOf, dropTarget } from './columns';

const allocation: Allocation = {
  levels: [{ id: 'k', kind: 'kommune' }, { id: 's', kind: 'spesialisthelsetjenesten' }],
  placements: [
    { responsibility: 'c', level: 'k', order: 'a2' },
    { responsibility: 'a', level: 'k', order: 'a0' },
    { responsibility: 'b', level: 'k', order: 'a1' },
    { responsibility: 'x', level: 's', order: 'a0' },
  ],
};

describe('columnsOf', () => {
  it('sorts each column by order key', () => {
    expect(Object.fromEntries(columnsOf(allocation))).toEqual({ k: ['a', 'b', 'c'], s: ['x'] });
  });
  it('applies a drag preview, clamping its index', () => {
    expect(columnsOf(allocation, { card: 'b', level: 's', index: 0 }).get('s')).toEqual(['b', 'x']);
    expect(columnsOf(allocation, { card: 'b', level: 's', index: 0 }).get('k')).toEqual(['a', 'c']);
    expect(columnsOf(allocation, { card: 'a', level: 's', index: 99 }).get('s')).toEqual(['x', 'a']);
  });
});

describe('dropTarget', () => {
  const columns = columnsOf(allocation);
  it('takes the index of the card dropped on, in either direction within a column', () => {
    expect(dropTarget(columns, 'a', 'c')).toEqual({ card: 'a', level: 'k', index: 2 });
    expect(dropTarget(columns, 'c', 'a')).toEqual({ card: 'c', level: 'k', index: 0 });
  });
  it('puts a card dropped on another column at its end, and keeps it in place on its own column', () => {
    expect(dropTarget(columns, 'a', 'column:s')).toEqual({ card: 'a', level: 's', index: 1 });
    expect(dropTarget(columns, 'b', 'column:k')).toEqual({ card: 'b', level: 'k', index: 1 });
  });
  it('gives null for an unknown target', () => {
    expect(dropTarget(columns, 'a', 'column:nowhere')).toBeNull();
    expect(dropTarget(columns, 'a', 'nobody')).toBeNull();
    expect(columnOf(columns, 'nobody')).toBeNull();
  });
});
