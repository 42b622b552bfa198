/** What an open feed reports: it is open, each event's data, and its end (refused: the server answered with an error, whose status comes too). */
export type FeedHandlers = { onOpen: () => void; onData: (data: string) => void; onEnd: (refused: boolean, status?: number) => void };

/**
 * Reads a server-sent event stream through fetch, so the token travels in the Authorization
 * header: EventSource cannot send headers, and a token in an address ends up in server and proxy
 * logs and in the browser's history. Answers a function that stops the stream; a stopped stream
 * reports no end.
 */
export function openFeed(url: string, token: string, handlers: FeedHandlers): () => void {
  const abort = new AbortController();
  const end = (refused: boolean, status?: number) => abort.signal.aborted || handlers.onEnd(refused, status);
  void (async () => {
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, cache: 'no-store', signal: abort.signal });
    } catch {
      return end(false);
    }
    if (!res.ok || !res.body) return end(true, res.status);
    handlers.onOpen();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const feed = eventStreamParser(handlers.onData);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        feed(value);
      }
    } catch {
      // A dropped connection or our own abort ends the read; both are handled just below.
    }
    end(false);
  })();
  return () => abort.abort();
}

/**
 * A parser for the text/event-stream format: give it the text as it arrives, in chunks of any
 * size, and it calls `onData` with each event's data lines joined. Comment lines (the server's
 * keep-alive) and the other fields are skipped; the page tells events apart by their data.
 */
export function eventStreamParser(onData: (data: string) => void): (chunk: string) => void {
  let pending = '';
  let data: string[] = [];
  return (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') {
        if (data.length > 0) onData(data.join('\n'));
        data = [];
      } else if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      else if (line === 'data') data.push('');
    }
  };
}
