/** Button looks of the proposals tab, matching the comment composer's. */
export const PRIMARY =
  'rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-1 disabled:cursor-wait disabled:opacity-60';
export const SECONDARY =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-60';
export const ERROR_BOX = 'rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800';
