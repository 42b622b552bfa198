/** A small key-value area for server settings (the demo board's id, presenter key versions, and the like). */
export interface SettingStore {
  /** The value stored under `key`, or null. */
  getSetting(key: string): Promise<string | null>;
  /** Stores `value` under `key`, replacing the one before. */
  setSetting(key: string, value: string): Promise<void>;
}
