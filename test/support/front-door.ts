/** A real front door over a real memory store, for adapter tests: no rate limit unless asked for. */
import type { Logger } from 'pino';
import { createFrontDoor, type FrontDoorDeps } from '../../src/bot/index.js';
import type { Guide } from '../../src/core/types.js';
import { createMemoryStore } from '../../src/state/memory-store.js';

export function testFrontDoor(guide: Guide, logger: Logger, over: Partial<FrontDoorDeps> = {}) {
  const store = over.store ?? createMemoryStore();
  // The fair-use limit would stop a test file's many questions from one user; its own tests cover it.
  return createFrontDoor({ guide, logger, store, rateLimit: { perUser: 0, windowMs: 60_000 }, ...over });
}
