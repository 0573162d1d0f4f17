/**
 * The cues the answer plans take from a question's wording, read once from the text the
 * understanding keeps (`Understanding.text`), so that no plan reads the question's string again.
 * Each group is one topic; its reader is in its own file.
 */
import { readAdoptionCues } from './adoption-cues.js';
import type { LinkContext } from './entities.js';
import { readBudgetCues } from './budget-cues.js';
import { readChoiceCues } from './choice-cues.js';
import { readComparisonCues } from './comparison-cues.js';
import { readFigureCues } from './figure-cues.js';
import { readHostingCues } from './hosting-cues.js';
import { readListCues } from './list-cues.js';
import { readOutputCues } from './output-cues.js';
import { readProposalCues } from './proposal-cues.js';
import { readRankingCues } from './ranking-cues.js';
import { readSizeCues } from './size-cues.js';
import { readStepCues } from './step-cues.js';
import { quotedIn } from './sides.js';
import type { Understanding } from './types.js';
import { readLikenessCues, readVerdictCues } from './verdict-cues.js';

/** The question's own words, as the plans match them against passages and catalog entries. */
export interface SaidCues {
  /** Every word of the question as the search index analyses it (stems, synonym groups), unweighted and in order. */
  terms: readonly string[];
  /** Its words folded and stemmed, without synonym groups. */
  stems: ReadonlySet<string>;
  /** Its words lower-cased as written, split at every non-word character ("gpt-4o" gives "gpt" and "4o"). */
  words: ReadonlySet<string>;
  /** A term the question quotes ("what does the '70B' mean?"), when it quotes one. */
  quoted?: string;
}

export type Cues = Pick<Understanding, 'said' | 'figures' | 'ranking' | 'verdict' | 'likeness' | 'proposal' | 'comparison' | 'list' | 'hosting' | 'budget' | 'output' | 'step' | 'adoption' | 'size' | 'choice'>;

/** Every cue group of a question's text. */
export function readCues(text: string, ctx: Pick<LinkContext, 'index' | 'models'>): Cues {
  const terms = (t: string) => ctx.index.analyzer.terms(t);
  const quoted = quotedIn(text);
  const read = readFigureCues(text);
  // "Its score on HellaSwag": a score named by a word the knowledge never uses is a benchmark it has no score on.
  const unheard = (w: string) => terms(w).length > 0 && terms(w).every((t) => !ctx.index.has(t));
  const figures = !read.namesBenchmark && read.scoredOn?.some(unheard) ? { ...read, namesBenchmark: true } : read;
  const verdict = readVerdictCues(text, terms);
  return {
    said: { terms: terms(text), stems: figures.stems, words: new Set(text.toLowerCase().split(/\W+/)), ...(quoted !== undefined ? { quoted } : {}) },
    figures,
    ranking: readRankingCues(text, ctx.models),
    verdict,
    likeness: readLikenessCues(text),
    proposal: readProposalCues(text),
    comparison: readComparisonCues(text),
    list: readListCues(text),
    hosting: readHostingCues(text),
    budget: readBudgetCues(text),
    output: readOutputCues(text),
    step: readStepCues(text, verdict.clause),
    adoption: readAdoptionCues(text),
    size: readSizeCues(text),
    choice: readChoiceCues(text),
  };
}
