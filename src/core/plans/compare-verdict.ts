/**
 * "Which one wins?", "which is further along?", "are X still behind Y?": a comparison that asks
 * which side is ahead wants that verdict first, and the documents state it in a sentence that
 * relates the two sides ("diffusion models replaced GANs…", "open models have nearly caught up with
 * proprietary ones…", "about as experimental as video models, although slightly more used"). Such a
 * sentence names one side, sits where the other is named too (in it or in its heading), and
 * carries a comparative ("more", "than", "ahead", "replaced", "caught up", "the default").
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import { blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { pointsBack, rankEvidence, type Evidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';

/** A sentence that speaks of use ("used far more widely", "the default"). */
const SAYS_USE = /\b(?:used|use|usage|users|adopt\w*|popular|widely|deploy\w*|installed|default|standard|replac\w*|dominant|runs?|pilots?|production)\b/i;

/** A sentence that ranks one thing against another. */
export const COMPARATIVE =
  /(?<!\b(?:and|or) )\b(?:more|less|fewer)\b(?!\s*(?:[.,;:)]|$))|\b(?:(?<!\brather )than|ahead|behind|caught up|catch(?:ing)? up|gap|lead(?:s|ing)?(?!\s+to\b)|led|replac\w*|dominant|default|standard|overt(?:ook|ake[ns]?)|outperform\w*|better|worse|beat\w*|wins?|won|slightly|superior|preferred)\b|\bas \w+ as\b/i;

/**
 * A comparative that states the contest settled, one side having replaced the other or become the
 * standard: for "which one wins?" it is the verdict itself, where "lost their lead" or "more used"
 * only leans one way.
 */
const SETTLED = /\b(?:replac(?:ed|es)|supersed(?:ed|es)|overt(?:ook|aken)|took over|(?:the|a) (?:new )?(?:standard|default)|dominant)\b/i;

/** A pronoun among a sentence's first words, standing for something named before it. */
const EARLY_PRONOUN = /^(?:\S+\s+){0,3}(?:they|it|these|this|those)\b/i;

export function asksWhichSide(u: Understanding): boolean {
  return u.comparison.asksWhich;
}


/** Whether a comparison asks the size of the gap between its sides. */
export function asksSpread(u: Understanding): boolean {
  return u.comparison.asksSpread;
}

/** What names one side and not the other: "open", "sourc" for open models against closed ones. */
export function sideTerms(ctx: PlanContext, sides: readonly Side[]): Set<string>[] {
  const termsOf = (s: Side) => new Set(ctx.index.analyzer.terms(s.concept ? s.concept.names.join(' ') : (s.model?.name ?? s.text)).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  const [a, b] = sides.slice(0, 2).map(termsOf) as [Set<string>, Set<string>];
  return [new Set([...a].filter((t) => !b.has(t))), new Set([...b].filter((t) => !a.has(t)))];
}

/** The sentence that says which of the two sides is ahead, with the one after it when it goes on. */
export function comparativeLead(ctx: PlanContext, u: Understanding, sides: readonly Side[]): Block | undefined {
  if (sides.length < 2) return undefined;
  const names = sideTerms(ctx, sides);
  if (names.some((n) => n.size === 0)) return undefined;
  const concepts = sides.slice(0, 2).flatMap((s): Concept[] => (s.concept ? [s.concept] : []));
  // The sides' own names count half: every candidate holds them; the rest of the question decides.
  const own = new Set(names.flatMap((n) => [...n]));
  const terms: WeightedTerm[] = u.terms.map((t) => (own.has(t.term) ? { ...t, weight: t.weight * 0.5 } : t));
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms, concepts, limit: 12 });
  const evidence = rankEvidence(ctx.index, terms, candidates, { mustMention: names, cue: COMPARATIVE }, 12);
  // A sentence naming both sides itself relates them more plainly than one leaning on its heading.
  const named = (e: Evidence) => names.filter((n) => [...n].some((t) => e.unit.terms.has(t))).length;
  const asksUse = u.comparison.asksUse;
  const fits = evidence.filter((e) => {
    const text = e.unit.unit.text;
    // The section's own heading may name the other side; the document's title names everything in it.
    const section = analysed(ctx.index, e.passage).section;
    // "Which has more users?" is ranked by a sentence about use, not one that finds one side "more useful".
    if (asksUse && !SAYS_USE.test(text)) return false;
    return named(e) >= 1 && COMPARATIVE.test(text) && !/:\s*$/.test(text) && !pointsBack(text) && names.every((n) => [...n].some((t) => e.unit.terms.has(t) || section.has(t)));
  });
  // A verdict has a side for its subject: "Diffusion models replaced GANs…" says who won, where
  // "Unstable training is the reason diffusion models replaced GANs" says why.
  const opensOnSide = (e: Evidence) => {
    const opening = new Set(ctx.index.analyzer.terms(e.unit.unit.text.split(/\s+/).slice(0, 3).join(' ')));
    return names.some((n) => [...n].some((t) => opening.has(t)));
  };
  const weight = (e: Evidence) => e.score * (named(e) >= 2 ? 1.3 : 1) * (SETTLED.test(e.unit.unit.text) ? 1.3 : 1) * (opensOnSide(e) ? 1 : 0.8);
  const best = fits.reduce<Evidence | undefined>((a, e) => (!a || weight(e) > weight(a) ? e : a), undefined);
  if (!best) return undefined;
  // "By and large they are as experimental as…": the sentence before says who "they" are.
  const before = best.units[best.unit.unit.index - 1];
  const leans = EARLY_PRONOUN.test(best.unit.unit.text) && before !== undefined && before.unit.paragraph === best.unit.unit.paragraph && !before.unit.bullet;
  return blockFrom(leans ? { ...best, unit: before } : best, { maxChars: 360, maxUnits: 2 });
}

/**
 * The draft's blocks after the verdict: those that still weigh both sides (the section comparing
 * them, a line on each), without the sentence the verdict already quoted; a paragraph about one side
 * alone only repeats half of what the verdict said.
 */
export function afterLead(ctx: PlanContext, lead: Block, blocks: readonly Block[], sides: readonly Side[]): Block[] {
  const names = sideTerms(ctx, sides);
  const weighsBoth = (b: Block) => {
    if (/^- /.test(b.text)) return true;
    const terms = new Set(ctx.index.analyzer.terms(b.text));
    return names.every((n) => [...n].some((t) => terms.has(t)));
  };
  // A block whose figures the verdict already gave ("51% vs 41%") repeats it.
  const figures = (text: string) => text.match(/\d[\d.,]*%?/g) ?? [];
  const leadFigures = new Set(figures(lead.text));
  const repeats = (b: Block) => figures(b.text).length > 0 && figures(b.text).every((f) => leadFigures.has(f));
  return blocks
    .filter((b) => !repeats(b))
    .map((b) => (b.text.includes(lead.text) ? { ...b, text: b.text.replace(lead.text, '').replace(/\s{2,}/g, ' ').trim() } : b))
    .filter((b) => b.text.length > 0 && !lead.text.includes(b.text) && weighsBoth(b));
}
