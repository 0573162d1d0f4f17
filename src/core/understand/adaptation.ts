/**
 * A need to change what a model knows or keeps doing: "make the model know our internal docs",
 * "answer from our company wiki", "keep our mascot's face the same across hundreds of images",
 * often said with what is ruled out ("without retraining"). The pick for it is a way to adapt a
 * model (a technique), not a model or a model type.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Concept } from '../lexicon/concepts.js';
import { clauses } from './clean.js';
import { linkEntities, type LinkContext } from './entities.js';

/** The asker's own material a model should draw on. */
const OWN_MATERIAL = String.raw`(?:our|my|the company'?s?|the team'?s?|internal|in-house|private|proprietary)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:docs|documents|documentation|wiki|wikis|intranet|knowledge(?: base)?|manuals?|handbooks?|policies|files|data|notes|faqs?|content|codebase|catalog(?:ue)?s?|specs|articles|contracts)`;

/** What a picture or a voice keeps: a face, a character, a style. */
const LIKENESS = String.raw`(?:faces?|characters?|mascots?|persons?|people|styles?|looks?|brand|appearance|voices?|logos?|aesthetics?)`;

/** "Without retraining", "without fine-tuning the whole model": a change to the model short of the full one. */
const SHORT_OF = /\bwithout\s+((?:re-?train\w*|train\w*\s+(?:it|the model|them)\s+again|fine[- ]?tun\w*|a full (?:re-?)?train\w*)(?:\s+(?:the|a|our|it|them|whole|entire|full|base|model|again|from scratch))*)/i;

/** "Know our docs", "answer from our wiki", "use our manuals when answering". */
const MATERIAL = new RegExp(String.raw`\b(?:know|knows|learn|learns|understand|use|uses|answer\w*\s+(?:\w+\s+)?(?:from|using|based on|about)|ground\w*\s+(?:in|on)|draw\w*\s+on|trained\s+on|teach\w*\s+(?:it|the model|an? \w+)|(?:q&a|q\s?&\s?a|qa|questions?|search|chat\w*)(?:\s+(?:bots?|tools?|assistants?|apps?|systems?))?\s+(?:over|on|about|with|against|across))\s+(?:about\s+)?${OWN_MATERIAL}\b`, 'i');

/** "Keep our mascot's face the same across images", "the same character in every picture" (not "keep costs the same"). */
const KEEPS_LIKENESS = new RegExp(String.raw`\b(?:keep|keeps|keeping|stay|stays)\b(?:\s+[\w'-]+){0,3}?\s+${LIKENESS}\b(?:\s+[\w'-]+){0,2}?\s+(?:the same|consistent|identical)\b|\b(?:same|consistent|identical)\s+(?:\w+\s+)?${LIKENESS}\b|\b${LIKENESS}\b(?:\s+[\w'-]+){0,2}?\s+(?:in|across|on|for)\s+(?:every|all|each|hundreds|thousands)\b`, 'i');

/** What a model is to be adapted to: the asker's own material, a likeness to keep, or only short of retraining. */
export type Adaptation = 'material' | 'likeness' | 'unchanged';

/** Whether (and to what) a question's need is to adapt a model. */
export function readAdaptation(text: string): Adaptation | undefined {
  if (MATERIAL.test(text)) return 'material';
  if (KEEPS_LIKENESS.test(text)) return 'likeness';
  return SHORT_OF.test(text) ? 'unchanged' : undefined;
}

/** The words of what the asker rules out ("without retraining the model"): what the pick must not be. */
export function ruledOut(text: string): string | undefined {
  return SHORT_OF.exec(text)?.[0];
}

/**
 * The words the documents use for each kind of adaptation, searched for beside the question's own:
 * a model made to use a team's material is grounded in its documents, a likeness is reproduced
 * consistently.
 */
export const ADAPTATION_WORDS: Record<Adaptation, string> = {
  material: 'own documents knowledge',
  likeness: 'consistently reproduce',
  unchanged: '',
};

/** What an adaptation need rules out ("without fine-tuning the whole model"): the terms and the concepts it names. */
export interface RuledOut {
  terms: ReadonlySet<string>;
  concepts: readonly Concept[];
}

/** The terms and concepts of what the question rules out, if it rules anything out. */
export function readRuledOut(text: string, ctx: LinkContext): RuledOut | undefined {
  const out = ruledOut(text);
  return out ? { terms: new Set(ctx.index.analyzer.terms(out)), concepts: linkEntities(clauses(out), ctx).concepts } : undefined;
}

/** What is ruled out is neither searched for nor the subject. */
export function dropRuledOut(out: RuledOut, terms: WeightedTerm[], linked: { concepts: Concept[] }): void {
  for (const t of terms) if (out.terms.has(t.term)) t.weight *= 0.1;
  linked.concepts = linked.concepts.filter((c) => !out.concepts.includes(c));
}
