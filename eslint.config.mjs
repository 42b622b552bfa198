import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * lib/ is the pure core shared by the app and the server: it must not reach for IO,
 * the framework or the server, so those imports are errors there (DESIGN.md, Shape).
 */
export const libRestrictions = {
  paths: [
    { name: 'next', message: 'lib/ is pure: no Next.js.' },
    { name: 'ws', message: 'lib/ is pure: no sockets.' },
    { name: 'fs', message: 'lib/ is pure: no file system.' },
    { name: 'node:fs', message: 'lib/ is pure: no file system.' },
    { name: 'fs/promises', message: 'lib/ is pure: no file system.' },
    { name: 'node:fs/promises', message: 'lib/ is pure: no file system.' },
    { name: 'better-sqlite3', message: 'lib/ is pure: no database driver.' },
    { name: 'pg', message: 'lib/ is pure: no database driver.' },
    { name: 'ioredis', message: 'lib/ is pure: no database driver.' },
    { name: 'redis', message: 'lib/ is pure: no database driver.' },
  ],
  patterns: [
    { group: ['next/*', 'ws/*', 'pg/*', 'redis/*', '@redis/*'], message: 'lib/ is pure: no framework, socket or database modules.' },
    { group: ['**/app/**', '**/app', '@/app/*', '**/server/**', '**/server', '@/server/*'], message: 'lib/ must not import app/ or server/.' },
  ],
};

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Plain JS here is Node tooling and config files.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', libRestrictions] },
  },
  {
    // Hooks called in order and effects that name what they read: the two rules whose breach is a
    // bug (a stale value, a hook skipped on one render). The plugin's compiler-oriented rules
    // judge code written for the React Compiler, which this app does not use.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
