/**
 * A need to adapt a model ("know our internal docs without retraining", "keep our mascot's face the
 * same across images"): the technique whose own sections speak to it, said as the advice with the
 * gist of what it is and the use that fits.
 */
import type { Passage } from '../../knowledge/types.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import { ADAPTATION_WORDS } from '../understand/adaptation.js';
import type { Draft, PlanContext } from './context.js';
import { displayName, pickFromDefinition } from './pick-wording.js';
import { withoutKindWords } from './need-terms.js';

/** Coverage of the need below which no technique's sections speak to it. */
const MIN_COVERAGE = 0.3;

/**
 * The technique for an adaptation need: each technique scores by the best sentence of its own
 * sections; the winner is said with its use ("Use RAG, a technique that…. RAG is used to ground LLM
 * answers in an organisation's own documents…"), or with the sentence that fits.
 */
export function adaptationPick(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.adaptation) return undefined;
  // The words the documents use for that kind of adaptation are searched beside the question's own.
  // "Which approach…": the kind's own name is the question, not the need a technique's sections speak to.
  const need = withoutKindWords(ctx.index, u, 'approach').terms;
  const own = new Set(need.map((t) => t.term));
  const terms = [...need, ...ctx.index.analyzer.terms(ADAPTATION_WORDS[u.adaptation]).filter((t) => !own.has(t)).map((term) => ({ term, weight: 1 }))];
  let best: { concept: Concept; evidence: ReturnType<typeof rankEvidence>[number] } | undefined;
  for (const concept of ctx.concepts.concepts) {
    if (concept.kind !== 'technique' || concept.passages.length === 0) continue;
    const top = rankEvidence(ctx.index, terms, concept.passages.map((passage) => ({ passage, score: 1, about: true })), {}, 8)[0];
    if (top && (!best || top.coverage > best.evidence.coverage)) best = { concept, evidence: top };
  }
  if (!best || best.evidence.coverage < MIN_COVERAGE) return undefined;
  const { concept, evidence } = best;
  const sentence = evidence.unit.unit.text.replace(/^\s*[-*•]\s+/, '');
  const used = techniqueUse(ctx, evidence.passage, sentence);
  if (used && used.concept === concept) return { kind: 'recommendation', answered: true, blocks: [{ text: used.text, passage: evidence.passage }], concepts: [concept] };
  const lead = `Use ${displayName(ctx, concept)}.`;
  const text = pickFromDefinition(concept, sentence, lead) ?? `${lead.replace(/\.$/, '')}: ${withoutOwnLabel(concept, sentence.replace(/\*\*/g, ''))}`;
  return { kind: 'recommendation', answered: true, blocks: [{ text, passage: evidence.passage }], concepts: [concept] };
}

/**
 * "Use **low-rank adaptation (LoRA)**, a fine-tuning method that trains…. LoRA is used by…": the
 * technique a uses section is about, said as the advice with the gist of its definition, before the
 * use that fits. Only for a passage on the technique's uses whose sentence names it as its subject.
 */
export function techniqueUse(ctx: PlanContext, passage: Passage, text: string): { text: string; concept: Concept } | undefined {
  if (passage.aspect !== 'uses') return undefined;
  const technique = ctx.concepts.about(passage).find((c) => c.kind === 'technique' && c.defining && c.defining !== passage);
  if (!technique) return undefined;
  const first = text.split(/(?<=[.!?])\s+/)[0]!;
  const plain = first.replace(/\*\*/g, '').toLowerCase();
  // "LoRA is used by…", "Style adapters are used by…": the technique, one or many, as the subject.
  if (!technique.names.some((n) => plain.startsWith(n.toLowerCase()) && /^s?\s(?:is|are) used\b/.test(plain.slice(n.length)))) return undefined;
  const definition = technique.defining!.text.replace(/\*\*/g, '').split(/(?<=[.!?])\s+/)[0] ?? '';
  // "X is a fine-tuning method that…", or "RAG stands for …, a technique that…".
  const end = String.raw`(?:,\s*(?:so|which|and)\b|[.;]|$)`;
  const gist = new RegExp(String.raw`\b(?:is|are)\s+(an?\s[^.;]+?)${end}`).exec(definition)?.[1] ?? new RegExp(String.raw`^[^,]{3,80},\s+(an?\s[^.;]+?)${end}`).exec(definition)?.[1];
  if (!gist) return undefined;
  return { text: `Use ${displayName(ctx, technique)}, ${gist}. ${first}`, concept: technique };
}


/** "Fine-tuning: adapting an existing model…" after "Use fine-tuning:": the sentence without the label that names the pick again. */
function withoutOwnLabel(concept: Concept, sentence: string): string {
  const label = /^([^:]{2,40}):\s+(\S[^]*)$/.exec(sentence);
  return label && concept.names.some((n) => n.toLowerCase() === label[1]!.trim().toLowerCase()) ? label[2]! : sentence;
}
