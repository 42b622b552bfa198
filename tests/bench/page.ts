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

/** A device the board page is loaded on: its screen, touch, and how many times slower its CPU is than this machine's. */
export type Device = { label: string; viewport: { width: number; height: number }; mobile: boolean; cpuSlowdown: number };
export const DESKTOP: Device = { label: '1280x720', viewport: { width: 1280, height: 720 }, mobile: false, cpuSlowdown: 1 };
// A mid-range phone: its screen, touch, and a CPU about four times slower than a laptop's.
export const PHONE: Device = { label: 'phone 390x844, 4x CPU throttling', viewport: { width: 390, height: 844 }, mobile: true, cpuSlowdown: 4 };
const INTERACTIVE_TIMEOUT_MS = 15_000;

// Predicates run in the page as strings: tsx compiles functions with name helpers
// (`__name`) that do not exist in the browser, so a serialised function would throw there.
// "Usable" is what a person needs to work: live socket, nothing unsaved, a card to drag.
// The check polls every frame, so it reads attributes and textContent only: innerText would
// force a layout on each poll and slow the very page being measured. A card's handle is named
// by its own text, which begins with the responsibility.
const STATE = `(() => {
  const state = (id) => document.querySelector('[data-testid="' + id + '"]')?.getAttribute('data-state') ?? null;
  const buttons = document.querySelectorAll('section[aria-label="Kommune"] [role="button"], section[aria-label="Kommune"] button');
  const handle = [...buttons].some((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trimStart().startsWith('Legevakt'));
  return { connection: state('connection'), saved: state('saved'), handle };
})()`;
const INTERACTIVE = `(() => { const s = ${STATE}; return s.connection === 'connected' && s.saved === 'saved' && s.handle ? performance.now() : false; })()`;
const SEEN = `({ ...${STATE}, text: (document.body?.innerText ?? '').slice(0, 160) })`;

/** One JavaScript file the board page loaded before it was usable, with its gzip size. */
export type ScriptFile = { url: string; gzipBytes: number };

/** What one cold load of the board page cost: time to interactive, its scripts and its HTML. */
export type PageLoad = { ttiMs: number; scripts: ScriptFile[]; htmlGzipBytes: number };

const gzipBytes = async (r: Response) => gzipSync(await r.body()).length;

// Build files are immutable, so fetching one again gives the bytes the page got.
async function fetchGzipBytes(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`board page bench: ${url} answered ${res.status}`);
  return gzipSync(Buffer.from(await res.arrayBuffer())).length;
}

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

/** Loads the board page on `device` in a fresh browser context (empty cache) and waits until it is usable. */
async function loadOnce(browser: Browser, seed: Awaited<ReturnType<typeof seedBoard>>, origin: string, device: Device): Promise<PageLoad> {
  // The page's CSP forbids eval, which Playwright's string predicates need; it changes nothing measured.
  const context = await browser.newContext({ viewport: device.viewport, isMobile: device.mobile, hasTouch: device.mobile, bypassCSP: true });
  try {
    // Runs before any page script, so the app finds the joined participant and skips the dialog.
    await context.addInitScript({
      content: `if (location.origin === ${JSON.stringify(origin)}) localStorage.setItem(${JSON.stringify(seed.storageKey)}, ${JSON.stringify(JSON.stringify(seed.joined))});`,
    });
    const page = await context.newPage();
    if (device.cpuSlowdown > 1) {
      // Set before navigating, so parsing and running the page's scripts are slowed as well.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
    }
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
    // What the page asked for before it was usable, by the page's own clock: a chunk asked for
    // later (the engine, the panel) is not first load, however soon after it arrives, and one
    // asked for earlier is, even if it was still on its way.
    const requested = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.startTime < ${ttiMs} && new URL(e.name).pathname.endsWith('.js')).map((e) => e.name)`,
    )) as string[];
    const files = await Promise.all([...new Set(requested)].map(async (url) => ({ url, gzipBytes: await fetchGzipBytes(url) })));
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
 * a board as a returning participant: one warm-up, then `samples` cold loads in fresh contexts
 * on each device, in the order given.
 */
export async function measureBoardPage(devices: Device[], samples = 5): Promise<PageLoad[][]> {
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
    await loadOnce(browser, seed, origin, DESKTOP);
    const loads: PageLoad[][] = [];
    for (const device of devices) {
      const own: PageLoad[] = [];
      for (let i = 0; i < samples; i++) own.push(await loadOnce(browser, seed, origin, device));
      loads.push(own);
    }
    return loads;
  } finally {
    await browser?.close();
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Sum of the gzip sizes of a load's scripts. */
export const scriptGzipTotal = (load: PageLoad) => load.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

/** First-load JavaScript allowed, in kB gzip: what the board page may fetch before it is usable. */
const JS_BUDGET_KB = 220;
const TTI_DESKTOP_MS = 1000;
const TTI_PHONE_MS = 3000;

/**
 * The board page's target rows: first-load JavaScript (at most 220 kB gzip, on the desktop
 * loads), median time to interactive at 1280x720 (< 1 s) and on a throttled phone (< 3 s), HTML size.
 */
export async function benchBoardPage(samples = 5): Promise<{ rows: BenchRow[]; scripts: string[][] }> {
  const [desktop, phone] = (await measureBoardPage([DESKTOP, PHONE], samples)) as [PageLoad[], PageLoad[]];
  // The heaviest load counts, should a chunk race in before interactive on one run only. The
  // throttled phone is left out: there the idle-time loads (the engine) can land before the
  // socket has synced, which says more about the throttle than about what the page needs first.
  const heaviest = desktop.reduce((a, b) => (scriptGzipTotal(b) > scriptGzipTotal(a) ? b : a));
  const jsKb = scriptGzipTotal(heaviest) / 1000;
  const tti = median(desktop.map((l) => l.ttiMs));
  const ttiPhone = median(phone.map((l) => l.ttiMs));
  const rows = [
    { name: `first-load JS, gzip (${heaviest.scripts.length} files)`, value: jsKb, unit: 'kB', target: `<= ${JS_BUDGET_KB} kB`, pass: jsKb <= JS_BUDGET_KB },
    { name: `time to interactive, ${DESKTOP.label}, median of ${samples} cold loads`, value: tti, unit: 'ms', target: `< ${TTI_DESKTOP_MS} ms`, pass: tti < TTI_DESKTOP_MS },
    { name: `time to interactive, ${PHONE.label}, median of ${samples} cold loads`, value: ttiPhone, unit: 'ms', target: `< ${TTI_PHONE_MS} ms`, pass: ttiPhone < TTI_PHONE_MS },
    { name: 'board page HTML, gzip', value: heaviest.htmlGzipBytes / 1000, unit: 'kB', target: 'reported', pass: true },
  ];
  // Largest first: where the next cut would come from.
  const scripts = [...heaviest.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).map((s) => [new URL(s.url).pathname, (s.gzipBytes / 1000).toFixed(1)]);
  return { rows, scripts };
}
