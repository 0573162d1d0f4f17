import type { Adapter, AdapterDeps } from '../types.js';
import type { SlackConfig } from './config.js';

export type { SlackConfig } from './config.js';

/** Placeholder until the Slack adapter lands. */
export function createSlackAdapter(_config: SlackConfig, _deps: AdapterDeps): Adapter {
  throw new Error('the Slack adapter is not implemented yet');
}
