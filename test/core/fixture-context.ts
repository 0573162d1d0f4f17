/**
 * The contexts the core builds from a knowledge base (`buildCoreContexts`, as `createGuide` does), so
 * tests can call `understand()` and the answer plans directly and look at their typed values.
 */
import { buildSearchIndex } from '../../src/knowledge/search/search-index.js';
import type { CatalogEntry, KnowledgeBase } from '../../src/knowledge/types.js';
import { buildCoreContexts } from '../../src/core/contexts.js';
import type { PlanContext } from '../../src/core/plans/context.js';
import { planAnswer } from '../../src/core/plans/index.js';
import { understand, type Turn, type UnderstandContext } from '../../src/core/understand/understand.js';
import type { Understanding } from '../../src/core/understand/types.js';

export interface CoreFixture {
  kb: KnowledgeBase;
  plan: PlanContext;
  uctx: UnderstandContext;
  /** `understand()` of a question, optionally after earlier turns (each answered as the guide would). */
  read(question: string, history?: readonly string[]): Understanding;
  /** A turn as the guide records it: the understanding and what its answer named. */
  turn(question: string, named?: { models?: readonly CatalogEntry[] }): Turn;
  model(name: string): CatalogEntry;
}

export function coreFixture(kb: KnowledgeBase): CoreFixture {
  const contexts = buildCoreContexts(kb, buildSearchIndex(kb));
  const plan = contexts.plan;
  const uctx = contexts.understanding();

  const turnOf = (u: Understanding, named?: { models?: readonly CatalogEntry[] }): Turn => {
    const draft = planAnswer(plan, u);
    return { understanding: u, models: named?.models ?? draft.models ?? u.models, concepts: draft.concepts ?? u.concepts, names: u.names };
  };
  const read = (question: string, history: readonly string[] = []) => {
    let previous: Turn | undefined;
    for (const h of history) previous = turnOf(understand(h, uctx, previous));
    return understand(question, uctx, previous);
  };
  return {
    kb,
    plan,
    uctx,
    read,
    turn: (question, named) => turnOf(understand(question, uctx), named),
    model: (name) => {
      const found = kb.models.find((m) => m.name === name);
      if (!found) throw new Error(`no model ${name} in the fixture`);
      return found;
    },
  };
}
