/**
 * "Claude vs GPT-5 on enterprise API share?": two catalog models weighed on something the catalog
 * has no field for. A sentence that names both models and holds the rest of the question answers
 * it; a profile line for each would say nothing about what was asked.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { explanationEvidence } from './explain.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** The word a text names a model by: its name's first word ("Claude", "GPT-5"). */
function namedIn(text: string, model: CatalogEntry): boolean {
  const first = escapeRegExp(model.name.split(/[\s(]+/)[0]!);
  return new RegExp(`(?<![\\w-])${first}(?![\\w-]*\\w)`, 'i').test(text);
}

export function topicComparison(ctx: PlanContext, u: Understanding, models: readonly CatalogEntry[]): Draft | undefined {
  const nameTerms = new Set(models.flatMap((m) => ctx.index.analyzer.terms(m.name)));
  const topic = u.terms.filter((t) => t.weight >= 0.5 && !t.term.startsWith('~') && !nameTerms.has(t.term) && !WEAK_TERMS.has(t.term)).map((t) => t.term);
  if (topic.length === 0) return undefined;
  const best = explanationEvidence(ctx, u, undefined, [], false).find(
    (e) => topic.every((t) => e.unit.terms.has(t)) && models.every((m) => namedIn(e.unit.unit.text, m)),
  );
  if (!best) return undefined;
  const block = blockFrom(best, { maxUnits: 2 });
  return { kind: 'comparison', answered: true, blocks: [{ text: block.text }], cites: [best.passage], models: [...models] };
}
