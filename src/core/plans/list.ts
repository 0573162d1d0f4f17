/**
 * Lists: every item, with the count. Models of a kind come from the catalog; anything else (types,
 * stages, approaches, certifications…) from the knowledge's own lists, kept whole.
 */
import { madeBy } from '../understand/alternative.js';
import { narrowedByAccess } from './list-narrow.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { stem } from '../../knowledge/search/text.js';
import { announcedCount, announcedNoun, blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Article } from '../lexicon/documents.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';
import { pickModels } from './pick-model.js';
import { documentModelList } from './many.js';
import { supported } from './support.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { childSections } from './sections.js';
import { enumeratedList } from './enumeration.js';
import { lowerFirst } from '../lexicon/case.js';

const LIST_CUE = /:\s*$|^\s*[-*•]|\b(?:there are|main types|types of|kinds of|stages|steps|ways|include|includes)\b/i;

/** A list written in one sentence: "The most notable types are A, B, C and D." */
const PROSE_LIST = /\b(?:types|kinds|categories|families|classes|varieties)\s+(?:are|include)\s+[^.:]+,[^.:]+\band\b/i;

export function catalogList(ctx: PlanContext, u: Understanding): Draft | undefined {
  // A follow-up narrowing the models the last answer listed ("which of those are open source?") asks for models too.
  const narrowing = u.followUp && u.models.length > 1;
  if (ctx.kb.models.length === 0 || (!u.list.asksModels && !narrowing) || u.list.asksKinds) return undefined;
  // "The model size tiers from the PicassoIA explainer": a set of something else is asked, though "model" is said.
  if (u.enumerates && !narrowing) return undefined;
  const article = u.articles[0];
  if (u.categories.length === 0 && !u.constraints.openWeights && !u.constraints.frontier && !article && !u.madeBy && u.models.length < 2) return undefined;
  // The models an article names: the catalog entries it is the source of.
  const fromArticle = article ? ctx.kb.models.filter((m) => m.source.title.toLowerCase() === article.title.toLowerCase() || (article.publisher && m.source.publisher === article.publisher)) : [];
  // "What models does Anthropic make?": the models the catalog records that developer as making.
  const made = u.madeBy ? ctx.kb.models.filter((m) => madeBy(m, u.madeBy!)) : [];
  const pool = u.models.length > 1 ? u.models : fromArticle.length > 0 ? fromArticle : made.length > 0 ? made : undefined;
  const picks = pickModels(ctx.index, ctx.kb.models, u, pool);
  const fitting = u.categories.length > 0 ? picks : picks.filter((p) => p.score > 0 || u.constraints.openWeights || u.constraints.frontier || made.length > 0);
  // "Open-source LLMs": a concept that is one of the catalog's categories keeps the list to that category.
  const kinds = catalogKindsNamed(ctx, u);
  const ofKind = kinds.size > 0 ? fitting.filter((p) => p.model.categories.some((c) => kinds.has(c.toLowerCase()))) : [];
  const wanted = ofKind.length > 0 ? ofKind : fitting;
  // "The leading image models" are the documents' list of leading ones, not every image model.
  const framed = documentModelList(ctx, u, wanted.map((p) => p.model));
  if (framed) return framed;
  const all = wanted.map((p) => p.model).filter((m) => !/\b(?:family|series)\b/i.test(m.name));
  const models = all.slice(0, 12);
  if (models.length === 0) return undefined;
  const item = (m: CatalogEntry) => {
    const access = m.access === 'open' ? 'open source' : m.access === 'proprietary' ? 'proprietary' : undefined;
    const meta = [m.developer, access].filter(Boolean).join(', ');
    const strength = m.strengths[0] ?? m.use_cases[0];
    return `- **${m.name}**${meta ? ` (${meta})` : ''}${strength ? `: ${strength}` : ''}`;
  };
  const count = models.length === 1 ? 'One model in my documents fits' : `${all.length} models in my documents fit${all.length > models.length ? `; the first ${models.length}` : ''}`;
  const text = `${count}:\n${models.map(item).join('\n')}`;
  const cites = models.slice(0, 3).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'list', answered: true, blocks: [{ text }], cites, models };
}

/** The catalog categories the question's concepts name ("LLMs" names the category llm), lower-cased. */
function catalogKindsNamed(ctx: PlanContext, u: Understanding): Set<string> {
  const categories = new Set(ctx.kb.models.flatMap((m) => m.categories.map((c) => c.toLowerCase())));
  return new Set(u.concepts.flatMap((c) => [c.name, ...c.names].map((n) => n.toLowerCase())).filter((n) => categories.has(n)));
}


const namedIn = (text: string, c: Concept) => c.names.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(text));

/**
 * The kinds of a concept: those filed under it, and a sibling whose own name is "<word> <its name>"
 * (a "multimodal LLM", filed beside LLMs, is a kind of LLM too). Asked for specialised kinds, a kind another
 * kind is made from (the base model an instruct model is tuned from) is a stage of the general line.
 */
function kindsUnder(ctx: PlanContext, concept: Concept, specialised: boolean): Concept[] {
  const heads = concept.names.filter((n) => !/\s/.test(n) && n.length >= 3);
  const named = ctx.concepts.concepts.filter((c) => c !== concept && c.broader !== undefined && c.broader === concept.broader && c.kind === concept.kind && c.defining && c.names.some((n) => heads.some((h) => new RegExp(`^\\w[\\w-]+ ${h}$`, 'i').test(n))));
  const kinds = [...concept.narrower.filter((c) => c.defining), ...named];
  if (!specialised) return kinds;
  const descendants = (c: Concept): Concept[] => c.narrower.flatMap((d) => [d, ...descendants(d)]);
  const definitions = kinds.flatMap((k) => [k, ...descendants(k)]).map((d) => ({ d, text: d.defining ? (analysed(ctx.index, d.defining).units[0]?.unit.text ?? '') : '' }));
  return kinds.filter((k) => !definitions.some((x) => x.d !== k && namedIn(x.text, k)));
}

/** "What kinds of audio models are there?": the kinds the knowledge files under the concept. */
function kindsOf(ctx: PlanContext, u: Understanding): Draft | undefined {
  const concept = u.concepts[0];
  if (!concept || concept.narrower.length < 2 || !(u.list.asksSorts || (u.list.asksWays && concept.kind !== 'model-type'))) return undefined;
  if ((concept.aspects.get('types') ?? []).length > 0) return undefined;
  const kinds = kindsUnder(ctx, concept, u.list.specialised);
  if (kinds.length < 2) return undefined;
  const line = (c: (typeof kinds)[number]) => {
    const first = analysed(ctx.index, c.defining!).units[0]?.unit.text ?? '';
    return `- ${first}`;
  };
  // A subset the question asked for is counted as what it is, not as every kind the documents describe.
  const specialised = u.list.specialised;
  const intro = specialised ? `My documents describe ${kinds.length} specialised kinds of ${concept.name}` : `My documents describe ${kinds.length} kinds of ${concept.name}`;
  const full = `${intro}:\n${kinds.map(line).join('\n')}`;
  // Too long to read whole: each kind by its section's own name, as the documents write it.
  const named = (c: (typeof kinds)[number]) => `- ${c.defining!.section.replace(/\s*\([^)]*\)\s*$/, '').trim() || c.name}`;
  const text = full.length <= 1200 ? full : `${intro}:\n${kinds.map(named).join('\n')}`;
  return { kind: 'list', answered: true, blocks: [{ text }], cites: kinds.slice(0, 4).map((c) => c.defining!), concepts: [concept, ...kinds] };
}

/** The article's own account of what it takes in: "The overview covers A, B, C and D." */
const COVERS_LIST = /\b(?:covers|describes|discusses|walks through|goes (?:over|through))\s+(?!how\b|what\b|why\b)[^.]*,[^.]*\band\b/i;

/**
 * The kinds an article covers are what it says it covers, in full: not the example models it shows
 * for some of them, nor another section's list.
 */
function articleKinds(ctx: PlanContext, u: Understanding): Draft | undefined {
  const article = u.articles[0];
  if (!article || !u.list.asksKinds || !u.list.asksCoverage) return undefined;
  const fromIt = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, limit: 6, filter: (p) => p.source?.title === article.title || (!p.source && article.documents.some((d) => d.id === p.docId && d.sources.length === 1)) });
  const evidence = rankEvidence(ctx.index, u.terms, fromIt, { cue: COVERS_LIST });
  const best = evidence.find((e) => COVERS_LIST.test(e.unit.unit.text));
  if (!best) return articleOutline(ctx, article);
  return { kind: 'list', answered: true, blocks: [{ text: best.unit.unit.text, passage: best.passage }], concepts: ctx.concepts.about(best.passage).slice(0, 1) };
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Sections that frame an article rather than cover part of its subject. */
const FRAMING_SECTION = /^(?:conclusions?|introduction|summary|final thoughts|wrapping up|references|sources|further reading|about the authors?|faqs?|frequently asked questions\b.*)$/i;

/**
 * An article that never says what it covers is organised by what it covers: its top sections, each
 * with the sections under it ("Image, video, and audio models: image models, video models…").
 */
function articleOutline(ctx: PlanContext, article: Article): Draft | undefined {
  const doc = article.documents.length === 1 && article.documents[0]!.sources.length <= 1 ? article.documents[0]! : undefined;
  const root = doc && ctx.index.passages.find((p) => p.docId === doc.id && p.headings.length === 1);
  if (!root) return undefined;
  const tops = childSections(ctx, root).filter((s) => !FRAMING_SECTION.test(s));
  if (tops.length < 3) return undefined;
  const line = (s: string) => {
    const under = childSections(ctx, { docId: root.docId, headings: [...root.headings, s] }).map((c) => lowerFirst(c, ctx.kb.models.map((m) => m.name)));
    return `- ${s}${under.length > 0 ? `: ${under.join(', ')}` : ''}`;
  };
  const text = `"${article.title}" goes through ${COUNT_WORDS[tops.length] ?? tops.length} sections:\n${tops.map(line).join('\n')}`;
  return { kind: 'list', answered: true, blocks: [{ text, passage: root }], concepts: [] };
}

/**
 * "5 things to check before picking a model": the list the subject's own definition gives (its
 * steps), whole, rather than whichever section shares the most words with "check".
 */
export function ownChecklist(ctx: PlanContext, u: Understanding): Draft | undefined {
  const concept = u.concepts[0];
  if (!u.asksChecklist || !concept?.defining) return undefined;
  const units = analysed(ctx.index, concept.defining).units;
  const at = units.findIndex((x, i) => /:\s*$/.test(x.unit.text) && units[i + 1]?.unit.bullet === true);
  if (at < 0) return undefined;
  const evidence = rankEvidence(ctx.index, u.terms, [{ passage: concept.defining, score: 1, about: true }], {}).find((e) => e.unit.unit.index === at);
  if (!evidence) return undefined;
  return { kind: 'list', answered: true, blocks: [blockFrom(evidence, { maxChars: 1100, maxUnits: 12, wholeList: true })], concepts: [concept] };
}

export function answerList(ctx: PlanContext, u: Understanding): Draft {
  const checklist = ownChecklist(ctx, u);
  if (checklist) return checklist;
  // "The six types the guide covers": the count asked picks the enumeration that gives as many.
  const counted = u.enumerates?.count !== undefined ? enumeratedList(ctx, u) : undefined;
  if (counted) return counted;
  const fromArticle = articleKinds(ctx, u);
  if (fromArticle) return fromArticle;
  // "Which of those is open source?": the listed models by their recorded access, not the list again.
  const narrowed = narrowedByAccess(ctx, u);
  if (narrowed) return narrowed;
  // "The trade-offs between open and proprietary models": a noun asked that is not models is the
  // documents' enumeration of it, though the question says "models".
  const ownSet = u.enumerates && u.list.asksModels && !u.list.asksKinds ? enumeratedList(ctx, u) : undefined;
  if (ownSet) return ownSet;
  const fromCatalog = catalogList(ctx, u);
  if (fromCatalog) return fromCatalog;
  const kinds = kindsOf(ctx, u);
  if (kinds) return kinds;
  // "Which certifications do vendors have?": the documents' enumeration of the noun asked, before a list that only shares its words.
  return enumeratedList(ctx, u) ?? documentList(ctx, u);
}

/** The knowledge's own list that best answers the question, kept whole. */
function documentList(ctx: PlanContext, u: Understanding, keep?: (p: Passage) => boolean): Draft {
  const concepts = u.concepts.slice(0, 2);
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts, aspect: 'types', limit: 6, ...(keep ? { filter: keep } : {}) });
  for (const c of concepts) for (const p of [...(c.aspects.get('types') ?? []), ...(c.aspects.get('examples') ?? [])]) if (!candidates.some((x) => x.passage === p) && (!keep || keep(p))) candidates.push({ passage: p, score: (candidates[0]?.score ?? 1) * 0.8, about: true });
  const evidence = rankEvidence(ctx.index, u.terms, candidates, { cue: LIST_CUE });
  // A list answers a list question: prefer the unit that announces one ("There are two ways…", a
  // lead-in), then an item of one.
  const near = (e: (typeof evidence)[number], i: number) => i < 6 && e.score >= evidence[0]!.score * 0.5;
  const found =
    evidence.find((e, i) => near(e, i) && (announcedCount(e.unit.unit.text) !== undefined || /:\s*$/.test(e.unit.unit.text))) ??
    evidence.find((e, i) => near(e, i) && PROSE_LIST.test(e.unit.unit.text)) ??
    evidence.find((e, i) => near(e, i) && e.unit.unit.bullet) ??
    evidence[0];
  // "Text LLMs are still the most popular… The most notable types are A, B, C and D.": the sentence
  // of the same paragraph that lists the items is the answer, not the background before it.
  const listing = found && !PROSE_LIST.test(found.unit.unit.text) && announcedCount(found.unit.unit.text) === undefined && !found.unit.unit.bullet
    ? found.units.find((x) => x.unit.index > found.unit.unit.index && x.unit.paragraph === found.unit.unit.paragraph && PROSE_LIST.test(x.unit.text))
    : undefined;
  const best = listing && found ? { ...found, unit: listing } : found;
  if (!best) return notAnswered();
  const children = childSections(ctx, best.passage);
  const announced = announcedCount(best.unit.unit.text);
  // "There are six types…" introducing six sub-sections: the sub-sections are the list.
  // Not when the passage itself goes on to give the items it announced ("There are two main ways… Firstly, … The second way…").
  // (A table after the announcement is an overview of the sub-sections, which name the items better.)
  const table = best.units.some((x) => x.unit.index > best.unit.unit.index && x.unit.row);
  // And only items of the kind asked: "what kinds of specialised LLMs" is not answered by "two ways of creating a code LLM".
  const noun = announcedNoun(best.unit.unit.text);
  const askedNoun = noun !== undefined && u.said.stems.has(stem(noun));
  const ownItems = announced !== undefined && !table && askedNoun && blockFrom(best, { maxChars: 1100, maxUnits: 4, wholeList: true }).text.split('\n').length === announced + 1;
  if (children.length >= 2 && !ownItems && (announced === children.length || (announced === undefined && best.unit.unit.index === 0 && u.list.namesKinds))) {
    // A lead announcing other things than the sub-sections ("two main ways…" over "Math LLMs", "Agentic LLMs") does not introduce them.
    const lead = noun !== undefined && !askedNoun ? `Under ${best.passage.section}, my documents describe ${children.length}:` : best.unit.unit.text;
    const text = `${lead}\n${children.map((c) => `- ${c}`).join('\n')}`;
    return { kind: 'list', answered: true, blocks: [{ text, passage: best.passage }], concepts };
  }
  const block = blockFrom(best, { maxChars: 1100, maxUnits: 4, wholeList: true });
  // The listing sentence speaks for the paragraph that led to it.
  if (!supported(ctx, u, found!, listing ? `${found!.unit.unit.text} ${block.text}` : block.text)) return notAnswered();
  return { kind: 'list', answered: true, blocks: [block], concepts: concepts.length ? concepts : ctx.concepts.about(best.passage).slice(0, 1) };
}
