import { describe, expect, it } from 'vitest';
import { createFeedSignals, type FeedSignal } from './feed-signals';

describe('feed signals', () => {
  it("tells each part's readers of its own changes only, and every reader of a reconnect", () => {
    const signals = createFeedSignals();
    const heard: Record<string, FeedSignal[]> = { proposals: [], rounds: [], history: [] };
    for (const part of ['proposals', 'rounds', 'history'] as const) signals.on(part, (s) => heard[part]!.push(s));
    signals.changed({ part: 'rounds', action: 'opened', id: 'r1' });
    signals.connected();
    expect(heard.rounds).toEqual([{ kind: 'changed', change: { part: 'rounds', action: 'opened', id: 'r1' } }, { kind: 'connected' }]);
    expect(heard.proposals).toEqual([{ kind: 'connected' }]);
    expect(heard.history).toEqual([{ kind: 'connected' }]);
  });

  it('stops telling a reader that left, also one that leaves while being told', () => {
    const signals = createFeedSignals();
    let a = 0;
    let b = 0;
    const offA = signals.on('breakouts', () => {
      a++;
      offA();
    });
    signals.on('breakouts', () => b++);
    signals.changed({ part: 'breakouts', action: 'split', round: 1 });
    signals.changed({ part: 'breakouts', action: 'split', round: 2 });
    expect([a, b]).toEqual([1, 2]);
  });
});
