import { chromium, type Browser, type Page } from '@playwright/test';
import { runRound, type RoundOptions, type RoundResult } from './workshop-load';
import { startWorkshopServer } from './workshop-targets';

// As page.ts launches it: the system Chromium, no GPU, nothing in the background.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const CONNECTED_TIMEOUT_MS = 60_000;

// Scripts run in the page as strings: tsx would compile a function with helpers the browser lacks.
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`;
const CONNECTION = `document.querySelector('[data-testid="connection"]')?.getAttribute('data-state') ?? null`;

/** What the receiving page went through in the load window: its long tasks, and its socket at the end. */
export type PageResult = { round: RoundResult; longestMs: number; over100: number; longTasks: number; blockedMs: number; connectionAtEnd: string | null };

/** A participant who joined the board, as page.ts seeds one, so the page opens without the join dialog. */
async function joinedParticipant(origin: string, boardId: string, token: string) {
  const res = await fetch(`${origin}/api/boards/${boardId}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'Bench', organisation: 'Bench' }),
  });
  if (!res.ok) throw new Error(`workshop page bench: join answered ${res.status}: ${await res.text()}`);
  // Same key as app/b/[id]/session.ts sessionKey: the board and the link token's tail.
  return { storageKey: `ansvarstavla:joined:${boardId}:${token.slice(-16)}`, joined: (await res.json()) as unknown };
}

async function openBoard(browser: Browser, origin: string, boardId: string, token: string): Promise<Page> {
  const seed = await joinedParticipant(origin, boardId, token);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(seed.storageKey)}, ${JSON.stringify(JSON.stringify(seed.joined))});\n${OBSERVE_LONG_TASKS}`,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/b/${boardId}#t=${token}`);
  // Polled with evaluate rather than waitForFunction: a string predicate there is compiled in the
  // page, which the board's Content-Security-Policy (no 'unsafe-eval') forbids.
  const deadline = Date.now() + CONNECTED_TIMEOUT_MS;
  while ((await page.evaluate(CONNECTION)) !== 'connected') {
    if (Date.now() > deadline) throw new Error(`workshop page bench: the page did not connect within ${CONNECTED_TIMEOUT_MS} ms`);
    await page.waitForTimeout(100);
  }
  return page;
}

/**
 * Our server serving the production build (built first when stale), a real Chromium page on the
 * board as a joined participant, and the workshop load of `n` participants, the page one of them.
 * The page's long tasks are those that started inside the load window.
 */
export async function measurePage(n: number, d: number, opts: RoundOptions): Promise<PageResult> {
  const server = await startWorkshopServer('ours', true);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
    const page = await openBoard(browser, server.http!.origin, server.endpoint.room, server.http!.tokens.editor!);
    let from = 0;
    let tasks: [number, number][] = [];
    let connectionAtEnd: string | null = null;
    const round = await runRound(server, n, d, {
      ...opts,
      others: 1,
      during: {
        start: async () => void (from = (await page.evaluate('performance.now()')) as number),
        stop: async () => {
          const to = (await page.evaluate('performance.now()')) as number;
          tasks = ((await page.evaluate('window.__longTasks')) as [number, number][]).filter(([start]) => start >= from && start <= to);
          connectionAtEnd = (await page.evaluate(CONNECTION)) as string | null;
        },
      },
    });
    const durations = tasks.map(([, duration]) => duration);
    return {
      round,
      longestMs: Math.max(0, ...durations),
      over100: durations.filter((ms) => ms > 100).length,
      longTasks: durations.length,
      blockedMs: durations.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
      connectionAtEnd,
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
