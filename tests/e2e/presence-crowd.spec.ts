import { expect, test, type Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import { MESSAGE, SYNC_PATH } from '@/lib/protocol';
import { createBoard, joinAs } from './board-helpers';
import { joinCrowd, type Member } from './crowd';

// Fifteen others beside the page: enough for the avatars to overflow and for eight drags at once.
const CROWD = ['Vegard', 'Åse', 'Berit', 'Øystein', 'Camilla', 'Hassan', 'Dagny', 'Ingrid', 'Erlend', 'Jonas', 'Frode', 'Kristin', 'Gro', 'Lise', 'Mats'];

/** The client ids in a frame the page sent, when it is a presence frame; null for any other. */
function presenceIds(frame: Buffer): number[] | null {
  const d = decoding.createDecoder(new Uint8Array(frame));
  if (decoding.readVarUint(d) !== MESSAGE.awareness) return null;
  const u = decoding.createDecoder(decoding.readVarUint8Array(d));
  const ids: number[] = [];
  for (let n = decoding.readVarUint(u); n > 0; n--) {
    ids.push(decoding.readVarUint(u));
    decoding.readVarUint(u);
    decoding.readVarString(u);
  }
  return ids;
}

/** Each card on the page with the level it sits on. */
async function cardsByLevel(page: Page): Promise<{ card: string; level: string }[]> {
  return page.locator('[data-testid="level"]').evaluateAll((sections) =>
    sections.flatMap((s) => [...s.querySelectorAll('[data-card]')].map((c) => ({ card: c.getAttribute('data-card')!, level: s.getAttribute('data-level')! }))),
  );
}

// Every stock provider in Node listens for the process's exit; fifteen of them are no leak.
process.setMaxListeners(CROWD.length + 10);

test('with a crowd present the page shows eight avatars, lists everyone behind +N, and caps the ghosts of many drags', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const { id, links } = await createBoard(request, 'Stort møte');
  // Every presence frame the page sends on its board socket, with when it left.
  const sent: { at: number; ids: number[] }[] = [];
  const page = await joinAs(browser, links.editor, 'Nora', 'KS', async (p) => {
    p.on('websocket', (ws) => {
      if (!ws.url().includes(SYNC_PATH)) return;
      ws.on('framesent', ({ payload }) => {
        const ids = typeof payload === 'string' ? null : presenceIds(payload);
        if (ids) sent.push({ at: Date.now(), ids });
      });
    });
  });
  const crowd: Member[] = [];
  try {
    for (const name of CROWD) crowd.push(await joinCrowd(request, baseURL!, id, links.editor, name));
    const total = CROWD.length + 1;

    // Eight avatars, then a button for the rest that names how many there are in all.
    const showAll = page.getByRole('button', { name: `+${total - 8}: vis alle ${total} deltakere` });
    await expect(showAll).toBeVisible();
    await expect(showAll).toHaveText(`+${total - 8}`);
    await expect(page.getByTestId('presence').getByRole('listitem')).toHaveCount(8);

    // Keyboard: Enter opens the list (focus moves into it), Escape closes it and focus returns.
    await showAll.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Alle på tavla, sortert etter navn' });
    await expect(list).toBeFocused();
    await expect(showAll).toHaveAttribute('aria-expanded', 'true');
    const names = [...CROWD, 'Nora'].sort(new Intl.Collator('nb').compare);
    await expect(list.getByRole('listitem')).toHaveCount(total);
    // A row reads: initials, then "name, organisation, role", then the follow button.
    const rows = (await list.getByRole('listitem').allInnerTexts()).map((r) => r.split('\n')[1]!);
    expect(rows.map((r) => r.split(',')[0]!.replace(' (deg)', ''))).toEqual(names);
    expect(rows.find((r) => r.startsWith('Øystein'))).toContain('Org Øystein, redaktør');
    expect(rows.find((r) => r.startsWith('Nora'))).toContain('Nora (deg), KS, redaktør');
    await expect(list.getByRole('button', { name: 'Følg Åse' })).toBeVisible();
    // The last person is reachable by scrolling the list.
    await list.getByRole('listitem').last().scrollIntoViewIfNeeded();
    await expect(list.getByRole('listitem').last()).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(showAll).toBeFocused();
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Space');
    await expect(list).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(showAll).toBeFocused();

    // Eight drag at once, one after another: only the five seen starting last show as ghosts.
    const placed = await cardsByLevel(page);
    const levels = [...new Set(placed.map((p) => p.level))];
    const draggers = crowd.slice(0, 8);
    const dragOf = (i: number) => {
      const { card, level } = placed[i * 2]!;
      return { card, level: levels.find((l) => l !== level)! };
    };
    for (const [i, m] of draggers.entries()) {
      m.provider.awareness.setLocalStateField('drag', dragOf(i));
      await expect(page.getByTestId('ghost').filter({ hasText: `${m.name} drar` })).toHaveCount(1);
    }
    const ghosts = page.getByTestId('ghost');
    await expect(ghosts).toHaveCount(5);
    const shownNames = async () => (await ghosts.allInnerTexts()).map((t) => /(\S+) drar/.exec(t)?.[1]).sort();
    await expect.poll(shownNames).toEqual(draggers.slice(3).map((m) => m.name).sort());

    // The oldest drag moves over another column: it is the newest now and takes a place back.
    const first = dragOf(0);
    draggers[0]!.provider.awareness.setLocalStateField('drag', { card: first.card, level: levels.find((l) => l !== first.level && l !== placed[0]!.level)! });
    await expect.poll(shownNames).toEqual([draggers[0]!, ...draggers.slice(4)].map((m) => m.name).sort());
    await expect(ghosts).toHaveCount(5);

    for (const m of draggers) m.provider.awareness.setLocalStateField('drag', null);
    await expect(ghosts).toHaveCount(0);

    // The page's own drag, back and forth across two columns for about two seconds while five
    // others drag too: at most one presence frame per 100 ms leaves the page.
    for (const m of crowd.slice(0, 5)) m.provider.awareness.setLocalStateField('drag', dragOf(crowd.indexOf(m)));
    const handle = page.locator(`[data-card="${placed[1]!.card}"]`).getByRole('button').first();
    const from = (await handle.boundingBox())!;
    const across = await Promise.all(levels.slice(0, 2).map(async (l) => (await page.locator(`[data-level="${l}"]`).boundingBox())!));
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      const to = across[i % 2]!;
      await page.mouse.move(to.x + to.width / 2, to.y + 100 + (i % 5) * 10, { steps: 4 });
      await page.waitForTimeout(60);
    }
    const ended = Date.now();
    await page.keyboard.press('Escape');
    const during = sent.filter((f) => f.at >= started && f.at <= ended);
    expect(during.length).toBeGreaterThan(3);
    expect(during.length).toBeLessThanOrEqual(Math.ceil((ended - started) / 100) + 1);

    // And never anyone else's: all the while the crowd's presence was arriving.
    const own = await page.evaluate(() => window.ansvarstavla!.doc.clientID);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.flatMap((f) => f.ids).filter((id) => id !== own)).toEqual([]);
  } finally {
    for (const m of crowd) m.close();
  }
});
