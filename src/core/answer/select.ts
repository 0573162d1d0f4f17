import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { coverageOf, type Candidate, type QueryPlan } from './retrieve.js';
import { analysed } from './passage-cache.js';
import type { Unit } from './units.js';

export interface SelectOptions {
  /** Soft budget for the selected text. */
  maxChars: number;
  /** Start with the first sentence of a passage that defines the subject. */
  leadWithDefinition?: boolean;
  /** Favour sentences with figures (how many, how much, when). */
  preferFigures?: boolean;
  /** Keep a list passage's items together. */
  keepLists?: boolean;
  /** Passages to draw from (default 3). */
  maxPassages?: number;
  /** Quotable units at most (default 5). */
  maxUnits?: number;
  /** The subject as written: sentences that define it ("X is…", "X (…)") count for more. */
  subjectText?: string;
  /** Only sentences naming what the lead names (a fact about one thing, not a ranking). */
  sameSubject?: boolean;
}

export interface Selection {
  text: string;
  passages: Passage[];
  /** IDF-weighted share of the question's terms the selected text covers. */
  coverage: number;
}

interface Scored {
  unit: Unit;
  cand: Candidate;
  rank: number;
  score: number;
  terms: Set<string>;
}

const FIGURE = /\d|\$|%|\b(?:million|billion|thousand|hundred|dozen|half|third|quarter)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "RLHF (reinforcement…)", "(RLHF)", "RLHF is…": a sentence that defines the subject. */
function definitionPattern(subject: string | undefined): RegExp | undefined {
  const s = subject?.trim().replace(/s$/i, '');
  if (!s || s.length < 2 || s.split(/\s+/).length > 4) return undefined;
  const name = `${escapeRe(s)}s?`;
  return new RegExp(`\\b${name}\\b\\s*(?:\\(|,? (?:is|are|refers?|means?|stands?)\\b)|\\(\\s*${name}\\s*\\)`, 'i');
}

function scoreUnits(index: SearchIndex, plan: QueryPlan, candidates: Candidate[], opts: SelectOptions): Scored[] {
  const defines = definitionPattern(opts.subjectText);
  const weights = new Map(plan.terms.map((t) => [t.term, t.weight * index.idf(t.term)]));
  const top = candidates[0]?.score ?? 1;
  const scored: Scored[] = [];
  candidates.slice(0, opts.maxPassages ?? 3).forEach((cand, rank) => {
    const info = analysed(index, cand.passage);
    const headingTerms = info.headings;
    // A section headed by the asked-about aspect ("What VAEs are used for") holds the answer.
    const onAspect = [...plan.focus].some((t) => headingTerms.has(t)) ? 1.3 : 1;
    for (const { unit, terms } of info.units) {
      let base = 0;
      for (const t of terms) base += weights.get(t) ?? 0;
      // Subject named only in the heading still counts a little for the section's sentences.
      for (const t of plan.subject) if (!terms.has(t) && headingTerms.has(t)) base += 0.3 * (weights.get(t) ?? 0);
      // A sentence that, with its heading, holds more of the question's distinct terms answers more of it.
      const distinct = plan.terms.filter((t) => terms.has(t.term) || headingTerms.has(t.term)).length / Math.max(1, plan.terms.length);
      let score = base * (0.55 + 0.45 * (cand.score / top)) * onAspect * (0.6 + distinct);
      if (opts.preferFigures && FIGURE.test(unit.text)) {
        // "How many instructions…": a figure next to the thing being counted is the answer.
        score *= [...plan.focus].some((t) => terms.has(t)) ? 2 : 1.35;
      }
      if (unit.text.length < 25 && !unit.bullet) score *= 0.3;
      if (defines?.test(unit.text)) score *= 1.5;
      scored.push({ unit, cand, rank, score, terms });
    }
  });
  return scored;
}

/** Picks the sentences that answer the question best, from the best few passages. */
export function selectUnits(index: SearchIndex, plan: QueryPlan, candidates: Candidate[], opts: SelectOptions): Selection | undefined {
  const scored = scoreUnits(index, plan, candidates, opts);
  if (scored.length === 0) return undefined;
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  const first = candidates[0];
  // The best passage leads unless another passage has a clearly better sentence: answers stay coherent.
  const fromFirst = byScore.find((s) => s.cand === first);
  // (Facts go to the single best sentence wherever it is.)
  let lead = !opts.preferFigures && fromFirst && fromFirst.score >= byScore[0]!.score * 0.6 ? fromFirst : byScore[0]!;
  if (opts.preferFigures && !FIGURE.test(lead.unit.text)) {
    const figure = byScore.find((s) => FIGURE.test(s.unit.text));
    if (figure && figure.score >= lead.score * 0.45) lead = figure;
  }
  if (opts.leadWithDefinition && first?.aboutSubject) {
    const opening = scored.find((s) => s.cand === first && s.unit.text.length >= 25);
    if (opening && opening.score > 0) lead = opening;
  }
  if (lead.score <= 0) return undefined;

  const chosen = new Set<Scored>([lead]);
  let length = lead.unit.text.length;
  const maxUnits = opts.maxUnits ?? 5;
  if (opts.leadWithDefinition && first?.aboutSubject && lead.cand === first) {
    // A passage about the subject reads best in its own order: keep its opening together.
    for (const s of scored) {
      if (s.cand !== first || chosen.has(s) || s.unit.index < lead.unit.index) continue;
      if (chosen.size >= maxUnits - 1 || length + s.unit.text.length + 1 > opts.maxChars * 0.75) break;
      chosen.add(s);
      length += s.unit.text.length + 1;
    }
  }
  // Facts want the one sentence that states it, plus only close runners-up.
  const floor = Math.max(lead.score, byScore[0]!.score) * (opts.preferFigures ? 0.55 : 0.3);
  const leadSubject = [...plan.subject].filter((t) => lead.terms.has(t));
  const leadIsList = opts.keepLists && scored.some((s) => s.cand === lead.cand && s.unit.bullet);
  const pool = leadIsList ? scored.filter((s) => s.cand === lead.cand).concat(byScore) : byScore;
  for (const s of pool) {
    if (chosen.size >= (leadIsList ? maxUnits + 6 : maxUnits)) break;
    if (chosen.has(s) || length + s.unit.text.length + 1 > opts.maxChars) continue;
    const sameList = leadIsList && s.cand === lead.cand && s.unit.bullet;
    if (!sameList && s.score < floor) continue;
    // A fact's extra sentences must be about the same thing the lead names (not the next table row).
    if (opts.sameSubject && leadSubject.some((t) => !s.terms.has(t))) continue;
    chosen.add(s);
    length += s.unit.text.length + 1;
  }

  // The lead's passage comes first, so the answer opens with the direct answer.
  const rankOf = (s: Scored) => (s.cand === lead.cand ? -1 : s.rank);
  // A list's lead-in ("… depends on what matters most:") says nothing without an item after it.
  for (const s of [...chosen]) {
    const next = scored.find((o) => o.cand === s.cand && o.unit.index === s.unit.index + 1);
    if (chosen.size > 1 && /:\s*$/.test(s.unit.text) && !(next && chosen.has(next))) chosen.delete(s);
  }
  // A fact's best sentence comes first; otherwise sentences keep their order in the passage.
  const position = (s: Scored) => (opts.preferFigures && s === lead ? -1 : s.unit.index);
  const ordered = [...chosen].sort((a, b) => rankOf(a) - rankOf(b) || position(a) - position(b));
  const passages: Passage[] = [];
  const blocks: string[] = [];
  for (const s of ordered) {
    const i = passages.indexOf(s.cand.passage);
    if (i < 0) {
      passages.push(s.cand.passage);
      blocks.push(s.unit.text);
    } else {
      blocks[i] += (s.unit.bullet ? '\n' : ' ') + s.unit.text;
    }
  }
  // A sentence quoted away from its heading ("use them in drug discovery") gets the heading back.
  passages.forEach((p, i) => {
    const topic = p.section.replace(/^(?:type|step|part|stage|phase)\s*\d+\s*[:.-]\s*/i, '').trim();
    const named = index.analyzer.terms(topic).filter((t) => !['model', 'ai'].includes(t));
    const said = new Set(index.analyzer.terms(blocks[i]!));
    if (topic && topic.length <= 80 && named.length > 0 && !named.some((t) => said.has(t))) {
      blocks[i] = `**${topic}**: ${blocks[i]}`;
    }
  });
  const found = new Set<string>();
  for (const s of ordered) for (const t of s.terms) found.add(t);
  for (const p of passages) for (const t of analysed(index, p).headings) found.add(t);
  return { text: blocks.join('\n\n'), passages, coverage: coverageOf(index, plan, found) };
}
