import type { Passage } from '../../knowledge/types.js';
import { detectAttribute } from '../catalog/attributes.js';
import type { AnswerContext, Draft } from './context.js';
import { analysed } from './passage-cache.js';

/** A question a section answers, phrased from its heading; undefined when no natural one fits. */
export function questionFor(passage: Passage): string | undefined {
  const section = passage.section.replace(/\s*\([^)]*\)/g, '').replace(/^(?:type|step|part|stage)\s*\d+\s*[:.-]\s*/i, '').trim();
  if (!section || section.length > 60 || /[:;]/.test(section)) return undefined;
  if (/\?$/.test(section)) return section;
  if (/\bvs\.?\b|\bversus\b/i.test(section)) return `${section}?`;
  if (/^(?:what|how|which|who|when) (?:is|are|do|does|did|can|to)\b/i.test(section)) return `${section}?`;
  if (/^(?:what|how|why|which|who|when|where)\b/i.test(section)) return undefined; // "Why the type decides…" is no question
  const words = section.split(/\s+/);
  if (words.length > 5 || /^(?:the|a|an)\b/i.test(section) || /^\d+$/.test(words[words.length - 1]!)) return undefined;
  // Keep acronyms and names ("RAG", "GPT-5") as written; lower-case an ordinary first word.
  const phrase = /^[A-Z][a-z]+(?:-[a-z]+)*$/.test(words[0]!) ? section[0]!.toLowerCase() + section.slice(1) : section;
  const last = words[words.length - 1]!;
  const plural = /[^s]s$/i.test(last) && !/(?:ss|is|us)$/i.test(last);
  if (plural) return `What are ${/^\w+s of\b/i.test(phrase) ? 'the ' : ''}${phrase}?`;
  // Mass nouns take no article: "What is fine-tuning?", "What is low-rank adaptation?".
  // Names ("GPT-5.1", "Claude 4.5") take no article either.
  const mass = /(?:ing|tion|sion|ment|ance|ence|ity|feedback|data|inference|attention)$/i.test(last) || /^[A-Z0-9]/.test(phrase) || /\d/.test(phrase);
  return mass ? `What is ${phrase}?` : `What is ${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}?`;
}

interface Neighbourhood {
  byDoc: Map<string, Passage[]>;
  topics: Passage[];
}

const neighbourhoods = new WeakMap<object, Neighbourhood>();

/** Passages grouped by document, and the ones that define a topic; built once per index. */
function neighbourhood(ctx: AnswerContext): Neighbourhood {
  let n = neighbourhoods.get(ctx.index);
  if (!n) {
    const byDoc = new Map<string, Passage[]>();
    const topics: Passage[] = [];
    for (const p of ctx.index.passages) {
      if (p.docTitle === 'Model catalog') continue;
      byDoc.set(p.docId, [...(byDoc.get(p.docId) ?? []), p]);
      if (p.defines.length > 0) topics.push(p);
    }
    neighbourhoods.set(ctx.index, (n = { byDoc, topics }));
  }
  return n;
}

/** Up to three questions the knowledge base can answer, near what was just asked. */
export function suggestFollowUps(ctx: AnswerContext, draft: Draft, asked: string): string[] {
  const out: string[] = [];
  const add = (q: string | undefined) => {
    if (q && out.length < 3 && !out.includes(q) && q.toLowerCase() !== asked.toLowerCase()) out.push(q);
  };
  const model = draft.models?.[0];
  if (model) {
    // Not the fact just asked for, only the other ones the catalog holds.
    const askedFor = detectAttribute(asked);
    if (model.pricing && askedFor !== 'pricing') add(`What does ${model.name} cost per 1M tokens?`);
    if (model.context_window && askedFor !== 'context_window') add(`What is the context window of ${model.name}?`);
    const rival = draft.models?.[1];
    if (rival) add(`${model.name} vs ${rival.name}?`);
  }
  const used = new Set(draft.passages.map((p) => p.id));
  for (const passage of draft.passages) {
    // Sections of the same document about the same thing come first, then the nearest ones.
    const topic = new Set(analysed(ctx.index, passage).names.flat());
    const siblings = (neighbourhood(ctx).byDoc.get(passage.docId) ?? []).filter((p) => !used.has(p.id));
    const here = siblings.findIndex((p) => p.id > passage.id);
    const related = (p: Passage) => analysed(ctx.index, p).lastHeading;
    const ranked = siblings
      .map((p, i) => ({ p, shared: [...related(p)].filter((t) => topic.has(t)).length, distance: Math.abs(i - (here < 0 ? siblings.length : here)) }))
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance);
    for (const { p } of ranked) add(questionFor(p));
    if (out.length >= 3) break;
  }
  return out;
}

/** Starting points for help and no-answer replies: the knowledge base's own topics. */
export function topicSuggestions(ctx: AnswerContext, seed: string): string[] {
  const passages = neighbourhood(ctx).topics;
  if (passages.length === 0) return [];
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < passages.length && out.length < 3; i++) {
    const q = questionFor(passages[(h + i * 7919) % passages.length]!);
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}
