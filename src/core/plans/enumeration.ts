/**
 * "Which certifications do the vendors have?", "what questions should we ask before picking a
 * vendor?", "what are the six types of models the guide covers?": the items of a set the question
 * names by its plural noun, from the unit of the documents that enumerates that noun, whole:
 *   - a lead-in naming the noun with its items after it ("Three questions decide…:" and a list,
 *     "Several factors shape…" and bullets, "Three questions… Does…? Can…? Does…?");
 *   - a count of the noun announced over as many sub-sections ("There are six types…" over Type 1–6);
 *   - a sentence naming the noun, then the items in a series ("the ones to check are A, B and C").
 * When the question says how many, the documents' count must agree.
 */
import type { Passage } from '../../knowledge/types.js';
import { announcedCount, announcedNoun, blockFrom } from '../compose/blocks.js';
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { coverage, idfWeights, rankEvidence } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { childSections } from './sections.js';

/** A lead-in that says items follow without a colon: "Several factors shape what comes out." */
const SAYS_ITEMS_FOLLOW = /\b(?:several|a few|various|a number of|the following|these|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i;
/** The verb or preposition a series of items follows: "are A, B and C", "hold A, B, or C", "such as A, B, C". */
const SERIES_AFTER = /\b(?:are|were|include|includes|including|hold|holds|such as|like|namely)\s+(?=([^.;:?!]+))/gi;
/** A series after its count and a colon: "there are three: latency, context window size and uptime". */
const SERIES_AFTER_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s*:\s*([^.;:?!]+)/i;
/** A parenthesised series: "(SOC 2, HIPAA, ISO 27001)". */
const SERIES_IN_PARENS = /\(([^()]+,[^()]+,[^()]+)\)/;
const WORD = /[A-Za-z][\w'-]*/g;

type Found = { passage: Passage; at: number; score: number; kind: 'list' | 'counted' | 'sections' | 'series' };

/** At least three short items in a comma series ("A, B (x) and C"); the last may run on into the clause. */
function isSeries(text: string): boolean {
  const items = text.replace(/\([^)]*\)/g, '').split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  return items.length >= 3 && items.slice(0, -1).every((x) => x.split(/\s+/).length <= 4);
}

/**
 * Where in a unit's text the noun is first said in the plural (the end of that word), or -1: a set
 * is named in the plural ("three questions decide…"), and "a legal step" enumerates no steps.
 */
function nounEnd(ctx: PlanContext, text: string, noun: ReadonlySet<string>): number {
  for (const m of text.matchAll(WORD)) if (/s$/i.test(m[0]) && ctx.index.analyzer.terms(m[0]).some((t) => noun.has(t))) return m.index! + m[0].length;
  return -1;
}

/** How the unit at `at` enumerates the noun asked, if it does. */
function enumerationAt(ctx: PlanContext, passage: Passage, units: readonly AnalysedUnit[], at: number, noun: ReadonlySet<string>, count: number | undefined): Found['kind'] | undefined {
  const x = units[at]!;
  const text = x.unit.text;
  const end = nounEnd(ctx, text, noun);
  if (end < 0) return undefined;
  const announced = announcedCount(text);
  const announcesNoun = announced !== undefined && ctx.index.analyzer.terms(announcedNoun(text) ?? '').some((t) => noun.has(t));
  if (count !== undefined && announcesNoun && announced !== count) return undefined;
  const next = units[at + 1];
  if (!x.unit.bullet && next?.unit.bullet && (/:\s*$/.test(text) || SAYS_ITEMS_FOLLOW.test(text))) {
    if (count !== undefined && announced === undefined) {
      let n = 0;
      while (units[at + 1 + n]?.unit.bullet) n++;
      if (n !== count) return undefined;
    }
    return 'list';
  }
  if (announcesNoun && childSections(ctx, passage).length === announced) return 'sections';
  // Prose items: as many sentences after it in its paragraph as it announced ("Three questions… Does…? Can…? Does…?").
  if (announcesNoun && !x.unit.bullet && units.filter((y) => y.unit.paragraph === x.unit.paragraph && y.unit.index > at).length === announced) return 'counted';
  if (count !== undefined) return undefined;
  const rest = text.slice(end);
  // "X are marks…, and the ones to look for are A, B and C": any of its verbs may lead the series.
  const series = [...rest.matchAll(SERIES_AFTER)].some((m) => isSeries(m[1]!));
  const inParens = SERIES_IN_PARENS.exec(rest)?.[1];
  const counted = SERIES_AFTER_COUNT.exec(rest)?.[1];
  return series || (inParens && isSeries(inParens)) || (counted && isSeries(counted)) ? 'series' : undefined;
}

/** The verbs a request for items is put with ("what steps does X follow", "which factors affect X"): not what it is about. */
const ASKING_WORDS = 'follow follows affect affects ask have has cover covers covered go goes through matter matters decide decides need needs check include includes list mention mentions name names give gives use uses should';
const askingMemo = new WeakMap<object, Set<string>>();
function askingTerms(ctx: PlanContext): Set<string> {
  let terms = askingMemo.get(ctx.index);
  if (!terms) askingMemo.set(ctx.index, (terms = new Set(ctx.index.analyzer.terms(ASKING_WORDS))));
  return terms;
}

/** Share of the question's other words (IDF-weighted) the enumeration, its items and its headings must hold. */
const MIN_SUBJECT = 0.1;

const WEIGHT: Record<Found['kind'], number> = { list: 1, sections: 1, counted: 0.95, series: 0.85 };

/** The enumeration of the asked set that best answers the question, or undefined when no unit enumerates it. */
export function enumeratedList(ctx: PlanContext, u: Understanding): Draft | undefined {
  const asked = u.enumerates;
  if (!asked) return undefined;
  const noun = new Set(ctx.index.analyzer.terms(asked.noun));
  if (noun.size === 0) return undefined;
  const article = u.articles[0];
  const fromArticle = (p: Passage) => !article || p.source?.title === article.title || (!p.source && article.documents.some((d) => d.id === p.docId && d.sources.length === 1));
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts.slice(0, 2), limit: 8, filter: (p) => !p.tags.includes('catalog') && fromArticle(p) });
  const top = candidates[0]?.score ?? 0;
  // What the question asks about besides the noun ("training" in "what steps does training follow?"):
  // an enumeration of the noun about something else ("choosing follows three steps") is no answer.
  const asking = askingTerms(ctx);
  const subject = idfWeights(ctx.index, u.terms.filter((t) => !noun.has(t.term) && !WEAK_TERMS.has(t.term) && !asking.has(t.term)));
  const speaks = (passage: Passage, units: readonly AnalysedUnit[], at: number, kind: Found['kind']) => {
    const said = new Set(units[at]!.terms);
    // Its items: the list after it, the sentences after it in its paragraph, or the sections under it.
    const items = kind === 'counted' ? units.filter((y) => y.unit.paragraph === units[at]!.unit.paragraph) : units.slice(at + 1).filter((y, i) => units.slice(at + 1, at + 2 + i).every((z) => z.unit.bullet));
    for (const y of items) for (const t of y.terms) said.add(t);
    if (kind === 'sections') for (const s of childSections(ctx, passage)) for (const t of ctx.index.analyzer.terms(s)) said.add(t);
    return subject.size === 0 ? 1 : coverage(subject, said, analysed(ctx.index, passage).headings, 1);
  };
  let best: Found | undefined;
  for (const c of candidates) {
    // Few units enumerate the noun asked: a passage further down the ranking may still be the one.
    if (c.score < top * 0.2) break;
    const units = analysed(ctx.index, c.passage).units;
    units.forEach((x, at) => {
      if (![...noun].some((t) => x.terms.has(t))) return;
      const kind = enumerationAt(ctx, c.passage, units, at, noun, asked.count);
      const on = kind ? speaks(c.passage, units, at, kind) : 0;
      if (on < MIN_SUBJECT) return;
      const score = kind ? c.score * WEIGHT[kind] * (0.5 + on) : 0;
      if (kind && (!best || score > best.score)) best = { passage: c.passage, at, score, kind };
    });
  }
  if (!best) return undefined;
  const found: Found = best;
  const units = analysed(ctx.index, found.passage).units;
  const lead = units[found.at]!.unit.text;
  const concepts = ctx.concepts.about(found.passage).slice(0, 1);
  if (found.kind === 'sections') {
    const text = `${lead}\n${childSections(ctx, found.passage).map((s) => `- ${s}`).join('\n')}`;
    return { kind: 'list', answered: true, blocks: [{ text, passage: found.passage }], concepts };
  }
  if (found.kind === 'series') return { kind: 'list', answered: true, blocks: [{ text: lead.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''), passage: found.passage }], concepts };
  const evidence = rankEvidence(ctx.index, u.terms, [{ passage: found.passage, score: 1, about: true }], {}).find((e) => e.unit.unit.index === found.at);
  if (!evidence) return undefined;
  const items = found.kind === 'counted' ? (announcedCount(lead) ?? 3) + 1 : 16;
  const block = blockFrom(evidence, { maxChars: 1400, maxUnits: items, wholeList: true });
  // Too long to give whole (items written as paragraphs): a list cut short is not this answer.
  // Its last item: items written as prose run on in their paragraphs ("Firstly, … Existing approaches …").
  let last = found.at;
  for (let k = found.at + 1; units[k] && (units[k]!.unit.bullet || (k > found.at + 1 && units[k]!.unit.paragraph === units[k - 1]!.unit.paragraph)); k++) if (units[k]!.unit.bullet) last = k;
  if (found.kind === 'list' && !block.text.includes(units[last]!.unit.text.slice(0, 40))) return undefined;
  return { kind: 'list', answered: true, blocks: [block], concepts };
}
