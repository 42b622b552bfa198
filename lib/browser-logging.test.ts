import { describe, expect, it, vi } from 'vitest';
import { BOLD, ORANGE, RED, UNBOLD, print, warn } from './browser-logging';

describe("the browser's stand-in for lib0's logging", () => {
  it('prints the text and values of a styled message without its style marks', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const state = { clients: 2 };
    print(ORANGE, BOLD, '[yjs] ', UNBOLD, RED, 'Changed the client-id', state);
    expect(log).toHaveBeenCalledWith('[yjs] ', 'Changed the client-id', state);
    log.mockRestore();
  });

  it('warns through the console', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    warn('Invalid access');
    expect(spy).toHaveBeenCalledWith('Invalid access');
    spy.mockRestore();
  });
});
