/**
 * A small key-value area for server settings (the demo board's id, presenter key versions, and the like).
 * A key that belongs to one board ends with ":<board id>", and a value that points at a board is
 * its bare id: deleting the board finds both that way and removes them (see Stores.purgeBoard).
 */
export interface SettingStore {
  /** The value stored under `key`, or null. */
  getSetting(key: string): Promise<string | null>;
  /** Stores `value` under `key`, replacing the one before. */
  setSetting(key: string, value: string): Promise<void>;
}
