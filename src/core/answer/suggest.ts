import type { Passage } from '../../knowledge/types.js';
import type { AnswerContext, Draft } from './context.js';

function questionFor(passage: Passage): string | undefined {
  const section = passage.section.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  if (!section || section.length > 60) return undefined;
  if (/\bvs\.?\b|\bversus\b/i.test(section)) return `${section}?`;
  if (/^(?:what|how|why|when|which|who)\b/i.test(section)) return section.endsWith('?') ? section : `${section}?`;
  const define = passage.defines[0];
  if (define && define.length <= 50) return `What is ${/^[aeiou]/i.test(define) ? 'an' : 'a'} ${define.replace(/s$/, '')}?`.replace(/ an? (the|a|an) /i, ' $1 ');
  return undefined;
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
    if (model.pricing) add(`What does ${model.name} cost per 1M tokens?`);
    if (model.context_window) add(`What is the context window of ${model.name}?`);
    const rival = draft.models?.[1];
    if (rival) add(`${model.name} vs ${rival.name}?`);
  }
  const used = new Set(draft.passages.map((p) => p.id));
  for (const passage of draft.passages) {
    // Neighbouring sections of the same document are the natural next questions.
    const siblings = (neighbourhood(ctx).byDoc.get(passage.docId) ?? []).filter((p) => !used.has(p.id));
    for (const sibling of siblings) add(questionFor(sibling));
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
