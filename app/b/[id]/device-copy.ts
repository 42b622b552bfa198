/**
 * The name of a board's copy on this device (its IndexedDB database): written by the live
 * client, looked for by the offline mark, so both must spell it the same.
 */
export const deviceCopyName = (boardId: string) => `ansvarstavla:${boardId}`;
