import type { SearchIndex, WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { analysed } from './passage-cache.js';

/** Query terms with weights, and which of them name the question's subject. */
export interface QueryPlan {
  terms: WeightedTerm[];
  subject: Set<string>;
  /** What a "how many / how much" question counts or measures. */
  focus: Set<string>;
  /** For comparisons: each side's terms. A passage headed by all sides is the comparison itself. */
  sides: string[][];
}

export interface Candidate {
  passage: Passage;
  score: number;
  /** Share (IDF-weighted) of the query's terms this passage contains. */
  coverage: number;
  /** The passage defines or is headed by the question's subject. */
  aboutSubject: boolean;
}

/** Terms weaker than the rest: so common in this domain that they say little on their own. */
const WEAK = new Set(['model', 'ai', '~ai', 'gener', 'type', 'differ', 'best', 'good', 'better', 'improv', 'optim', 'make', 'take', 'exampl', '~example']);

/** "How long is a token" asks for a length; "long" itself is not the topic. */
const HOW_FRAME = /\bhow (?:long|big|large|old|fast|much|many|often)\b/gi;

/** "What does SWE-bench measure?": the closing verb is the question's frame, not its topic. */
const WHAT_DOES_FRAME = /^(\s*(?:what|how (?:long|much)) (?:does|do|did|would|will)\b.+?)\s+(?:measure|measures|test|tests|evaluate|evaluates|check|checks|assess|assesses|mean|means|do|last|lasts|require|requires)\s*\??\s*$/i;

/** "What is X used for?", "what does X do?": a question about uses. */
export const USAGE_QUESTION = /\bused for\b|\buse cases?\b|\bapplications?\b|\bgood for\b|\bwhat (?:do|does|can) .+ do\b/i;

/** The aspect of a subject a question asks about; a section headed by it is the answer. */
const ASPECTS: Array<[RegExp, string]> = [
  [USAGE_QUESTION, 'used for'],
  [/\bhow (?:does|do|did|can) .+ work\b|\bhow .+ works\b/i, 'work'],
  [/\blimitations?\b|\bdownsides?\b|\bdrawbacks?\b|\bweakness(?:es)?\b|\bproblems?\b|\bissues?\b|\bchallenges?\b|\brisks?\b/i, 'limitation'],
];

export function planQuery(index: SearchIndex, text: string, subject: string, extraSubjects: readonly string[] = []): QueryPlan {
  // Misspelt words become the known term they were meant to be, on both the question and its subject.
  const terms = (s: string) => {
    const raw = index.analyzer.terms(s.replace(WHAT_DOES_FRAME, '$1').replace(HOW_FRAME, 'how'));
    // A word no passage has, but which belongs to a synonym phrase the text matched ("prem" of
    // "on-prem"), is carried by that phrase's canonical term: it is no unknown topic, nor a typo.
    const carried = (t: string) => !index.has(t) && index.vocabulary.groupsOfWord(t).some((c) => raw.includes(c));
    return raw.filter((t) => !carried(t)).map((t) => index.correct(t) ?? t);
  };
  const subjectTerms = new Set([subject, ...extraSubjects].flatMap(terms));
  const weights = new Map<string, number>();
  for (const term of terms(text)) {
    const base = WEAK.has(term) ? 0.3 : 1;
    weights.set(term, Math.max(weights.get(term) ?? 0, subjectTerms.has(term) ? base * 1.6 : base));
  }
  for (const term of subjectTerms) if (!weights.has(term)) weights.set(term, WEAK.has(term) ? 0.4 : 1.4);
  const strong = [...subjectTerms].filter((t) => !WEAK.has(t));
  // "How many instructions…": what is counted. ("How much does X cost" measures X, it counts nothing.)
  const counted = text.match(/\bhow many\s+((?:[\w.-]+\s+){0,1}[\w.-]+)/i)?.[1] ?? '';
  const focus = new Set(terms(counted).filter((t) => !WEAK.has(t) && !['cost'].includes(t)));
  for (const [re, aspect] of ASPECTS) if (re.test(text)) for (const t of terms(aspect)) focus.add(t);
  return {
    terms: [...weights].map(([term, weight]) => ({ term, weight })),
    subject: new Set(strong.length > 0 ? strong : subjectTerms),
    focus,
    sides: extraSubjects.length >= 2 ? extraSubjects.map((s) => terms(s).filter((t) => !WEAK.has(t))).filter((t) => t.length > 0) : [],
  };
}

/** IDF-weighted share of the plan's terms found in a set of terms. */
export function coverageOf(index: SearchIndex, plan: QueryPlan, found: ReadonlySet<string>): number {
  let total = 0;
  let hit = 0;
  for (const { term, weight } of plan.terms) {
    const w = index.idf(term) * weight;
    total += w;
    if (found.has(term)) hit += w;
  }
  return total === 0 ? 0 : hit / total;
}

/** The passage defines or is headed by exactly the subject (not merely a longer name containing it). */
function aboutSubject(index: SearchIndex, passage: Passage, subject: ReadonlySet<string>, focus: ReadonlySet<string>): boolean {
  if (subject.size === 0) return false;
  return analysed(index, passage).names.some(
    (terms) =>
      terms.length > 0 &&
      [...subject].every((t) => terms.includes(t)) &&
      terms.every((t) => subject.has(t) || focus.has(t) || WEAK.has(t) || t.startsWith('~')),
  );
}

/** Passages above which very common terms are left out of the search itself. */
export const LARGE_INDEX = 2_000;

/**
 * On a large knowledge base, terms found in more than a quarter of all passages ("model", a popular
 * model's name) would score tens of thousands of postings per question while ranking little: they
 * are left out of the search (they still count for coverage). Small bases search with every term.
 */
function searchTerms(index: SearchIndex, plan: QueryPlan): QueryPlan['terms'] {
  if (index.passages.length <= LARGE_INDEX) return plan.terms;
  const quarter = Math.log(1 + 0.75 / 0.25); // the IDF of a term in 25 % of passages
  const kept = plan.terms.filter((t) => index.idf(t.term) > quarter);
  return kept.length > 0 ? kept : plan.terms;
}

/** Searches and re-ranks: coverage of the whole question and being about its subject count most. */
export function retrieve(index: SearchIndex, plan: QueryPlan, limit = 8, filter?: (p: Passage) => boolean): Candidate[] {
  const hits = index.search(searchTerms(index, plan), { limit: 40, ...(filter ? { filter } : {}) });
  const candidates = hits.map((hit) => {
    const coverage = coverageOf(index, plan, new Set(hit.matched));
    const about = aboutSubject(index, hit.passage, plan.subject, plan.focus);
    const info = analysed(index, hit.passage);
    const comparesSides = plan.sides.length >= 2 && plan.sides.every((side) => side.every((t) => info.lastHeading.has(t)));
    const aspect = plan.focus.size > 0 && info.section.some((t) => plan.focus.has(t));
    const score = hit.score * (0.25 + coverage) ** 2 * (about ? 2.2 : 1) * (comparesSides ? 1.8 : 1) * (aspect ? 1.6 : 1);
    return { passage: hit.passage, score, coverage, aboutSubject: about };
  });
  return candidates.sort((a, b) => b.score - a.score).slice(0, limit);
}
