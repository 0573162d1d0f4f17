/**
 * "Who makes Llama 4, and can we host it ourselves?": the first question's answer, then the joined
 * question's, each part short: the second adds its lead, unless the first answer already says it.
 * A part the documents do not answer is said to be unanswered in its one sentence, beside the part
 * that is answered.
 */
import type { Block, Draft, PlanContext } from './context.js';
import type { Understanding } from '../understand/types.js';

/** A verdict's opening: "Yes:", "No:", "Not quite". */
const VERDICT = /^(?:yes|no|not\b|mostly|probably|it depends)/i;

/** How much of a block's opening shows it was said already. */
const OPENING = 60;

/** A refusal's own sentence, without what it offers instead ("What they do record: …"). */
export function saidUnanswered(draft: Draft): Block | undefined {
  const text = draft.blocks[0]?.text;
  const first = text?.match(/^.*?[.!?](?=\s|$)/s)?.[0];
  return !draft.answered && first && /\b(?:don't|do not|doesn't|does not|no)\b/i.test(first) ? { text: first } : undefined;
}

export function withSecondAsk(ctx: PlanContext, u: Understanding, draft: Draft, plan: (ctx: PlanContext, u: Understanding) => Draft): Draft {
  if (!u.also) return draft;
  const second = plan(ctx, u.also);
  // A yes/no part is answered by a verdict, not by whatever its words found.
  const lead = second.answered && (u.also.intent !== 'yesno' || VERDICT.test(second.blocks[0]?.text ?? '')) ? second.blocks[0] : undefined;
  // "When did X come out, and is it open source?" with no date recorded: that it is not, then the other part.
  if (!draft.answered) {
    const unanswered = saidUnanswered(draft);
    return lead && unanswered ? { ...second, blocks: [unanswered, lead], cites: [...(draft.cites ?? []), ...(second.cites ?? [])] } : draft;
  }
  const part = lead ?? saidUnanswered(second);
  if (!part) return draft;
  const said = draft.blocks.map((b) => b.text).join('\n');
  // A verdict given already ("Mostly yes: …") is not given again; nor is a sentence said already.
  if (u.also.intent === 'yesno' && VERDICT.test(draft.blocks[0]?.text ?? '')) return draft;
  const repeats = part.text.split(/(?<=[.!?])\s+/).some((x) => x.length >= 40 && said.includes(x.replace(/^\w+:\s*/, '').slice(0, OPENING)));
  if (repeats || said.includes(part.text.slice(0, OPENING)) || (lead && second.blocks.every((b) => said.includes(b.text.slice(0, OPENING))))) return draft;
  return { ...draft, blocks: [...draft.blocks, part], cites: [...(draft.cites ?? []), ...(second.cites ?? [])] };
}
