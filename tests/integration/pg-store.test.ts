import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author } from '@/lib/comments';
import type { NewHistoryEntry } from '@/lib/history';
import type { RatingRound } from '@/lib/ratings';
import { roleSchema } from '@/lib/roles';
import type { Logger } from '@/server/log';
import type { NewBoardRecord } from '@/server/storage/board-store';
import { foldLockKeys } from '@/server/storage/pg-document-log';
import { migrations } from '@/server/storage/pg-migrations';
import { openPgStores } from '@/server/storage/pg-stores';
import type { Stores } from '@/server/storage/stores';
import { concat } from './document-log.contract';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';

const at = '2025-03-01T10:00:00.000Z';
const board = (id: string): NewBoardRecord => ({ id, title: `Tavle ${id}`, template: 'standard', keyVersion: 1, createdAt: at });
const kari: Author = { participantId: 'kari-0001', name: 'Kari', organisation: 'Bodø kommune', role: 'commenter' };
const round = (boardId: string, id: string): RatingRound => ({
  id,
  boardId,
  proposals: [{ id: 'pa', name: 'Forslag A' }],
  anonymous: true,
  openedAt: at,
  revealedAt: null,
  closedAt: null,
});
/** Update number i as two bytes, so a folded state can be split back into the updates it holds. */
const update = (i: number) => new Uint8Array([i >> 8, i & 0xff]);
/** The update numbers back from bytes that `update` made, concatenated. */
const numbers = (bytes: Iterable<number>) => {
  const all = Array.from(bytes);
  return Array.from({ length: all.length / 2 }, (_, k) => (all[2 * k]! << 8) | all[2 * k + 1]!);
};

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('PostgreSQL stores with several instances'), () => {
  let server: PostgresServer;
  let databases = 0;
  const open: Stores[] = [];
  /** A store on `url`, closed after the test. */
  const store = async (url: string, log?: Logger) => {
    const s = await openPgStores(url, { log });
    open.push(s);
    return s;
  };
  const freshDatabase = () => server.createDatabase(`instances_${++databases}`);

  beforeAll(async () => {
    server = (await startPostgres())!;
  }, 60_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  afterAll(() => server?.destroy());

  it('keeps working on the same store object after PostgreSQL restarts, and pings false while it is down', async () => {
    const events: string[] = [];
    const s = await store(await freshDatabase(), (event) => events.push(event));
    await s.boards.createBoard(board('a'), new Uint8Array());
    await s.log.append('a', update(1));

    await server.stop();
    expect(await s.ping()).toBe(false);
    await expect(s.boards.getBoard('a')).rejects.toThrow();
    await server.start();

    expect(await s.ping()).toBe(true);
    expect((await s.boards.getBoard('a'))?.title).toBe('Tavle a');
    await s.log.append('a', update(2));
    expect(numbers(concat(await s.log.load('a')))).toEqual([1, 2]);
    // The pooled connections PostgreSQL ended on shutdown were reported, not thrown.
    expect(events).toContain('postgres-connection-lost');
  });

  it('runs each migration step once when three instances open an empty database at once', async () => {
    const url = await freshDatabase();
    const [a, b, c] = await Promise.all([store(url), store(url), store(url)]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number; n: number }>('SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version');
      expect(rows).toEqual(migrations.map((_, i) => ({ version: i + 1, n: 1 })));
    } finally {
      await client.end();
    }
    await Promise.all([a.boards.createBoard(board('a'), new Uint8Array()), b.boards.createBoard(board('b'), new Uint8Array()), c.boards.createBoard(board('c'), new Uint8Array())]);
    for (const s of [a, b, c]) expect((await s.boards.listBoards()).map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    // Opening again finds every step applied and changes nothing.
    await store(url);
    expect((await a.boards.listBoards()).length).toBe(3);
  });

  describe('two instances racing for the same invariant', () => {
    const RACES = 8;
    let url: string;
    let a: Stores;
    let b: Stores;
    beforeAll(async () => {
      url = await freshDatabase();
      a = await openPgStores(url);
      b = await openPgStores(url);
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
    });

    it('opens one round per board', async () => {
      for (let i = 0; i < RACES; i++) {
        const answers = await Promise.all([a.ratings.createRound(round(`r${i}`, 'x')), b.ratings.createRound(round(`r${i}`, 'y'))]);
        expect(answers.filter(Boolean)).toHaveLength(1);
        expect((await a.ratings.listRounds(`r${i}`)).filter((r) => r.closedAt === null)).toHaveLength(1);
      }
    });

    it('takes one answer per participant, proposal and criterion', async () => {
      for (let i = 0; i < RACES; i++) {
        await a.ratings.createRound(round(`q${i}`, 'r'));
        const answer = { boardId: `q${i}`, roundId: 'r', proposal: 'pa', criterion: 'beredskap', value: 4, reason: '', author: kari, at };
        const outcomes = await Promise.all([a.ratings.addAnswer({ ...answer, value: 1 }), b.ratings.addAnswer({ ...answer, value: 2 })]);
        expect(outcomes.sort()).toEqual(['added', 'taken']);
        expect(await b.ratings.listAnswers(`q${i}`, 'r')).toHaveLength(1);
      }
    });

    it('numbers history entries without a gap or a number given twice', async () => {
      const entry: NewHistoryEntry = { at, actors: [], changes: [], allocation: allocationFromTemplate(catalog.templates[0]!, catalog), custom: [] };
      const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).history.appendHistory('h', entry)));
      expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('gives every role key rotation its own version', async () => {
      await a.boards.createBoard(board('k'), new Uint8Array());
      const rotated = await Promise.all(roleSchema.options.map((role, i) => (i % 2 ? a : b).boards.rotateRoleKey('k', role)));
      expect(rotated.map((r) => r?.keyVersion).sort()).toEqual([2, 3, 4, 5]);
      expect(await a.boards.getBoard('k')).toMatchObject({ keyVersion: 5 });
    });

    it('lets one of two splits into the same group slots through, and leaves nothing of the other', async () => {
      const split = (child: string) => [{ board: board(child), initialState: new Uint8Array([1]), breakout: { parentId: 'main01', childId: child, round: 1, group: 1, name: 'Gruppe 1', createdAt: at } }];
      const results = await Promise.allSettled([a.breakouts.createBreakouts(split('group1')), b.breakouts.createBreakouts(split('group2'))]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [winner, loser] = results[0]?.status === 'fulfilled' ? ['group1', 'group2'] : ['group2', 'group1'];
      expect((await a.breakouts.listBreakouts('main01')).map((r) => r.childId)).toEqual([winner]);
      expect(await b.boards.getBoard(loser)).toBeNull();
    });

    it('removes a comment once and logs it once', async () => {
      const comment = { id: 'c1', threadId: 't1', author: kari, body: 'Hei', stance: null, mentions: [], createdAt: at, editedAt: null, removedAt: null, removedBy: null };
      await a.comments.createThread({ id: 't1', boardId: 'm', anchor: { kind: 'board' }, status: 'open', createdAt: at, resolvedAt: null, resolvedBy: null }, comment);
      const removed = await Promise.all([a.comments.removeComment('m', 'c1', kari, at), b.comments.removeComment('m', 'c1', kari, at)]);
      expect(removed.filter(Boolean)).toHaveLength(1);
      expect(await a.comments.listRemovals('m')).toHaveLength(1);
    });

    it('interleaves appends from both instances without losing one, each in its call order', async () => {
      await a.boards.createBoard(board('u'), new Uint8Array());
      const calls = Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).log.append('u', update(i)));
      await Promise.all(calls);
      const stored = numbers(concat(await b.log.load('u')));
      expect([...stored].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      expect(stored.filter((n) => n % 2 === 1)).toEqual(Array.from({ length: 100 }, (_, i) => 2 * i + 1));
      expect(stored.filter((n) => n % 2 === 0)).toEqual(Array.from({ length: 100 }, (_, i) => 2 * i));
    });

    it('keeps appends the other instance makes while one folds', async () => {
      await a.boards.createBoard(board('f'), new Uint8Array());
      let folds = 0;
      const appending = (async () => {
        for (let i = 0; i < 150; i++) await b.log.append('f', update(i));
      })();
      const folding = (async () => {
        for (let i = 0; i < 15; i++) {
          if (await a.log.fold('f', concat)) folds++;
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      await Promise.all([appending, folding]);
      expect(folds).toBe(15);
      // Every update exactly once, in the folded state or still in the log, in the order it was made.
      expect(numbers(concat(await a.log.load('f')))).toEqual(Array.from({ length: 150 }, (_, i) => i));
    });

    it('answers false and changes nothing while another holds the board fold lock', async () => {
      await a.boards.createBoard(board('l'), new Uint8Array([0, 0]));
      await a.log.append('l', update(1));
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      try {
        await holder.query(`SELECT pg_advisory_lock(${foldLockKeys('$1')})`, ['l']);
        expect(await b.log.fold('l', concat)).toBe(false);
        expect(numbers(concat(await b.log.load('l')))).toEqual([0, 1]);
        expect((await b.log.load('l')).updates).toHaveLength(1);
        await holder.query(`SELECT pg_advisory_unlock(${foldLockKeys('$1')})`, ['l']);
        expect(await b.log.fold('l', concat)).toBe(true);
        expect(await b.log.load('l')).toMatchObject({ updates: [] });
      } finally {
        await holder.end();
      }
    });
  });
});
