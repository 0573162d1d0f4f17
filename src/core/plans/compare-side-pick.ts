/**
 * "Which one would you pick for a support bot?" after two kinds were compared: the documents define
 * each kind by what it is made to do, but name neither as the pick for the purpose asked. So the
 * answer says so and gives what each side is for, one line each, rather than the difference again.
 */
import { withArticle } from '../lexicon/case.js';
import { analysed } from '../evidence/analysed.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';


/** The side's defining sentence, as a line of the list. */
function useLine(ctx: PlanContext, side: Side): Block | undefined {
  const passage = side.concept?.defining;
  const first = passage ? analysed(ctx.index, passage).units.find((x) => !x.unit.bullet) : undefined;
  return first && passage ? { text: `- ${first.unit.text}`, passage } : undefined;
}

/** What each of the two sides is for, when a follow-up asks which of them to pick; undefined otherwise. */
export function sidesForPurpose(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.sidePick || u.sides.length !== 2) return undefined;
  const lines = u.sides.map((s) => useLine(ctx, s));
  if (lines.some((l) => l === undefined)) return undefined;
  // Each side as its defining sentence writes it ("a base LLM"), else as the question did.
  const [a, b] = u.sides.map((s, i) => withArticle(/^\*\*(?:(?:A|An|The)\s+)?([^*]{2,60})\*\*/.exec(lines[i]!.text.slice(2))?.[1] ?? s.text));
  const purpose = u.sidePick.for ? ` for ${u.sidePick.for}` : '';
  const lead = `My documents don't pick between ${a} and ${b}${purpose}; what each one is for:`;
  const blocks = lines as Block[];
  return { kind: 'comparison', answered: true, blocks: [{ text: `${lead}\n${blocks.map((l) => l.text).join('\n')}` }], cites: blocks.map((l) => l.passage!), concepts: u.sides.map((s) => s.concept!) };
}
