import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function lintAs(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lib/ stays pure', () => {
  it.each([
    ["import fs from 'fs';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import next from 'next';"],
    ["import { headers } from 'next/headers';"],
    ["import { WebSocketServer } from 'ws';"],
    ["import Database from 'better-sqlite3';"],
    ["import pg from 'pg';"],
    ["import { x } from '../server/config';"],
    ["import { y } from '../../app/page';"],
    ["import { z } from '@/app/components/x';"],
  ])('forbids %s in lib/', async (code) => {
    expect(await lintAs('lib/catalog/probe.ts', `${code}\nexport const p = 1;\n`)).not.toEqual([]);
  });

  it('allows zod and sibling modules in lib/, and fs outside lib/', async () => {
    expect(await lintAs('lib/catalog/probe.ts', "import { z } from 'zod';\nimport { ok } from '../result';\nexport const p = [z, ok];\n")).toEqual([]);
    expect(await lintAs('server/probe.ts', "import fs from 'node:fs';\nexport const p = fs;\n")).toEqual([]);
  });
});
