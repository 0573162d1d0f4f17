/**
 * The fair-use limit, counted in the state store so every replica sees the same count: a window
 * per user and platform that starts at their first question and lasts a minute.
 */
import type { StateStore } from '../state/store.js';

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
  check(platform: string, userId: string): Promise<RateDecision>;
}

export function createRateLimiter(store: StateStore, config: RateLimitConfig = DEFAULT_RATE_LIMIT): RateLimiter {
  return {
    async check(platform, userId) {
      if (config.perUser <= 0) return { allowed: true };
      const window = await store.hitWindow(`rate:${platform}:${userId}`, config.windowMs);
      return window.count <= config.perUser ? { allowed: true } : { allowed: false, retryAfterMs: window.resetInMs };
    },
  };
}
