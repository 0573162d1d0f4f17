import type { Adapter, AdapterDeps } from '../types.js';
import type { DiscordConfig } from './config.js';

export type { DiscordConfig } from './config.js';

/** Placeholder until the Discord adapter lands. */
export function createDiscordAdapter(_config: DiscordConfig, _deps: AdapterDeps): Adapter {
  throw new Error('the Discord adapter is not implemented yet');
}
