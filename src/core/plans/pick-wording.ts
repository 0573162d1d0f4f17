/**
 * How a pick of a concept is worded: its name as the documents write it ("a generative adversarial
 * network (GAN)"), a labelled use read as a sentence about it, and a definition said as the pick
 * ("Use a chat model: an instruct model given…").
 */
import { analysed } from '../evidence/analysed.js';
import type { Concept } from '../lexicon/concepts.js';
import type { PlanContext } from './context.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { lowerFirst } from '../lexicon/case.js';


/**
 * A use written as a label ("Document intelligence: reading PDFs…") read as a sentence about the
 * pick ("It is the model type used for document intelligence: reading PDFs…"); a use that
 * is already a sentence stays as written.
 */
export function useSentence(text: string, item = false): string {
  const labelled = /^\**([A-Z][^:.!?*]{2,60}?)\**:\s+(\S.*)$/s.exec(text.trim());
  // An item that is only a phrase ("Spotting anomalies in sensor logs", "Product images for
  // e-commerce catalogs.") is what the type is used for.
  if (!labelled && (item || !/[.!?]$/.test(text.trim()))) return `It is the model type used for ${lowerFirst(text.trim().replace(/\.$/, ''))}.`;
  if (!labelled) return text;
  return `It is the model type used for ${lowerFirst(labelled[1]!)}: ${labelled[2]}`;
}

/** An acronym or a name keeps its capitals ("RAG pipelines"); a common noun is lowered. */

/** How answers name a concept: the bold term that opens its defining sentence ("a generative adversarial network (GAN)"). */
export function displayName(ctx: PlanContext, concept: Concept): string {
  const first = concept.defining ? analysed(ctx.index, concept.defining).units[0]?.unit.text : undefined;
  // "A **vision language model** reads…" names it with its article outside the bold.
  const opening = first ? /^(?:(A|An)\s+)?\*\*([^*]{2,80})\*\*/.exec(first) : null;
  const bold = opening ? `${opening[1] && !/^(?:a|an|the)\s/i.test(opening[2]!) ? `${opening[1]} ` : ''}${opening[2]}` : undefined;
  // A bold clause ("RAG stands for retrieval-augmented generation") is a statement, not the name.
  const clause = bold !== undefined && /\s(?:is|are|stands? for|means?)\s/i.test(bold);
  const named = bold && !clause && concept.names.some((n) => bold.toLowerCase().includes(n.toLowerCase().replace(/s$/, ''))) ? bold : undefined;
  const text = named ?? concept.name;
  return `**${text.replace(/^(A|An|The)\b/, (w) => w.toLowerCase())}**`;
}

/** Whether a block is a list: a lead-in and its items, one a line. */
export const listed = (text: string) => /\n\s*(?:[-*•]|\d+[.)])\s/.test(text);

/** Words ending in -s that are no verb of a definition. */
const NOT_VERBS = new Set(['as', 'thus', 'plus', 'this', 'less', 'unless', 'across', 'its', 'yes', 'always', 'perhaps']);

/**
 * "**A chat model** is an instruct model given…" as a pick: "Use **a chat model**: an instruct model
 * given…". When the definition goes on with a colon of its own, the pick is its own sentence and
 * the definition follows as "It is…".
 */
export function pickFromDefinition(concept: Concept, text: string, lead: string): string | undefined {
  // Case-insensitive by hand: the verb after the name must be lower case ("Temperature Is" is no definition).
  const anyCase = (t: string) => t.replace(/[a-z]/gi, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`);
  const names = concept.names.map((n) => anyCase(escapeRegExp(n)).replace(/\\?[- ]/g, '[-\\s]')).join('|');
  const m = new RegExp(`^\\**(?:(?:[aA]|[aA]n|[tT]he)\\s+)?\\**(?:${names})\\**(?:\\s*\\([^)]*\\))?\\**\\s+([a-z]+)\\s+(\\S[^]*)$`).exec(text.trim());
  if (!m) return undefined;
  const [, verb, predicate] = m as unknown as [string, string, string];
  // Only a verb makes the name its subject: "Open weights such as Llama 4…" is no definition.
  if (!/^(?:is|are|[a-z]{2,}s)$/.test(verb) || NOT_VERBS.has(verb)) return undefined;
  // "RAG stands for retrieval-augmented generation, a technique that…": the pick, and what the expansion says it is.
  if (verb === 'stands') return standsFor(predicate, lead);
  const plural = verb === 'are' || !/s$/.test(verb);
  // "A vision language model reads images…": the pick, and what it does.
  if (verb !== 'is' && verb !== 'are') return `${lead.replace(/\.$/, '')}: ${plural ? 'they' : 'it'} ${verb} ${predicate}`;
  const first = predicate.split(/(?<=[.!?])\s/)[0]!;
  if (first.includes(':')) return `${lead} ${plural ? 'They are' : 'It is'} ${predicate}`;
  return `${lead.replace(/\.$/, '')}: ${predicate}`;
}

/** "for retrieval-augmented generation**, a technique that…": the lead, then the appositive after the expansion; none without one. */
function standsFor(predicate: string, lead: string): string | undefined {
  const gist = /^for\s+[^,.;]+,\s+(an?\s[^]*)$/.exec(predicate.replace(/\*\*/g, ''))?.[1];
  return gist ? `${lead.replace(/\.$/, '')}, ${gist}` : undefined;
}
