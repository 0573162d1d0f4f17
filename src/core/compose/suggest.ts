/**
 * Follow-up suggestions: grammatical questions the knowledge can answer, near what was asked and
 * never the question just answered. They come from the subject's own sections (phrased from their
 * headings) and from the facts the catalog holds for the models an answer named.
 */
import type { Aspect, CatalogEntry, Passage } from '../../knowledge/types.js';
import type { Concept, ConceptTable } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import { escapeRegExp } from '../lexicon/regexp.js';

const ASIDE = /\s*\([^)]*\)\s*/g;

/**
 * A heading's opening word as it reads mid-sentence: a plain capitalised word is lower-cased, unless
 * the next word is a capitalised word or a number (a name, a version, a title-case heading), or the
 * section's own text writes it capitalised after a lower-case word and never in lower case (a name).
 */
function midSentence(phrase: string, text: string): string {
  const m = /^([A-Z][a-z]+(?:-[a-z]+)*)(?:\s+(\S+))?$/.exec(phrase.split(/\s+/).slice(0, 2).join(' '));
  if (!m || /^(?:[A-Z][a-z]|\d)/.test(m[2] ?? '')) return phrase;
  const first = m[1]!;
  const lower = first.toLowerCase();
  const named = new RegExp(`(?:^|\\s)[a-z][\\w-]*[,;:]?\\s+\\**${escapeRegExp(first)}\\b`).test(text) && !new RegExp(`\\b${escapeRegExp(lower)}\\b`).test(text);
  return named ? phrase : lower + phrase.slice(first.length);
}

/** The article the section's own definition gives the term: 'a'/'an', '' for none, undefined when it doesn't say. */
function definedArticle(phrase: string, text: string): string | undefined {
  const term = `\\**${escapeRegExp(phrase)}\\**`;
  const m = new RegExp(`(?:^|[.!?]\\s+)(an?\\s+)?${term}(?:\\s*\\([^)]*\\))?\\s+(?:is|refers|means)\\b`, 'i').exec(text);
  if (!m) return undefined;
  return m[1] ? (/^[aeiou]/i.test(phrase) ? 'an' : 'a') : '';
}

/** A question a section answers, phrased from its heading; undefined when no natural one fits. */
export function questionFor(passage: Passage): string | undefined {
  const heading = passage.section.replace(ASIDE, ' ').replace(/^(?:type|step|part|stage)\s*\d+\s*[:.-]\s*/i, '').replace(/\s+/g, ' ').trim();
  if (!heading || heading.length > 70 || /[:;]/.test(heading)) return undefined;
  if (/\?$/.test(heading)) return heading;
  let m: RegExpExecArray | null;
  if ((m = /^How (.+?) (work|learn|think|generate|reason)s?$/i.exec(heading))) return `How ${/s$/i.test(m[1]!) && !/ss$/i.test(m[1]!) ? 'do' : 'does'} ${m[1]} ${m[2]!.toLowerCase()}?`;
  if ((m = /^How (.+?) (?:is|are) (built|made|trained|created)$/i.exec(heading))) return `How ${/ are /i.test(heading) ? 'are' : 'is'} ${m[1]} ${m[2]}?`;
  if ((m = /^What (.+?) (is|are) used for$/i.exec(heading))) return `What ${m[2]} ${m[1]} used for?`;
  if ((m = /^(?:Limitations|Limits|Risks|Challenges) of (.+)$/i.exec(heading))) return `What are the limitations of ${m[1]}?`;
  if ((m = /^(.+?) vs\.? (.+)$/i.exec(heading))) return `What's the difference between ${midSentence(m[1]!, passage.text)} and ${m[2]}?`;
  if ((m = /^(?:Leading|Top|Best) (.+)$/i.exec(heading))) return `What are the leading ${m[1]}?`;
  if (passage.aspect) return undefined;
  const words = heading.split(/\s+/);
  if (words.length > 5 || /^(?:the|a|an|why|how|what|when|which|who)\b/i.test(heading)) return undefined;
  const phrase = midSentence(heading, passage.text);
  const last = words[words.length - 1]!;
  if (/[^s]s$/i.test(last) && !/(?:ss|is|us)$/i.test(last)) return `What are ${phrase}?`;
  const article = definedArticle(phrase, passage.text);
  if (article !== undefined) return article ? `What is ${article} ${phrase}?` : `What is ${phrase}?`;
  const mass = /(?:ing|tion|sion|ment|ance|ence|ity|data|inference|attention)$/i.test(last) || /^[A-Z0-9]/.test(phrase) || /\d/.test(phrase);
  return mass ? `What is ${phrase}?` : `What is ${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}?`;
}

const ORDER: Aspect[] = ['definition', 'how', 'uses', 'limitations', 'comparison', 'examples'];

/** Questions about other aspects of a concept than the one just answered. */
function conceptQuestions(concept: Concept, asked: Aspect | undefined): string[] {
  const out: string[] = [];
  for (const aspect of ORDER) {
    if (aspect === (asked ?? 'definition')) continue;
    const passages = aspect === 'definition' ? (concept.defining ? [concept.defining] : []) : (concept.aspects.get(aspect) ?? []);
    for (const p of passages.slice(0, 1)) {
      const q = questionFor(p);
      if (q) out.push(q);
    }
  }
  return out;
}

function modelQuestions(model: CatalogEntry, u: Understanding, rival?: CatalogEntry): string[] {
  const out: string[] = [];
  if (model.pricing && u.attribute !== 'pricing') out.push(`What does ${model.name} cost per 1M tokens?`);
  if (model.context_window && u.attribute !== 'context_window') out.push(`What is the context window of ${model.name}?`);
  if (rival) out.push(`${model.name} vs ${rival.name}?`);
  if (model.developer && u.attribute !== 'developer') out.push(`Who makes ${model.name}?`);
  return out;
}

export interface SuggestInput {
  u: Understanding;
  concepts: readonly Concept[];
  models: readonly CatalogEntry[];
  passages: readonly Passage[];
}

/** Up to three follow-up questions. */
export function suggestFollowUps(table: ConceptTable, input: SuggestInput): string[] {
  const { u } = input;
  const asked = u.asked.trim().toLowerCase();
  const candidates: string[] = [];
  const model = input.models[0];
  if (model) candidates.push(...modelQuestions(model, u, input.models[1]));
  for (const c of input.concepts.slice(0, 2)) candidates.push(...conceptQuestions(c, u.aspect));
  for (const p of input.passages) for (const c of table.about(p).slice(0, 1)) candidates.push(...conceptQuestions(c, u.aspect));
  const out: string[] = [];
  for (const q of candidates) if (out.length < 3 && !out.includes(q) && q.toLowerCase() !== asked) out.push(q);
  return out;
}

/** Starting points for help and "I don't know" replies: the knowledge's own topics. */
export function topicSuggestions(table: ConceptTable, seed: string): string[] {
  const defining = table.concepts.map((c) => c.defining).filter((p): p is Passage => p !== undefined);
  if (defining.length === 0) return [];
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < defining.length && out.length < 3; i++) {
    const q = questionFor(defining[(h + i * 7919) % defining.length]!);
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}
