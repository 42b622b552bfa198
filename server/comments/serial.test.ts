import { describe, expect, it } from 'vitest';
import { keyedSerial } from './serial';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('keyedSerial', () => {
  it('runs tasks of one key one at a time in call order, other keys alongside', async () => {
    const run = keyedSerial();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([run('a', task('a1')), run('a', task('a2')), run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('keeps going after a task fails, and hands the failure to its caller', async () => {
    const run = keyedSerial();
    const failed = run('a', async () => {
      throw new Error('boom');
    });
    const next = run('a', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });
});
