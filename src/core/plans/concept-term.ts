/** A concept as its defining sentence names it ("API access", "a large language model (LLM)"). */
import { analysed } from '../evidence/analysed.js';
import type { Concept } from '../lexicon/concepts.js';
import type { PlanContext } from './context.js';

/** The bold term opening the concept's defining sentence when it holds one of its names, else its name; with its article when asked. */
export function conceptTerm(ctx: PlanContext, c: Concept, article = false): string {
  const first = c.defining ? analysed(ctx.index, c.defining).units[0]?.unit.text : undefined;
  const m = first ? /^(?:(A|An|The)\s+)?\*\*((?:A|An|The)\s+)?([^*]{2,80})\*\*/.exec(first) : null;
  // A bold clause ("RAG stands for retrieval-augmented generation") is a statement, not the name.
  const clause = m !== null && /\s(?:is|are|stands? for|means?)\s/i.test(m[3]!);
  const bold = m && !clause && c.names.some((n) => m[3]!.toLowerCase().includes(n.toLowerCase().replace(/s$/, ''))) ? m[3]! : undefined;
  const name = bold ?? c.name;
  if (!article) return name;
  const given = (m && bold ? (m[1] ?? m[2]) : undefined)?.trim().toLowerCase();
  return `${given ?? (/^[aeiou]/i.test(name) ? 'an' : 'a')} ${name}`;
}
