import { chromium, type Browser, type Response } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServerProcess } from './processes';
import { median, type BenchRow } from './table';

const SECRET = 'bench-secret-0123456789abcdefghijklmnop';
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const VIEWPORT = { width: 1280, height: 720 };
const INTERACTIVE_TIMEOUT_MS = 15_000;

// Predicates run in the page as strings: tsx compiles functions with name helpers
// (`__name`) that do not exist in the browser, so a serialised function would throw there.
// "Usable" is what a person needs to work: live socket, nothing unsaved, a card to drag.
// The check polls every frame, so it reads attributes only: innerText would force a layout
// on each poll and slow the very page being measured.
const STATE = `(() => {
  const state = (id) => document.querySelector('[data-testid="' + id + '"]')?.getAttribute('data-state') ?? null;
  const buttons = document.querySelectorAll('section[aria-label="Kommune"] [role="button"], section[aria-label="Kommune"] button');
  const handle = [...buttons].some((b) => (b.getAttribute('aria-label') ?? '').startsWith('Legevakt'));
  return { connection: state('connection'), saved: state('saved'), handle };
})()`;
const INTERACTIVE = `(() => { const s = ${STATE}; return s.connection === 'connected' && s.saved === 'saved' && s.handle ? performance.now() : false; })()`;
const SEEN = `({ ...${STATE}, text: (document.body?.innerText ?? '').slice(0, 160) })`;

/** One JavaScript file the board page loaded before it was usable, with its gzip size. */
export type ScriptFile = { url: string; gzipBytes: number };

/** What one cold load of the board page cost: time to interactive, its scripts and its HTML. */
export type PageLoad = { ttiMs: number; scripts: ScriptFile[]; htmlGzipBytes: number };

const gzipBytes = async (r: Response) => gzipSync(await r.body()).length;

/** A board on a fresh server, joined once as an editor, so the page can open as a returning participant. */
async function seedBoard(base: string): Promise<{ url: string; storageKey: string; joined: unknown }> {
  const post = async (url: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`board page bench: POST ${url} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const board = (await post('/api/boards', { title: 'Bench board page', template: 'dagens-ordning' })) as { id: string; tokens: { editor: string } };
  const token = board.tokens.editor;
  const joined = await post(`/api/boards/${board.id}/join`, { name: 'Bench', organisation: 'Bench' }, token);
  // Same key as app/b/[id]/session.ts sessionKey: the board and the link token's tail.
  return { url: `${base}/b/${board.id}#t=${token}`, storageKey: `ansvarstavla:joined:${board.id}:${token.slice(-16)}`, joined };
}

/** Loads the board page in a fresh browser context (empty cache) and waits until it is usable. */
async function loadOnce(browser: Browser, seed: Awaited<ReturnType<typeof seedBoard>>, origin: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // Runs before any page script, so the app finds the joined participant and skips the dialog.
    await context.addInitScript({
      content: `if (location.origin === ${JSON.stringify(origin)}) localStorage.setItem(${JSON.stringify(seed.storageKey)}, ${JSON.stringify(JSON.stringify(seed.joined))});`,
    });
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || new URL(r.url()).pathname.endsWith('.js')) scripts.push(r);
    });
    const doc = await page.goto(seed.url, { waitUntil: 'commit' });
    if (!doc?.ok()) throw new Error(`board page bench: ${seed.url} answered ${doc?.status() ?? 'nothing'}`);
    let ttiMs: number;
    try {
      const handle = await page.waitForFunction(INTERACTIVE, undefined, { timeout: INTERACTIVE_TIMEOUT_MS, polling: 'raf' });
      ttiMs = (await handle.jsonValue()) as number;
    } catch (error) {
      const seen: unknown = await page.evaluate(SEEN).catch(() => 'page gone');
      throw new Error(`board page bench: not interactive within ${INTERACTIVE_TIMEOUT_MS} ms; last seen ${JSON.stringify(seen)} (${String(error).split('\n')[0]})`);
    }
    // Only what arrived before the board was usable; later idle prefetches are not first load.
    const loaded = scripts.slice();
    const files = await Promise.all(loaded.map(async (r) => ({ url: r.url(), gzipBytes: await gzipBytes(r) })));
    return { ttiMs, scripts: files, htmlGzipBytes: await gzipBytes(doc) };
  } finally {
    await context.close();
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

/**
 * Serves the production build (built first when stale, which can take minutes) and loads
 * a board as a returning participant: one warm-up, then `samples` cold loads in fresh contexts.
 */
export async function measureBoardPage(samples = 5): Promise<PageLoad[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-page-'));
  let server: { child: ChildProcess; port: number } | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServerProcess({ SERVE_APP: '1', DATA_DIR: dataDir, BOARD_SECRET: SECRET }).catch((error: unknown) => {
      throw new Error(`board page bench: server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
    const origin = `http://127.0.0.1:${server.port}`;
    const seed = await seedBoard(origin);
    browser = await chromium.launch(LAUNCH);
    // The first request compiles and caches server-side; it is not what a visitor sees.
    await loadOnce(browser, seed, origin);
    const loads: PageLoad[] = [];
    for (let i = 0; i < samples; i++) loads.push(await loadOnce(browser, seed, origin));
    return loads;
  } finally {
    await browser?.close();
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Sum of the gzip sizes of a load's scripts. */
export const scriptGzipTotal = (load: PageLoad) => load.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

/** The board page's target rows: first-load JavaScript (< 300 kB gzip), median time to interactive (< 1.5 s), HTML size. */
export async function benchBoardPage(samples = 5): Promise<BenchRow[]> {
  const loads = await measureBoardPage(samples);
  // The heaviest load counts, should a chunk race in before interactive on one run only.
  const heaviest = loads.reduce((a, b) => (scriptGzipTotal(b) > scriptGzipTotal(a) ? b : a));
  const jsKb = scriptGzipTotal(heaviest) / 1000;
  const tti = median(loads.map((l) => l.ttiMs));
  return [
    { name: `first-load JS, gzip (${heaviest.scripts.length} files)`, value: jsKb, unit: 'kB', target: '< 300 kB', pass: jsKb < 300 },
    { name: `time to interactive, median of ${samples} cold loads`, value: tti, unit: 'ms', target: '< 1500 ms', pass: tti < 1500 },
    { name: 'board page HTML, gzip', value: heaviest.htmlGzipBytes / 1000, unit: 'kB', target: 'reported', pass: true },
  ];
}
