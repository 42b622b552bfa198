/** Structured logs: one JSON object per line on stdout (errors on stderr), with a time and an event name. */
export type Logger = (event: string, fields?: Record<string, unknown>, level?: 'info' | 'warn' | 'error') => void;

export const jsonLogger: Logger = (event, fields = {}, level = 'info') => {
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
};

/** A request URL fit for a log line: every token query parameter is blanked. */
export const redactToken = (url: string | undefined) => url?.replace(/token=[^&#]*/g, 'token=…');

/** For tests that start servers in-process and want quiet output. */
export const silentLogger: Logger = () => {};
