/**
 * The name of a board's copy on this device (its IndexedDB database): written by the live
 * client, looked for by the offline mark, so both must spell it the same.
 */
export const deviceCopyName = (boardId: string) => `ansvarstavla:${boardId}`;

/**
 * Deletes the board's copy on this device, once the server said the board was deleted: what was
 * deleted there should not live on here. The browser finishes it once the page's own copy has closed.
 */
export function forgetDeviceCopy(boardId: string): void {
  try {
    indexedDB.deleteDatabase(deviceCopyName(boardId));
  } catch {
    // IndexedDB may be disabled (private mode, policy); then there is no copy to delete either.
  }
}
