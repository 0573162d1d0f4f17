import type { Answer, Guide, KnowledgeInfo, Question } from '../core/types.js';

/**
 * A Guide that answers with whichever guide is current, and can be replaced while the process runs
 * (live knowledge reload). `ask` is synchronous and reads the current guide once, so every question is
 * answered wholly by the old guide or wholly by the new one: there is no half-swapped state to see.
 */
export interface LiveGuide extends Guide {
  current(): Guide;
  /** Makes `next` serve every question from now on; returns the guide it replaced. */
  swap(next: Guide): Guide;
  /** Runs `listener` after each swap (logs, metrics); returns a function that removes it. */
  onSwap(listener: (next: Guide, previous: Guide) => void): () => void;
}

export function createLiveGuide(initial: Guide): LiveGuide {
  let guide = initial;
  const listeners = new Set<(next: Guide, previous: Guide) => void>();
  return {
    ask(question: Question): Answer {
      return guide.ask(question);
    },
    get info(): KnowledgeInfo {
      return guide.info;
    },
    current: () => guide,
    swap(next) {
      const previous = guide;
      guide = next;
      for (const listener of listeners) listener(next, previous);
      return previous;
    },
    onSwap(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
