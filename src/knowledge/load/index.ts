import type { KnowledgeBase } from '../types.js';

export interface LoadOptions {
  /** Called for each problem as it is found (warnings and errors); they are also in `kb.problems`. */
  onProblem?: (problem: KnowledgeBase['problems'][number]) => void;
}

/** Loads every Markdown, text and YAML file under `dir` into a knowledge base. Placeholder until the loader lands. */
export async function loadKnowledge(dir: string, _options: LoadOptions = {}): Promise<KnowledgeBase> {
  throw new Error(`loadKnowledge(${dir}) is not implemented yet`);
}
