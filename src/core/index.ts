import type { KnowledgeBase } from '../knowledge/types.js';
import type { Guide } from './types.js';

export type * from './types.js';

/** Builds the answering core over a loaded knowledge base. Placeholder until the core lands. */
export function createGuide(kb: KnowledgeBase): Guide {
  throw new Error(`createGuide over ${kb.dir} is not implemented yet`);
}
