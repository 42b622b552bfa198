import { buildSync, transformSync } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * zod's mini API for the browser, bundled with only what the app uses.
 *
 * Turbopack keeps nearly all of zod's core in a page that imports `zod/mini` (its modules reach
 * each other through namespace imports, which it does not shake), about 25 kB gzip on the board
 * page's first load; esbuild shakes the same imports down to about 12 kB. So the browser build
 * resolves `zod/mini` to this bundle: zod's own code, from node_modules, cut to the functions
 * the sources name. Server code and tests keep using the package as installed.
 */

const SOURCE_DIRS = ['app', 'lib'];
const IMPORTS_ZOD_MINI = /from\s*['"]zod\/mini['"]/;
const NAMESPACE_IMPORT = /import\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s+from\s*['"]zod\/mini['"]/g;
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]zod\/mini['"]/g;

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [file] : [];
  });
}

/**
 * The runtime exports of `zod/mini` that the sources use as values (as `z.name` after
 * `import * as z from 'zod/mini'`, or imported by name). A name imported by name and missed here
 * fails the build ("export not found"); a namespace is read only as `z.name`, so passing `z`
 * itself around or indexing it by a computed name would go unseen: the sources do neither.
 */
export function usedZodMiniExports(root) {
  const runtime = new Set(Object.keys(createRequire(import.meta.url)('zod/mini')));
  const used = new Set();
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const source = readFileSync(file, 'utf8');
    if (!IMPORTS_ZOD_MINI.test(source)) continue;
    // Read as compiled, so names used only as types (`z.infer`, `z.core.$ZodType`) are gone.
    const text = transformSync(source, { loader: file.endsWith('x') ? 'tsx' : 'ts', jsx: 'preserve' }).code;
    for (const [, alias] of text.matchAll(NAMESPACE_IMPORT)) {
      for (const [, name] of text.matchAll(new RegExp(`(?<![\\w$.])${alias.replace(/\$/g, '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g'))) used.add(name);
    }
    for (const [, list] of text.matchAll(NAMED_IMPORT)) {
      for (const spec of list.split(',')) used.add(spec.split(/\s+as\s+/)[0].trim());
    }
  }
  return [...used].filter((name) => runtime.has(name)).sort();
}

/** Where the bundle is written, relative to the project (the form Turbopack's aliases take). */
export const BROWSER_ZOD = './node_modules/.cache/ansvarstavla/zod-mini.browser.js';

/** Writes the browser bundle for the sources under `root`, touching the file only when it changes. */
export function writeBrowserZod(root) {
  const names = usedZodMiniExports(root);
  const result = buildSync({
    stdin: { contents: `export { ${names.join(', ')} } from 'zod/mini';`, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Stdin input is not shaken unless asked; syntax minification drops what is left dead. Names stay
    // readable (the page build minifies everything anyway).
    treeShaking: true,
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const file = path.join(root, BROWSER_ZOD);
  if (existsSync(file) && readFileSync(file, 'utf8') === code) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
}
