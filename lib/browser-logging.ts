/**
 * What the browser build gets for lib0's logging module (next.config.js aliases `lib0/logging`
 * here for the browser). Yjs prints a few warnings through it; lib0's own version styles them
 * with its DOM and schema helpers, which would put about 3 kB gzip on the board page's first
 * load for a console message. Here the style marks are accepted and dropped.
 */

export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const BLUE = Symbol('blue');
export const GREY = Symbol('grey');
export const GREEN = Symbol('green');
export const RED = Symbol('red');
export const PURPLE = Symbol('purple');
export const ORANGE = Symbol('orange');
export const UNCOLOR = Symbol('uncolor');

/** The message without its style marks. */
export const plain = (args: unknown[]): unknown[] => args.filter((arg) => typeof arg !== 'symbol');

export const print = (...args: unknown[]): void => console.log(...plain(args));
export const warn = (...args: unknown[]): void => console.warn(...plain(args));
