import type { PgDb } from './pg-db';
import type { SettingStore } from './setting-store';

/** The settings table in PostgreSQL. */
export class PgSettings implements SettingStore {
  constructor(private readonly db: PgDb) {}

  async getSetting(key: string): Promise<string | null> {
    const [row] = await this.db.rows<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.rows('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }
}
