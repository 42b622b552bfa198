/**
 * What the browser build gets for Node's `Buffer` (next.config.js aliases `buffer` here for the
 * browser). lib0 names Buffer only on its Node code paths, which a browser never takes, and the
 * bundler would otherwise ship a 7 kB polyfill on the board page for them.
 */
export const Buffer = undefined;
