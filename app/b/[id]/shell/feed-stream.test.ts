import { describe, expect, it } from 'vitest';
import { eventStreamParser } from './feed-stream';

const parse = (chunks: string[]) => {
  const out: string[] = [];
  const feed = eventStreamParser((d) => out.push(d));
  for (const c of chunks) feed(c);
  return out;
};

describe('eventStreamParser', () => {
  it('reads named and plain events, skipping keep-alive comments', () => {
    expect(parse(['event: snapshot\ndata: {"a":1}\n\n: keep-alive\n\ndata: {"b":2}\n\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('joins an event split across chunks anywhere, even inside a line', () => {
    expect(parse(['da', 'ta: {"a"', ':1}\n', '\n'])).toEqual(['{"a":1}']);
  });

  it('joins several data lines and accepts CRLF line ends', () => {
    expect(parse(['data: one\r\ndata:two\r\n\r\n'])).toEqual(['one\ntwo']);
  });

  it('holds an event back until its blank line arrives', () => {
    expect(parse(['data: {"a":1}\n'])).toEqual([]);
  });
});
