import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceTree } from '@/tests/source-tree';
import { BROWSER_ZOD, usedZodMiniExports, writeBrowserZod } from './browser-zod.mjs';

const { root, write: source } = sourceTree('browser-zod-');

describe('the browser cut of zod/mini', () => {
  source('lib/a.ts', "import * as z from 'zod/mini';\nexport const s = z.object({ n: z.number() });\nexport type S = z.infer<typeof s>;\n");
  // Names used only as types are not in the cut: `core` would bring all of zod's core back.
  source('app/b.tsx', "import * as m from 'zod/mini';\nexport const f = (x: m.core.$ZodType<string>) => m.safeParse(x, 1);\n");
  source('lib/c.ts', "import { array as list, string } from 'zod/mini';\nexport const l = list(string());\n");
  source('lib/c.test.ts', "import * as z from 'zod/mini';\nexport const t = z.uuid();\n");
  source('lib/d.ts', "export const z = { email: () => 1 };\nexport const e = z.email();\n");

  it('takes the runtime names the sources use as values, under any alias, and no test or type names', () => {
    expect(usedZodMiniExports(root)).toEqual(['array', 'number', 'object', 'safeParse', 'string']);
  });

  it("bundles the project's own names into a module that parses as zod does", async () => {
    const project = path.resolve(import.meta.dirname, '..');
    writeBrowserZod(project);
    const file = path.join(project, BROWSER_ZOD);
    type Schema = { safeParse: (v: unknown) => { success: boolean } };
    const cut = (await import(pathToFileURL(file).href)) as { object: (shape: Record<string, Schema>) => Schema; number: () => Schema };
    const names = usedZodMiniExports(project);
    expect(names).toContain('object');
    expect(Object.keys(cut).sort()).toEqual(names);
    const schema = cut.object({ n: cut.number() });
    expect(schema.safeParse({ n: 1 }).success).toBe(true);
    expect(schema.safeParse({ n: 'one' }).success).toBe(false);
    // The whole package would carry its error messages in every language; the cut carries none.
    expect(readFileSync(file, 'utf8')).not.toContain('locales/');
  });
});
