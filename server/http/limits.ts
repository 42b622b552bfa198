import type { ServerResponse } from 'node:http';
import { RateLimit } from '../comments/rate-limit';
import type { Metrics } from '../metrics';
import { fail } from './respond';

/** The settings the API's own rate limits are made from; a subset of ApiDeps. */
export type LimitSettings = {
  joins: { perAddressPerMinute: number; perLinkPerMinute: number };
  boardsPerHourPerAddress: number;
};

/** The API's rate limits of one server: joins per board and address, joins per link, boards per address. */
export type ApiLimits = { joinsPerAddress: RateLimit; joinsPerLink: RateLimit; boardsPerAddress: RateLimit };

// A server builds its ApiDeps once and passes that object to every request, so limits keyed by
// it live exactly as long as the server; a test that builds fresh deps gets fresh limits.
const made = new WeakMap<LimitSettings, ApiLimits>();

/** The rate limits that go with these deps, made on first use. They are per process: instances behind one balancer each keep their own. */
export function apiLimits(deps: LimitSettings): ApiLimits {
  let limits = made.get(deps);
  if (!limits) {
    limits = {
      joinsPerAddress: new RateLimit(deps.joins.perAddressPerMinute, 60_000),
      joinsPerLink: new RateLimit(deps.joins.perLinkPerMinute, 60_000),
      boardsPerAddress: new RateLimit(deps.boardsPerHourPerAddress, 60 * 60_000),
    };
    made.set(deps, limits);
  }
  return limits;
}

/** A wait as a person reads it: seconds up to two minutes, whole minutes beyond. */
export const waitText = (seconds: number): string => (seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`);

/**
 * Answers 429 with Retry-After for a limit that asks to wait `waitMs`, and counts the refusal.
 * `message` gets the wait put where it says {wait}.
 */
export function sendTooMany(res: ServerResponse, metrics: Metrics, waitMs: number, message: string): true {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  metrics.refusedRequests.inc();
  res.setHeader('retry-after', String(seconds));
  fail(res, 429, message.replace('{wait}', waitText(seconds)));
  return true;
}
