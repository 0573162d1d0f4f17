/** Default fair-use limit: questions a user may ask per platform per window. */
export const DEFAULT_RATE_LIMIT = { perUser: 10, windowMs: 60_000 } as const;

export interface RateLimitConfig {
  /** Questions allowed per user per window (default 10). 0 disables the limit. */
  perUser: number;
  /** Window length in ms (default 60 000). */
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  check(key: string, now?: number): RateDecision;
}

/** A sliding-window limiter keyed by `${platform}:${user}`; memory is bounded by pruning idle keys. */
export function createRateLimiter(config: RateLimitConfig = DEFAULT_RATE_LIMIT): RateLimiter {
  const hits = new Map<string, number[]>();
  let lastPrune = 0;

  function prune(now: number): void {
    if (now - lastPrune < config.windowMs) return;
    lastPrune = now;
    for (const [key, times] of hits) {
      if (times.length === 0 || now - times[times.length - 1]! >= config.windowMs) hits.delete(key);
    }
  }

  return {
    check(key, now = Date.now()) {
      if (config.perUser <= 0) return { allowed: true };
      prune(now);
      const times = (hits.get(key) ?? []).filter((t) => now - t < config.windowMs);
      if (times.length >= config.perUser) {
        hits.set(key, times);
        return { allowed: false, retryAfterMs: config.windowMs - (now - times[0]!) };
      }
      times.push(now);
      hits.set(key, times);
      return { allowed: true };
    },
  };
}
