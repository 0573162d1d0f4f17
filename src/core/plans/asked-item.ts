/**
 * "What does Stable Diffusion use a VAE for?", "what do healthcare teams use GANs for?": the question
 * names something (a model, a field, a kind of user) that one item of the answer's list speaks of.
 * That item is the answer and leads; the list's other items follow by their labels only.
 */
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { lowerFirst } from '../lexicon/case.js';

const ITEM = /^\s*[-*•]\s+(.+)$/;
/** "Components of bigger models: Stable Diffusion relies on…": an item's label and what it says. */
const LABELLED = /^([^:]{2,60}):\s+(.+)$/;

/** What the list's other items are called after the one asked, by the aspect asked. */
const OTHERS: Record<string, string> = { uses: 'Other uses', limitations: 'Other limitations', examples: 'Other examples', how: 'The other steps' };

/** The question's own words beyond its subject, the aspect and the list's lead-in: what picks one item. */
function focusTerms(ctx: PlanContext, u: Understanding, lead: string): string[] {
  const said = new Set([...u.concepts.flatMap((c) => c.names), lead, 'use used uses for'].flatMap((n) => ctx.index.analyzer.terms(n)));
  return [...new Set(u.terms.filter((t) => t.weight >= 0.5 && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !said.has(t.term)).map((t) => t.term))];
}

/** The answer with the one list item the question's named thing picks first, or the draft as it was. */
export function askedItemFirst(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  const first = draft.blocks[0];
  if (!draft.answered || !first || (draft.kind !== 'explanation' && draft.kind !== 'definition') || u.concepts.length === 0) return draft;
  const lines = first.text.split('\n');
  const items = lines.map((l, i) => ({ i, m: ITEM.exec(l) })).filter((x) => x.m !== null).map((x) => ({ i: x.i, text: x.m![1]! }));
  if (items.length < 3 || ITEM.test(lines[0]!)) return draft;
  const focus = focusTerms(ctx, u, lines[0]!);
  if (focus.length === 0) return draft;
  // A model named must be named by the item; other words must be mostly there.
  const score = (text: string) => {
    const own = new Set(ctx.index.analyzer.terms(text));
    const models = u.models.length === 0 || ctx.matcher.find(text).some((m) => u.models.includes(m.model));
    return models ? focus.filter((t) => own.has(t)).length / focus.length : 0;
  };
  const scored = items.map((x) => ({ ...x, s: score(x.text) })).sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  if (best.s < 0.5 || scored[1]!.s >= best.s || best.i === lines.findIndex((l) => ITEM.test(l))) return draft;
  // What the item says stands alone when it is a sentence of its own; else the item keeps its label.
  const rest = LABELLED.exec(best.text)?.[2];
  const said = rest && /^[A-Z]/.test(rest) ? rest : best.text;
  // A bare phrase ("Writing tests.") is no answer on its own: the list stays as it was.
  if (!LABELLED.test(best.text) && said.split(/\s+/).length < 6) return draft;
  const labels = items.filter((x) => x !== items.find((y) => y.i === best.i)).map((x) => LABELLED.exec(x.text)?.[1]);
  // Named by what the list's section is about ("What X is used for"), else by the aspect asked.
  const header = OTHERS[first.passage?.aspect ?? ''] ?? OTHERS[u.aspect ?? ''] ?? 'Also listed';
  const tail = labels.every((l) => l !== undefined) ? `${header}: ${joined(labels.map((l) => lowerFirst(l!, ctx.kb.models.map((m) => m.name))))}.` : '';
  return { ...draft, blocks: [{ ...first, text: [/[.!?]$/.test(said) ? said : `${said}.`, tail].filter(Boolean).join(' ') }, ...draft.blocks.slice(1)] };
}

function joined(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}
