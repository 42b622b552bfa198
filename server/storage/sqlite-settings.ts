import type { SettingStore } from './setting-store';
import type { SqliteDb } from './sqlite-db';

/** The settings table of the SQLite file. */
export class SqliteSettings implements SettingStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    this.stmt = {
      get: db.database.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      set: db.database.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  async getSetting(key: string): Promise<string | null> {
    return this.db.read(() => this.stmt.get.get(key))?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.db.write(() => this.stmt.set.run(key, value));
  }
}
