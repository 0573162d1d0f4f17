/**
 * Questions that want every item, not one: "rank the models by price", "top video models", "which
 * were the frontier models of late 2025". "Which one is best?" asks for one and is not read here.
 * Such a list comes from the documents when one of their lists names the models and its heading or
 * lead-in carries the question's own qualifiers ("leading", "late 2025"); otherwise from the catalog.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { RELATED_PREFIX } from '../../knowledge/search/vocabulary.js';
import { announcedCount, blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

const WORD_OF = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const RANK_WORDS = 'top best leading lead main major popular strongest';

const bulletsOf = (text: string) => text.split('\n').filter((l) => /^\s*[-*•]\s+/.test(l));

/** "The leading video models…" → "The three leading video models…": the count said, when the lead-in does not. */
function withCount(lead: string, n: number): string {
  if (announcedCount(lead) !== undefined || /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i.test(lead.split(/[:(]/)[0] ?? '')) return lead;
  const word = WORD_OF[n] ?? String(n);
  if (/^The\s/.test(lead)) return lead.replace(/^The\s/, `The ${word} `);
  return lead.replace(/:\s*$/, ` (${word}):`);
}

/** Verbs a document is said to qualify its list with ("the models the guide recommends"), which its list need not repeat. */
const SOURCE_VERBS = 'recommend suggest list mention name count consider call rate pick';

/**
 * Words of where and how the asker read the list, not of the list itself: the article named ("the
 * Space-O guide"), what it is said to do ("recommends"), and a word a synonym group of the question
 * carries ("weight" of "open-weight"), which the list may write as another of the group's phrases.
 */
function askersWords(ctx: PlanContext, u: Understanding): Set<string> {
  const analyzer = ctx.index.analyzer;
  // Synonym groups only: a related-words group ("leading" beside "behind") holds no other spelling of the word.
  const groups = new Set(u.terms.filter((t) => t.term.startsWith('~') && !t.term.startsWith(RELATED_PREFIX)).map((t) => t.term));
  const carried = u.terms.filter((t) => !t.term.startsWith('~') && ctx.index.vocabulary.groupsOfWord(t.term).some((g) => groups.has(g))).map((t) => t.term);
  return new Set([...analyzer.terms(SOURCE_VERBS), ...u.articles.flatMap((a) => analyzer.terms(`${a.title} ${a.publisher ?? ''}`)), ...carried]);
}

/**
 * A list in the documents whose items name the models asked about, and whose heading and lead-in hold
 * every word the question qualifies them with beyond the kind of model ("top", "late 2025"). A
 * question with no such word ("list the image models") wants the catalog's whole set instead.
 */
export function documentModelList(ctx: PlanContext, u: Understanding, pool: readonly CatalogEntry[]): Draft | undefined {
  const analyzer = ctx.index.analyzer;
  const kindWords = new Set([...u.concepts.flatMap((c) => c.names), ...u.categories.map((c) => c.category), 'model', 'models', 'llm', 'llms', 'generation', 'generative', 'ai']
    .flatMap((n) => analyzer.terms(n)));
  // A weak word ("best") qualifies when the framing has it; a telling one ("late 2025") must be there.
  // Words of rank ("top", "leading") are one another's synonyms and never rule a list out.
  const rank = new Set(analyzer.terms(RANK_WORDS));
  const asker = askersWords(ctx, u);
  const qualifiers = u.terms.filter((t) => !t.term.startsWith('~') && !kindWords.has(t.term) && !asker.has(t.term)).map((t) => (rank.has(t.term) ? { term: t.term, weight: 0 } : t));
  if (qualifiers.length === 0) return undefined;
  const wanted = new Set(pool);
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts.slice(0, 2), aspect: 'examples', limit: 6, filter: (p) => !p.tags.includes('catalog') });
  const evidence = rankEvidence(ctx.index, u.terms, candidates, { cue: /:\s*$|^\s*[-*•]/ });
  const seen = new Set<string>();
  for (const ev of evidence.slice(0, 8)) {
    const block = blockFrom(ev, { wholeList: true, maxChars: 1100 });
    if (seen.has(block.text)) continue;
    seen.add(block.text);
    const items = bulletsOf(block.text);
    if (items.length < 2) {
      const prose = proseList(ctx, u, ev.unit.unit.text, ev.passage.headings.join(' '));
      if (prose) return { kind: 'list', answered: true, blocks: [{ text: ev.unit.unit.text, passage: ev.passage }], models: prose, cites: prose.slice(0, 3).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined) };
      continue;
    }
    const named = items.map((line) => ctx.matcher.find(line).map((m) => m.model).find((m) => wanted.has(m)));
    if (named.filter(Boolean).length < items.length - (items.length > 3 ? 1 : 0)) continue;
    const lead = block.text.split('\n')[0]!;
    const framing = new Set([...analyzer.terms(ev.passage.headings.join(' ')), ...analyzer.terms(lead)]);
    if ([...framing].some((t) => rank.has(t))) for (const t of rank) framing.add(t);
    if (!qualifiers.every((t) => t.weight < 0.5 || framing.has(t.term)) || !qualifiers.some((t) => framing.has(t.term))) continue;
    const leadUnit = analysed(ctx.index, ev.passage).units.find((x) => x.unit.text === lead);
    const text = /^\s*[-*•]/.test(lead) || !leadUnit ? block.text : [withCount(lead, items.length), ...items].join('\n');
    const models = [...new Set(named.filter((m): m is CatalogEntry => m !== undefined))];
    return { kind: 'list', answered: true, blocks: [{ text, passage: ev.passage }], models, cites: models.slice(0, 3).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined) };
  }
  return undefined;
}

/** Names in a series after "include"/"are"/"were": "A, B (x/y), C, and D" counts four. */
function enumerated(text: string): number {
  const series = /\b(?:include|includes|included|are|were)\s+(.+?)\.?$/.exec(text.replace(/\([^)]*\)/g, ''))?.[1];
  if (!series) return 0;
  const items = series.split(/,\s*(?:and\s+|or\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  return items.every((x) => /^[A-Z0-9]/.test(x) && x.split(/\s+/).length <= 4) ? items.length : 0;
}

/**
 * A list written in one sentence ("The frontier models (as of late 2025) include A, B, C and D."):
 * three or more models named in a sentence that, with its heading, holds every telling word asked.
 */
function proseList(ctx: PlanContext, u: Understanding, text: string, heading: string): CatalogEntry[] | undefined {
  const models = [...new Set(ctx.matcher.find(text).map((m) => m.model))];
  if (models.length < 3 && enumerated(text) < 3) return undefined;
  const framing = new Set([...ctx.index.analyzer.terms(heading), ...ctx.index.analyzer.terms(text)]);
  const rank = new Set(ctx.index.analyzer.terms(RANK_WORDS));
  const telling = u.terms.filter((t) => t.weight >= 0.5 && !t.term.startsWith('~') && !rank.has(t.term));
  return telling.length >= 2 && telling.every((t) => framing.has(t.term)) ? models : undefined;
}
