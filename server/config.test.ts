import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('scale-out settings', () => {
  it('keep the embedded SQLite default when neither URL is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.databaseFile).toMatch(/boards\.sqlite$/);
  });

  it('take PostgreSQL and Redis URLs, with the shared secret every instance needs', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/tavle', REDIS_URL: 'redis://cache:6379', BOARD_SECRET: secret });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/tavle', redisUrl: 'redis://cache:6379' });
  });

  it('refuse to start several instances without one BOARD_SECRET, and name a malformed URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/tavle' })).toThrow(/BOARD_SECRET: required with DATABASE_URL or REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://cache' })).toThrow(/BOARD_SECRET/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/tavle', BOARD_SECRET: secret })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ REDIS_URL: 'http://cache', BOARD_SECRET: secret })).toThrow(/REDIS_URL: must be a redis/);
  });
});

describe('presence tick', () => {
  it('gathers presence for 50 ms by default, takes 0 for at once, and refuses a negative or over-long tick', () => {
    expect(loadConfig({}).limits.presenceTickMs).toBe(50);
    expect(loadConfig({ PRESENCE_TICK_MS: '0' }).limits.presenceTickMs).toBe(0);
    expect(loadConfig({ PRESENCE_TICK_MS: '1000' }).limits.presenceTickMs).toBe(1000);
    expect(() => loadConfig({ PRESENCE_TICK_MS: '-1' })).toThrow(/PRESENCE_TICK_MS/);
    expect(() => loadConfig({ PRESENCE_TICK_MS: '5000' })).toThrow(/PRESENCE_TICK_MS/);
  });
});

describe('previous secrets', () => {
  it('split BOARD_SECRET_PREVIOUS on commas, newest first, and need BOARD_SECRET beside them', () => {
    const config = loadConfig({ BOARD_SECRET: secret, BOARD_SECRET_PREVIOUS: ` ${'b'.repeat(32)}, ${'c'.repeat(32)} ,`, BOARD_SECRET_PARTICIPANT_IDS: 'd'.repeat(32) });
    expect(config.boardSecrets).toEqual({ previous: ['b'.repeat(32), 'c'.repeat(32)], participantIds: 'd'.repeat(32) });
    expect(loadConfig({}).boardSecrets).toEqual({ previous: [], participantIds: undefined });
    expect(() => loadConfig({ BOARD_SECRET_PREVIOUS: 'b'.repeat(32) })).toThrow(/BOARD_SECRET: required with BOARD_SECRET_PREVIOUS/);
  });
});
