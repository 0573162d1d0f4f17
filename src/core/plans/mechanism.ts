/**
 * "Why do models hallucinate?", "why does that happen?": a why-question about something that comes
 * about, not about what a thing is worth, is answered by how it comes about. When the subject has no
 * section on why, its section on how it works holds the cause the documents give, as long as that
 * section speaks of everything else the question asks ("why does training cost so much" is not
 * answered by the training loop). The subject is what happens (hallucination), not the kind of model
 * it happens to (an LLM).
 */
import type { Passage } from '../../knowledge/types.js';
import { blockFrom, type BlockBudget } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import type { Evidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';

/** Whether a passage holds every word the question asks beyond the subjects it names. */
function speaksOfRest(ctx: PlanContext, u: Understanding, concepts: readonly Concept[], passage: Passage): boolean {
  // The words that named a subject ("make things up" for hallucination) are the subject's too.
  const named = new Set([...concepts.flatMap((c) => c.names), ...u.mentions.map((m) => m.words)].flatMap((n) => ctx.index.analyzer.terms(n)));
  const rest = u.terms.filter((t) => t.weight >= 1 && !t.term.startsWith('~') && !named.has(t.term)).map((t) => t.term);
  const a = analysed(ctx.index, passage);
  const held = new Set([...a.headings, ...a.units.flatMap((x) => [...x.terms])]);
  return rest.every((t) => held.has(t));
}

/** The sections that say how what the question asks about comes about, when it asks why it does. */
export function causeSections(ctx: PlanContext, u: Understanding, concepts: readonly Concept[]): Passage[] {
  if (u.aspect !== 'why' || u.asksImportance) return [];
  // One thing that happens; with two ("why do transformers scale better than recurrent models") the
  // why is about how they differ, which no one section on how either works says.
  const happening = concepts.filter((x) => x.kind !== 'model-type');
  const [c] = happening;
  if (!c || happening.length > 1 || (c.aspects.get('why') ?? []).length > 0) return [];
  return (c.aspects.get('how') ?? []).filter((p) => speaksOfRest(ctx, u, concepts, p));
}

/** Wording that states a cause: "because", "this happens because", "due to", "the reason". */
const STATES_CAUSE = /\bbecause\b|\bdue to\b|\bthe reason\b|\bwhich is why\b|\bthis happens\b/i;

/** A cause section's answer: from its first sentence that states a cause, else from its top. */
export function causeBlock(best: Evidence, budget: BlockBudget): Block {
  const at = best.units.findIndex((x) => STATES_CAUSE.test(x.unit.text));
  const unit = best.units[Math.max(at, 0)]!;
  return blockFrom({ ...best, unit }, { ...budget, ...(at < 0 ? { fromStart: true } : {}) });
}
