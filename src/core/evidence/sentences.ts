/**
 * Sentence-level evidence: which quotable unit of the best passages answers the question. A unit
 * scores by the share of the question's terms it (and, a little, its heading) holds, weighted by
 * rarity, by how well its passage ranked, and by what the question wants of it: a figure, a year,
 * a reason, the defining sentence of a concept, a sentence naming a model.
 */
import type { SearchIndex, WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { analysed, type AnalysedUnit } from './analysed.js';
import type { Candidate } from './retrieve.js';
import { escapeRegExp } from '../lexicon/regexp.js';

export type Figure = 'number' | 'year' | 'money' | 'percent' | 'duration' | 'date';

export interface Want {
  /** A figure of this kind must be in the unit. */
  figure?: Figure;
  /** A causal sentence ("because", "since", "which is why"). */
  reason?: boolean;
  /** Terms at least one of which the unit (or its heading) must hold: a model's name. */
  mustMention?: ReadonlyArray<ReadonlySet<string>>;
  /** Passages whose opening sentence is the answer (a concept's defining section). */
  openings?: ReadonlySet<Passage>;
  /** Wording that marks a unit as on the asked aspect ("used for", "limitation"…). */
  cue?: RegExp;
  /** Wording of another aspect: a unit that has it and not `cue` is a weaker answer. */
  offCue?: RegExp;
  /** Names of the thing being defined: a unit that defines it ("X is…", "X (…)", "(X)") is the answer. */
  defines?: readonly string[];
  /** A yes/no question: a sentence that states a verdict ("do not really…", "only…", "still…") answers it. */
  verdict?: boolean;
  /**
   * Sections about the subject on the aspect asked ("How VAEs work"): each sentence speaks of what the
   * heading names, so the heading's words count as fully present in it.
   */
  ownSections?: ReadonlySet<Passage>;
  /**
   * Names of the subject an aspect is asked of: a sentence that neither names it nor sits in a passage
   * about it speaks of something else ("limits" in a section on another setting).
   */
  subject?: readonly string[];
}

const VERDICT = /\b(?:not|no|never|only|really|actually|just|indeed|still|yes|cannot|can't|isn't|aren't|doesn't|don't|won't|nearly|already|yet)\b/i;


/** Sentences that define one of `names`: "X is…", "X: a…", "X (Low-Rank Adaptation)", "… (X)", "called X". */
/** A label some writers put in front of a definition: "💡 Quick definition: An AI model is…", "In short: …". */
const LABEL = String.raw`(?:[^\w\s*]{1,4}\s*)?(?:(?:(?:quick|short|simple|plain|formal)\s+)?definition|in short|tl;?dr|in a nutshell|simply put|put simply)?\s*:?\s*`;

/** The label itself, to leave out when the sentence is quoted: "💡 Quick definition: ". */
export const DEFINITION_LABEL = /^(?:[^\w\s*]{1,4}\s*)?(?:(?:quick|short|simple|plain|formal)\s+)?(?:definition|in short|tl;?dr|in a nutshell|simply put|put simply)\s*:\s*(?=\S)/i;

/** Tells whether a sentence defines the names it was built for. */
export interface DefinitionTest {
  test(text: string): boolean;
}

export function definitionPattern(names: readonly string[]): DefinitionTest | undefined {
  const key = names.join('\u0000');
  if (patternMemo.has(key)) return patternMemo.get(key);
  const re = buildDefinitionPattern(names);
  if (patternMemo.size > 2_000) patternMemo.clear();
  patternMemo.set(key, re);
  return re;
}
/** Patterns are built for the same few concept names again and again: compiled once. */
const patternMemo = new Map<string, DefinitionTest | undefined>();

function buildDefinitionPattern(names: readonly string[]): DefinitionTest | undefined {
  const forms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2 && n.split(/\s+/).length <= 6))];
  if (forms.length === 0) return undefined;
  const spelt = forms.map((f) => escapeRegExp(f).replace(/\\?[- ]/g, '[-\\s]?'));
  const name = `(?:${spelt.map((f) => `${f}(?:e?s)?`).join('|')})`;
  // Every way of defining holds a name: a sentence without one is passed over before the long pattern
  // is tried at each of its positions (the same verdicts, several times faster).
  const named = new RegExp(spelt.join('|'), 'i');
  // "X is a…", "X refers to…", "X measures…", "X (expansion)", "(X)", "called X", "X: a…", and
  // "… a '70B model,' … refers to …": the subject, then what it is.
  const defines = new RegExp(
    `^(?:[-*]\\s+)?${LABEL}(?:an?\\s+|the\\s+)?(?:\\*\\*)?${name}(?:\\*\\*)?\\s*(?:\\([^)]{2,80}\\)\\s*)?(?:,\\s(?:an?|the|also|or)\\b|:|\\s(?:is|are|was|were)\\s(?:an?|the|one|when|how|what|not|just|simply|basically|essentially)\\b|\\s(?:refers?|means?|measures?|describes?|denotes?|stands?|tests?|captures?|counts?)\\b)|\\(\\s*${name}\\s*\\)|\\b${name}\\s\\((?=[A-Z])|\\b(?:called|known as|termed|so-called)\\s+(?:an?\\s+)?['"“]?${name}\\b|\\b${name}:\\s+(?:an?|the)\\b|\\b${name}\\b[^.]{0,60}\\b(?:refer(?:s|ring)? to|stands? for)\\b`,
    'i',
  );
  return { test: (text) => named.test(text) && defines.test(text) };
}

export interface Evidence {
  passage: Passage;
  unit: AnalysedUnit;
  /** All units of its passage, in order. */
  units: AnalysedUnit[];
  score: number;
  /** IDF-weighted share of the question's terms the unit and its heading hold. */
  coverage: number;
}

const FIGURES: Record<Figure, RegExp> = {
  // A number, not a version in a name ("GPT-5.1", "Llama 3.3"); "one" alone is rarely a figure ("in one go").
  number: /(?<![A-Za-z][-.]?|\d[.])\b\d[\d,.]*(?:\s?(?:%|[kmbt]\b|x\b))?(?![.-]?\d*[A-Za-z]{2,})|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b|\bone (?:hundred|thousand|million|billion|trillion)\b/i,
  year: /\b(?:19|20)\d\d\b/,
  // Amounts said in words count too: "hundreds of millions of dollars", "billions of dollars".
  money: /\$\s?\d|\b\d[\d.,]*\s?(?:dollars|usd|k|m)\b|\b(?:thousands|millions|billions|trillions) of (?:dollars|usd)\b|\bfree\b|\bno per-token fee\b/i,
  percent: /\d\s?%|\bpercent\b|\bpercentage points?\b/i,
  // A span said in words counts too: "takes months", "often taking weeks or months".
  duration: /\b\d+(?:\.\d+)?(?:\s?(?:-|to)\s?\d+)?\s?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:takes?|taking|took|lasts?|for|over)\s+(?:(?:several|many|a few)\s+)?(?:days|weeks|months|years)\b/i,
  date: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b(?:19|20)\d\d\b/i,
};
const REASON = /\bbecause\b|\bsince\b|\bdue to\b|\bwhich is why\b|\bthat is why\b|\bthe reason\b|\bso that\b|\bas a result\b|\bleads? to\b|\bcaus\w+\b|\bcomes? from\b|\binstead of\b|\brather than\b/i;
const POINTS_BACK = /^(?:this|these|that|those|such|it|its|they|their|them|both|even so|also|however|instead|still|yet|moreover|furthermore|otherwise|likewise|similarly|as a result|therefore|thus|hence|in contrast|by contrast)\b/i;

export function idfWeights(index: SearchIndex, terms: readonly WeightedTerm[]): Map<string, number> {
  return new Map(terms.map((t) => [t.term, t.weight * index.idf(t.term)]));
}

/** IDF-weighted share of `terms` found in `found` (heading terms count half). */
export function coverage(weights: ReadonlyMap<string, number>, found: ReadonlySet<string>, heading: ReadonlySet<string> = new Set(), headingWeight = 0.5): number {
  let total = 0;
  let hit = 0;
  for (const [term, w] of weights) {
    total += w;
    if (found.has(term)) hit += w;
    else if (heading.has(term)) hit += w * headingWeight;
  }
  return total === 0 ? 0 : hit / total;
}

const namesMemo = new Map<string, RegExp>();


export function rankEvidence(index: SearchIndex, terms: readonly WeightedTerm[], candidates: readonly Candidate[], want: Want = {}, maxPassages = 5): Evidence[] {
  const weights = idfWeights(index, terms);
  const top = candidates[0]?.score ?? 1;
  const out: Evidence[] = [];
  const defining = want.defines ? definitionPattern(want.defines) : undefined;
  const namesRe = (names: readonly string[]) => {
    const key = names.join('\u0000');
    let re = namesMemo.get(key);
    if (!re) {
      re = new RegExp(`\\b(?:${names.map((d) => escapeRegExp(d).replace(/\\?[- ]/g, '[-\\s]?')).join('|')})`, 'i');
      if (namesMemo.size > 2_000) namesMemo.clear();
      namesMemo.set(key, re);
    }
    return re;
  };
  const named = want.defines?.length ? namesRe(want.defines) : undefined;
  const subject = want.subject?.length ? namesRe(want.subject) : undefined;
  candidates.slice(0, maxPassages).forEach((cand) => {
    const info = analysed(index, cand.passage);
    const passageWeight = 0.45 + 0.55 * (cand.score / top);
    const headingWeight = want.ownSections?.has(cand.passage) ? 1 : 0.5;
    const elsewhere = subject !== undefined && !cand.about && !subject.test(cand.passage.headings.join(' \n '));
    for (const u of info.units) {
      const cov = coverage(weights, u.terms, info.headings, headingWeight);
      let score = (cov + 0.05) * passageWeight;
      const text = u.unit.text;
      if (want.figure) score *= FIGURES[want.figure].test(text) ? 1.8 : 0.45;
      if (want.reason && REASON.test(text)) score *= 1.4;
      if (want.cue?.test(text)) score *= 1.35;
      if (want.offCue?.test(text)) score *= 0.7;
      if (defining?.test(text)) score *= 2;
      if (want.verdict && VERDICT.test(text)) score *= 1.4;
      if (elsewhere && !subject?.test(text)) score *= 0.4;
      if (want.mustMention && !want.mustMention.every((names) => [...names].some((n) => u.terms.has(n) || info.headings.has(n)))) score *= 0.2;
      // A defining section's opening defines its subject, unless it is about something else first
      // ("Though a base LLM is excellent…" opening a section on instruct and chat models).
      if (want.openings?.has(cand.passage)) score *= u.unit.index === 0 && (!named || named.test(text)) ? 2.2 : u.unit.index <= 2 ? 1.1 : 0.8;
      if (text.length < 25 && !u.unit.bullet) score *= 0.3;
      if (POINTS_BACK.test(text)) score *= 0.75;
      out.push({ passage: cand.passage, unit: u, units: info.units, score, coverage: cov });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

/** True when a unit opens by pointing back at text before it ("This…", "It…", "However,…"). */
export function pointsBack(text: string): boolean {
  // "Therefore" or "thus" inside a sentence ("…a small model is therefore often the better choice")
  // draws its conclusion from the sentence before.
  return POINTS_BACK.test(text.replace(/^[-*•\d.)\s]+/, '').replace(/^\*\*/, '')) || CONCLUDES.test(text);
}

const CONCLUDES = /^[^.;:]{0,80}\b(?:therefore|thus|hence)\b/i;

/** True when a unit states a figure of the kind. */
export function statesFigure(text: string, figure: Figure): boolean {
  return FIGURES[figure].test(text);
}
