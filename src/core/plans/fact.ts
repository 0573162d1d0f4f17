/**
 * A figure, date or name. About a catalog model: the catalog's value, or a sentence that names the
 * model and states a value of that kind, or "my documents don't state it" — never a neighbouring
 * figure. About an article: its author, date or publisher. Anything else: the sentence of the best
 * passages that states a figure of the kind asked for.
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import { fold, stem, words } from '../../knowledge/search/text.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { BENCHMARK_SHORT_NAMES, matchBenchmarks, matchingNotes, modelFact, statNamed, statSentence, type FigureWords } from '../catalog/facts.js';
import { nameTokens } from '../catalog/model-matcher.js';
import { strengthsClause } from '../catalog/strengths.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { byRelease, groupMembers, releaseMonth, membersByRelease, releaseOrderSentence } from '../catalog/release-order.js';
import { blockFrom } from '../compose/blocks.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { analysed } from '../evidence/analysed.js';
import { rankEvidence, statesFigure, type Evidence, type Figure, type Want } from '../evidence/sentences.js';
import type { Article } from '../lexicon/documents.js';
import { ATTRIBUTE_LABELS, UNIT_ASKED } from '../understand/attributes.js';
import type { Attribute, Understanding } from '../understand/types.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { supported } from './support.js';
import { modelProfileDraft } from './model-profile.js';
import { familySizes } from './family-sizes.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** The kind of figure a question wants, from its attribute and wording. */
export function figureWanted(u: Understanding): Figure | undefined {
  const t = u.text;
  // "What date are the prices from?", "the prices are as of when?": the date a figure holds for, not the figure.
  if (u.asksAsOf) return 'date';
  if (u.attribute === 'pricing' || u.attribute === 'training_cost' || /\bhow much (?:does|do|would|will|is)\b.*\b(?:cost|charge|pay)\b|\bballpark cost\b|\bcost to\b/i.test(t)) return 'money';
  // "In which years…", "during what period…" ask for dates as much as "when" does.
  const years = /\b(?:what|which) (?:years?|yrs?)\b/i;
  if (u.attribute === 'released' || u.attribute === 'published' || /^when\b|\bwhen (?:did|was|were)\b|\b(?:which|what)\s+(?:period|periods|era|decades?|time ?span|time ?frame)\b/i.test(t) || years.test(t)) return years.test(t) ? 'year' : 'date';
  // "…in ms?", "tokens per second for X?": a time, or a rate per unit of time.
  if ((/\bhow long\b/i.test(t) && !/\bcontext\b/i.test(t)) || UNIT_ASKED.test(t)) return 'duration';
  if (/\bwhat (?:share|percentage|percent|fraction|proportion)\b|\bwhat %|\bhow many percent\b|(?:\blike|\bas|\bin) an? %|\bin %|\bas a percentage\b/i.test(t)) return 'percent';
  if (u.attribute === 'context_window' || u.attribute === 'parameters' || u.attribute === 'benchmark' || /\bhow (?:many|much|big|large|fast)\b|\bballpark\b|\brange\b/i.test(t)) return 'number';
  // "Max clip length for X?", "the longest output X allows": a limit is a figure too.
  if (u.attribute === 'figure' && /\b(?:max|maximum|minimum|min|longest|shortest|limit)\b/i.test(t)) return 'number';
  return undefined;
}

/** "Written by Rakesh Patel": what an article's metadata says. */
function articleFact(a: Article, attribute: Attribute | undefined): string | undefined {
  const name = `“${a.title}”${a.publisher ? ` (${a.publisher})` : ''}`;
  switch (attribute) {
    case 'author':
      return a.author ? `${name} was written by **${a.author}**${a.date ? `, ${a.date}` : ''}.` : undefined;
    case 'published':
      return a.date ? `${name} was published on **${a.date}**${a.author ? `, by ${a.author}` : ''}.` : undefined;
    case 'publisher':
      return a.publisher ? `“${a.title}” was published by **${a.publisher}**.` : undefined;
    default:
      return a.author || a.date ? `“${a.title}” is by ${a.author ?? 'an unnamed author'}${a.publisher ? ` (${a.publisher})` : ''}${a.date ? `, ${a.date}` : ''}.` : undefined;
  }
}

/** A sentence saying whom something is written for: "aimed at CTOs…", "written for developers". */
const AIMED_AT = /\b(?:aimed at|written for|intended for|meant for|targeted at|audience)\b/i;

/** "Who is the guide written for?": the sentence of the article's own sections saying whom it is aimed at, or that none says. */
function audienceOf(ctx: PlanContext, a: Article): Draft {
  const own = (p: Passage) => p.source?.title === a.title || a.documents.some((d) => d.id === p.docId && d.sources.length === 1);
  for (const passage of ctx.kb.passages.filter(own)) {
    const unit = analysed(ctx.index, passage).units.find((x) => AIMED_AT.test(x.unit.text));
    // "The guide is aimed at…" said on its own names the article: “A Complete Guide…” is aimed at…
    const text = unit?.unit.text.replace(/^(?:The|This) (?:guide|post|article|overview|explainer|piece|report)\b/, `“${a.title}”`);
    if (text) return { kind: 'fact', answered: true, blocks: [{ text, passage }], cites: [passage] };
  }
  return notAnswered('fact', `My documents don't say whom “${a.title}” is written for.`);
}

/** The sentence that introduces a person by name ("**Rakesh Patel** is the founder and CEO of…"), as a block. */
function personIntroduced(ctx: PlanContext, name: string): Block | undefined {
  const opens = new RegExp(`^\\*\\*${escapeRegExp(name)}\\*\\*\\s+(?:is|was)\\b`);
  for (const passage of ctx.kb.passages) {
    const first = analysed(ctx.index, passage).units[0]?.unit.text;
    if (first && opens.test(first)) return { text: first, passage };
  }
  return undefined;
}

/** Wording a sentence needs to state this attribute at all (not merely a number near the model's name). */
const ATTRIBUTE_WORDING: Partial<Record<Attribute, RegExp>> = {
  context_window: /\bcontext\b|\btokens?\b/i,
  pricing: /\$|\bprice|\bcost|\bper (?:1m|million)|\bfee|\bfree\b|\bsubscription/i,
  training_cost: /\btrain/i,
  training: /\btrain/i,
  // A month alone is no release: "the May 2026 pricing table" dates a price, not the model.
  released: /\breleas|\blaunch|\bcame out|\bintroduc|\bannounc|\brolled out|\brolls out|\barriv|\bdebut|\bshipped\b/i,
  developer: /\b(?:by|from|made|developed|built|created|behind)\b/i,
  parameters: /\bparameters?\b|\b\d+(?:\.\d+)?\s?[BT]\b|\bbillion\b|\btrillion\b|\bvram\b|\bgpus?\b/i,
  benchmark: /%|\bscor|\bbenchmark|\belo\b|\brank/i,
};

/** A sentence of the documents that names the model and states a figure of the kind asked. */
function statedInDocuments(ctx: PlanContext, u: Understanding, model: CatalogEntry, figure: Figure | undefined, stat?: string) {
  const names = [new Set(nameTokens(model.name).filter((t) => t.length > 1 || /\d/.test(t)).map((t) => ctx.index.analyzer.terms(t)[0] ?? t))];
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, limit: 8, filter: (p) => !p.tags.includes('catalog') });
  const want: Want = { mustMention: names, ...(figure ? { figure } : {}) };
  const best = rankEvidence(ctx.index, u.terms, candidates, want, 8)[0];
  if (!best) return undefined;
  const text = best.unit.unit.text;
  const tokens = new Set(nameTokens(text));
  const found = ctx.matcher.find(text);
  const named = nameTokens(model.name).every((t) => tokens.has(t)) || found.some((m) => m.model === model);
  // "GitHub Copilot (listed with GPT-5): 1.8M enterprise seats" is the figure of the other model it names, which has it.
  if (stat && found.some((m) => m.model !== model && statNamed(m.model, stat))) return undefined;
  const wording = u.attribute ? ATTRIBUTE_WORDING[u.attribute] : undefined;
  const states = (!figure || statesFigure(text, figure)) && (!wording || wording.test(text)) && (!stat || holdsLabel(ctx, best.unit.terms, stat)) && namesAskedBenchmark(u, text);
  return named && states && best.coverage >= 0.5 && measures(ctx, u, model, best.unit.terms) ? best : undefined;
}

/**
 * "GPT-5's score on HellaSwag?": a benchmark asked by name is stated only by a sentence naming it,
 * not by one giving the model's score on another benchmark.
 */
function namesAskedBenchmark(u: Understanding, text: string): boolean {
  if (u.attribute !== 'benchmark' || !u.figures.namesBenchmark) return true;
  const asked = [...(u.figures.scoredOn ?? []), ...[...u.figures.stems].filter((w) => BENCHMARK_SHORT_NAMES.test(w))];
  const said = new Set(nameTokens(text));
  return asked.some((w) => nameTokens(w).every((t) => said.has(t)));
}

/**
 * "Max clip length for X?": a figure asked by no attribute of its own is stated only by a unit that
 * holds a word of what is measured ("clip", "length"), not by any sentence naming X with a number in it.
 */
function measures(ctx: PlanContext, u: Understanding, model: CatalogEntry, terms: ReadonlySet<string>): boolean {
  // So is a training figure ("what GPUs was X trained on?"): a sentence on its training data does not state its hardware.
  if (u.attribute !== 'figure' && u.attribute !== 'training') return true;
  // The training words themselves (and its data) say what the figure is of, not what is measured (GPUs, days).
  const own = u.attribute === 'training' ? ['train', 'training', 'trained', 'data'] : [];
  const named = new Set([model.name, ...u.categories.map((c) => c.category), ...own].flatMap((n) => nameTokens(n).flatMap((t) => ctx.index.analyzer.terms(t))));
  const measured = u.terms.filter((t) => !t.term.startsWith('~') && t.term.length > 2 && !WEAK_TERMS.has(t.term) && !named.has(t.term) && !/\d/.test(t.term));
  return measured.length === 0 || measured.some((t) => terms.has(t.term));
}

/** A unit that holds every telling word of a stat's label ("hugging", "face", "downloads", "month"). */
function holdsLabel(ctx: PlanContext, terms: ReadonlySet<string>, label: string): boolean {
  const wanted = ctx.index.analyzer.terms(label).filter((t) => !t.startsWith('~') && t.length > 2 && !WEAK_TERMS.has(t));
  return wanted.every((t) => terms.has(t));
}

/** "Which one came out first?", "which is newer?" of the models asked about: each with its date, in release order. */
export function releaseOrder(ctx: PlanContext, u: Understanding): Draft | undefined {
  const end = u.figures.releaseEnd;
  if (!end) return undefined;
  const models = u.models.slice(0, 4);
  const ordered = byRelease(models);
  if (!ordered) {
    // A model without its own date leaves the order open: say whose date is missing, and the dates known.
    const undated = models.filter((m) => releaseMonth(m.released) === undefined);
    if (undated.length === 0) return undefined;
    const known = models.filter((m) => !undated.includes(m)).map((m) => `${m.name} was released in ${m.released}.`).join(' ');
    const cites = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined).slice(0, 3);
    return notAnswered('fact', `My documents don't give the release date of ${undated.map((m) => m.name).join(' or ')}, so I can't say which came out ${end === 'last' ? 'last' : 'first'}.${known ? ` ${known}` : ''}`, cites);
  }
  const cites = ordered.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined).slice(0, 3);
  return { kind: 'fact', answered: true, blocks: [{ text: releaseOrderSentence(end, ordered) }], cites, models: ordered };
}

function modelFacts(ctx: PlanContext, u: Understanding): Draft {
  const models = u.models.slice(0, 3);
  // "Which Claude 4.5 model came out first?": the members' own dates give the order, not the series' range.
  const end = u.figures.releaseEnd;
  const members = u.attribute === 'released' && models.length === 1 && end ? membersByRelease(ctx.kb.models, models[0]!) : undefined;
  if (members && end) {
    const cites = members.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined).slice(0, 3);
    return { kind: 'fact', answered: true, blocks: [{ text: releaseOrderSentence(end, members) }], cites, models: members };
  }
  const figure = figureWanted(u);
  const cites = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  // "How much energy did training GPT-5 take?": a measure no document has a word for (nor a catalog
  // stat's label) is stated nowhere, whatever other figure a sentence naming the model gives.
  const unknown = unknownMeasure(u);
  if (unknown && u.stat === undefined && (u.attribute === undefined || u.attribute === 'figure' || u.attribute === 'training')) {
    const known = models.map((m) => knownFigures(m)).filter(Boolean).join(' ');
    return notAnswered('fact', `My documents give no ${unknown} figure for ${models.map((m) => m.name).join(' or ')}, so I won't guess.${known ? ` What they do record: ${known}` : ''}`, cites);
  }
  const lines: string[] = [];
  const missing: CatalogEntry[] = [];
  const described: CatalogEntry[] = [];
  const evidence = [];
  // "What does X cost per month?": the catalog's rates are per token, and the answer says so first.
  const period = u.attribute === 'pricing' ? u.figures.period : undefined;
  // "Monthly Hugging Face downloads for Llama 4?": a figure named by its catalog label is that figure
  // or none; the model's other figures, notes and strengths answer something else.
  const stat = u.stat !== undefined && (u.attribute === undefined || u.attribute === 'figure') ? u.stat : undefined;
  for (const model of models) {
    const own = stat ? statNamed(model, stat) : undefined;
    const fact = own ? statSentence(model.name, own) : stat ? undefined : modelFact(model, u.attribute, u.figures);
    // "Its score and what the API costs": each further figure asked, from the same entry.
    const each = stat ? [] : (u.attributes ?? []).map((a) => figureLine(model, a, u.figures)).filter((f): f is string => f !== undefined);
    if (each.length >= 2) {
      lines.push(...each);
      continue;
    }
    // "Veo 3's actual VBench-2.0 number": a score the catalog records in words is no number.
    const worded = u.attribute === 'benchmark' && u.figures.asksNumber && !stat ? wordedScores(model, u) : undefined;
    if (fact && worded) {
      lines.push(worded);
      described.push(model);
      continue;
    }
    if (fact) {
      const tokenRate = period !== undefined && /\bper 1M\b.*\btokens\b/i.test(fact);
      lines.push(tokenRate ? `My documents don't give a ${period} price for ${model.name}, only per-token rates: ${fact.replace(new RegExp(`^${escapeRegExp(model.name)}\\s+(?:costs\\s+)?`), '')}` : fact);
      continue;
    }
    const stated = statedInDocuments(ctx, u, model, figure ?? (stat ? 'number' : undefined), stat);
    if (stated) {
      evidence.push(stated);
      continue;
    }
    // "Claude's share of API usage": the family's entry holds no figures, its members do.
    const members = groupMembers(ctx.kb.models, model)
      .map((m) => ({ m, fact: stat ? mapDefined(statNamed(m, stat), (x) => statSentence(m.name, x)) : modelFact(m, u.attribute, u.figures) }))
      .filter((x): x is { m: CatalogEntry; fact: string } => x.fact !== undefined)
      .slice(0, 3);
    if (members.length > 0) {
      lines.push(...members.map((x) => x.fact));
      cites.push(...members.map((x) => ctx.modelPassage(x.m)).filter((p) => p !== undefined));
      continue;
    }
    const note = stat ? undefined : u.attribute === undefined || u.attribute === 'figure' ? matchingNotes(model, u.figures)[0] : undefined;
    if (note && (!figure || statesFigure(note, figure))) {
      lines.push(`${model.name}: ${note}`);
      continue;
    }
    // "Claude 4.5's hallucination rate, like a %": no percentage, but the entry's own words on it answer in part.
    if (note && figure === 'percent') {
      lines.push(`My documents give no percentage for ${model.name}; its entry says: ${note.replace(/\.?$/, '.')}`);
      continue;
    }
    // "What does it cost?" of an open model with no rates: what running it costs is the answer.
    if (u.attribute === 'pricing' && model.access === 'open' && !stat) {
      lines.push(`My documents give no price for ${model.name}: it has open weights, so there is no per-token fee; you pay for the GPUs and the work of hosting it yourself.`);
      continue;
    }
    // "What was Haiku pitched as, cost-wise?": no price, but the entry's own words on cost answer it.
    const said = strengthsAbout(ctx, u, model);
    if (said) {
      lines.push(`My documents give no ${u.attribute && u.attribute !== 'figure' ? ATTRIBUTE_LABELS[u.attribute] : 'figure'} for ${model.name}, but they describe it: it ${said}.`);
      described.push(model);
    } else missing.push(model);
  }
  // "Haiku's API price per million tokens?": a figure asked for in so many words is not given by a
  // description, however close; the answer says so and is no answer.
  if (described.length === lines.length && evidence.length === 0 && missing.length === 0 && (u.figures.asksAmount || u.figures.asksNumber)) return notAnswered('fact', lines.join('\n'), cites);
  if (lines.length === 0 && evidence.length === 0) {
    const members = familySizes(ctx, u);
    if (members) return members;
    const names = missing.map((m) => m.name).join(' or ');
    // "GPT-5's LMArena Elo": the benchmark asked is named, and the scores the model has are given.
    // "GPT-5's HellaSwag score": one no model has is named as the question wrote it.
    const benchmark = u.attribute === 'benchmark' ? (benchmarkNamed(ctx, u.figures.stems) ?? (u.figures.namesBenchmark ? u.figures.scoredOn?.[0] : undefined)) : undefined;
    const label = benchmark && missing.length === 1 ? `${names}'s ${benchmark} score` : `${askedLabel(u, stat)} of ${names}`;
    const scores = u.attribute === 'benchmark' ? missing.flatMap((m) => m.benchmarks.map((b) => `${m.name} scored ${b.score} on ${b.name}.`)) : [];
    const known = [...scores, ...missing.map((m) => knownFigures(m))].filter(Boolean).join(' ');
    const text = `My documents don't state ${label}, so I won't guess.${known ? ` What they do record: ${known}` : ''}`;
    return notAnswered('fact', text, cites);
  }
  const blocks = [{ text: lines.join('\n') }, ...evidence.map((e) => blockFrom(e, { maxChars: 320, maxUnits: 1 }))].filter((b) => b.text);
  for (const m of missing) blocks.push({ text: `My documents don't state ${askedLabel(u, stat)} of ${m.name}.` });
  return { kind: 'fact', answered: true, blocks, cites, models };
}

/** "My documents give no VBench-2.0 number for Veo 3; they record it as: best human action depiction." when every score asked is in words. */
function wordedScores(model: CatalogEntry, u: Understanding): string | undefined {
  const scores = matchBenchmarks(model, u.figures);
  if (scores.length === 0 || scores.some((b) => /\d/.test(b.score))) return undefined;
  return `My documents give no ${scores.map((b) => b.name).join(' or ')} number for ${model.name}; they record it in words: ${scores.map((b) => `${b.score} (${b.name})`).join('; ')}.`;
}

/** "How much energy / CO2…": the measure asked for right after "how much/many", when the documents never use its words. */
function unknownMeasure(u: Understanding): string | undefined {
  const after = u.figures.measured;
  if (!after) return undefined;
  const said = after.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const unknown = new Set(u.unknownTerms.map((t) => fold(t)));
  const isUnknown = (w: string) => unknown.has(fold(w));
  if (!said[0] || !isUnknown(said[0])) return undefined;
  return said.filter(isUnknown).map((w) => (/\d/.test(w) ? w.toUpperCase() : w)).join(' or ');
}


/** One figure of a model's entry; a score is a benchmark's, never a stat the question's other words happen to name ("API"). */
function figureLine(model: CatalogEntry, attribute: Attribute, question: FigureWords): string | undefined {
  if (attribute !== 'benchmark') return modelFact(model, attribute, question);
  const scores = matchBenchmarks(model, question);
  return scores.length > 0 ? `${model.name} scored ${scores.map((b) => `**${b.score}** on ${b.name}`).join('; ')}.` : undefined;
}

/** What was asked, as an answer names it: "the context window", "the Hugging Face downloads per month", "that". */
function askedLabel(u: Understanding, stat: string | undefined): string {
  return stat ? `the ${stat}` : u.attribute && u.attribute !== 'figure' ? `the ${ATTRIBUTE_LABELS[u.attribute]}` : 'that';
}

const mapDefined = <T, R>(x: T | undefined, f: (x: T) => R): R | undefined => (x === undefined ? undefined : f(x));

/** A model's strengths that share the question's telling words ("cost", "speed"), as one clause. */
function strengthsAbout(ctx: PlanContext, u: Understanding, model: CatalogEntry): string | undefined {
  const asked = new Set(u.terms.filter((t) => t.weight >= 0.5 && !WEAK_TERMS.has(t.term)).map((t) => t.term));
  const own = new Set(nameTokens(model.name).flatMap((t) => ctx.index.analyzer.terms(t)));
  // At least one must state the attribute itself ("cost-efficient" for a price); VRAM is not "self-hostable".
  // Only a price has such an answer: "low cost" places it, where "runs on one GPU" is no parameter count.
  const wording = u.attribute === 'pricing' ? ATTRIBUTE_WORDING.pricing : undefined;
  if (!wording || !model.strengths.some((s) => wording.test(s))) return undefined;
  const matching = model.strengths.filter((s) => wording.test(s) || ctx.index.analyzer.terms(s).some((t) => asked.has(t) && !own.has(t)));
  return strengthsClause(matching);
}

/** The benchmark a question names, as the catalog spells it for any model ("elo on lmarena" → LMArena Elo). */
function benchmarkNamed(ctx: PlanContext, asked: ReadonlySet<string>): string | undefined {
  const names = [...new Set(ctx.kb.models.flatMap((m) => m.benchmarks.map((b) => b.name)))];
  const hits = (name: string) => words(fold(name)).map(stem).filter((w) => w.length > 2 && !/^\d+$/.test(w) && asked.has(w)).length;
  return names.map((name) => ({ name, n: hits(name) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n)[0]?.name;
}

/** What the catalog does record about a model, briefly: for a "don't know" that still helps. */
function knownFigures(m: CatalogEntry): string {
  const parts = [
    m.developer ? `made by ${m.developer}` : '',
    m.released ? `released ${m.released}` : '',
    m.context_window ? `context window ${formatTokens(m.context_window)} tokens` : '',
  ].filter(Boolean);
  return parts.length ? `${m.name} is ${parts.join(', ')}.` : '';
}

/** "Model: Gemini 2.5 Pro; Developer: Google; Context Window: 2M tokens" → the cells the question asks about. */
export function rowFact(row: string, u: Understanding, ctx: PlanContext): string | undefined {
  const cells = row.split(/;\s+/).map((c) => /^([^:]{1,40}):\s*(.+)$/.exec(c)).filter((m): m is RegExpExecArray => m !== null);
  if (cells.length < 2) return undefined;
  const asked = new Set(u.terms.map((t) => t.term));
  const wording = u.attribute ? ATTRIBUTE_WORDING[u.attribute] : undefined;
  const [name, ...rest] = cells;
  const wanted = rest.filter((c) => (wording && wording.test(c[1]!)) || ctx.index.analyzer.terms(c[1]!).some((t) => asked.has(t)));
  if (wanted.length === 0 || wanted.length === rest.length) return undefined;
  return `${name![2]}: ${wanted.map((c) => `${c[1]} **${c[2]}**`).join('; ')}.`;
}

/** Facts about a model the catalog does not hold: only from a sentence (or table row) that names it. */
function namedFacts(ctx: PlanContext, u: Understanding): Draft {
  const name = u.names[0]!;
  const tokens = [...new Set(nameTokens(name))];
  const termsOf = new Set(tokens.flatMap((t) => ctx.index.analyzer.terms(t)));
  const display = name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const figure = figureWanted(u);
  const wording = u.attribute ? ATTRIBUTE_WORDING[u.attribute] : undefined;
  // The passages that name it, whatever else the question's words found.
  const named = retrievePassages(ctx.index, ctx.concepts, { terms: [...termsOf].map((term) => ({ term, weight: 2 })), limit: 10 });
  const asked = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, limit: 10 });
  const candidates = [...asked, ...named.filter((n) => !asked.some((a) => a.passage === n.passage))];
  const names = (e: { unit: { terms: Set<string> } }) => [...termsOf].every((t) => e.unit.terms.has(t));
  const evidence = rankEvidence(ctx.index, u.terms, candidates, figure ? { figure } : {}, candidates.length).filter(names);
  if (evidence.length === 0) return notAnswered('fact', `My documents don't cover ${display}, so I can't answer that without guessing.`);
  const stating = evidence.filter((e) => (!figure || statesFigure(e.unit.unit.text, figure)) && (!wording || wording.test(e.unit.unit.text)));
  const best = stating[0];
  if (!best || best.coverage < 0.4) {
    const label = u.attribute && u.attribute !== 'figure' ? `the ${ATTRIBUTE_LABELS[u.attribute]}` : 'that';
    return notAnswered('fact', `My documents don't state ${label} of ${display}, so I won't guess.`);
  }
  const row = best.unit.unit.row ? rowFact(best.unit.unit.text, u, ctx) : undefined;
  const block = row ? { text: row, passage: best.passage } : blockFrom(best, { maxChars: 360, maxUnits: 1, itemOnly: true });
  return { kind: 'fact', answered: true, blocks: [block], concepts: u.concepts };
}

/**
 * In a follow-up ("and if we went big, like 50B+?") the earlier question's words outnumber the new
 * ones: among the units that state the figure, the one holding most of the follow-up's own words.
 */
function byOwnWords(ctx: PlanContext, u: Understanding, evidence: readonly Evidence[]): Evidence | undefined {
  const own = new Set(u.said.terms);
  const count = (e: Evidence) => [...own].filter((t) => e.unit.terms.has(t)).length;
  let best: Evidence | undefined;
  for (const e of evidence) if (!best || count(e) > count(best)) best = e;
  return best;
}

/** "controlnet??", "gpt-5?": a message that is nothing but model names asks what they are. */
function onlyNames(ctx: PlanContext, u: Understanding): boolean {
  if (u.models.length === 0 || u.attribute !== undefined || u.followUp) return false;
  const named = new Set(u.models.flatMap((m) => [m.name, ...m.aliases]).flatMap((n) => ctx.index.analyzer.terms(n)));
  const said = u.said.terms.filter((t) => !t.startsWith('~'));
  return said.length > 0 && said.every((t) => named.has(t));
}

export function answerFact(ctx: PlanContext, u: Understanding): Draft {
  if (onlyNames(ctx, u)) return modelProfileDraft(ctx, u);
  if (u.models.length > 0) return modelFacts(ctx, u);
  if (u.names.length > 0 && u.articles.length === 0) return namedFacts(ctx, u);
  if (u.articles.length > 0 && u.attribute === 'audience') return audienceOf(ctx, u.articles[0]!);
  if (u.articles.length > 0 && (u.attribute === 'author' || u.attribute === 'published' || u.attribute === 'publisher')) {
    const a = u.articles[0]!;
    const text = articleFact(a, u.attribute);
    if (!text) return notAnswered('fact', `My documents don't record the ${ATTRIBUTE_LABELS[u.attribute]} of “${a.title}”.`);
    const cites = a.documents.slice(0, 1).flatMap((d) => ctx.kb.passages.filter((p) => p.docId === d.id).slice(0, 1));
    // "…and what's his job?": who the author is, from the section that introduces them by name.
    const who = u.attribute === 'author' && u.figures.asksRole && a.author ? personIntroduced(ctx, a.author) : undefined;
    return { kind: 'fact', answered: true, blocks: [{ text }, ...(who ? [who] : [])], cites };
  }
  const figure = figureWanted(u);
  // No model named: one model's catalog figure is a neighbouring figure, not the answer.
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, limit: 8, filter: (p) => !p.tags.includes('catalog') });
  const asOf = u.asksAsOf === true;
  const evidence = rankEvidence(ctx.index, u.terms, candidates, figure ? { figure } : {}, 8);
  // The best unit that states the kind of figure asked for, not a better-matching one without it (a
  // follow-up's inherited subject can outrank the figure the new words point at).
  const figured = figure ? evidence.filter((e) => statesFigure(e.unit.unit.text, figure) && e.coverage >= 0.3) : evidence;
  // "What date are the prices from?": a unit saying what date its figures are "as of" states it, not one mentioning a date in passing.
  const dating = asOf ? figured.filter((e) => AS_OF.test(e.unit.unit.text)) : [];
  const stating = dating.length > 0 ? dating : figured;
  const best = (u.followUp ? byOwnWords(ctx, u, stating) : stating[0]) ?? evidence[0];
  if (!best || (figure && !statesFigure(best.unit.unit.text, figure))) return notAnswered();
  const row = best.unit.unit.row ? rowFact(best.unit.unit.text, u, ctx) : undefined;
  const lead = row ? { text: row, passage: best.passage } : blockFrom(best, { maxChars: 380, maxUnits: 2, itemOnly: true });
  if (!supported(ctx, figure ? withoutFigureWords(u, figure) : u, best, best.unit.unit.text)) return notAnswered();
  return { kind: 'fact', answered: true, blocks: [asOf ? dated(lead) : credited(u, lead)], concepts: u.concepts };
}

/** The word a question names its figure by ("how long" a duration): text stating such a figure answers it. */
const FIGURE_WORDS: Partial<Record<Figure, string>> = { duration: 'long' };

function withoutFigureWords(u: Understanding, figure: Figure): Understanding {
  const word = FIGURE_WORDS[figure];
  return word && u.terms.some((t) => t.term === word) ? { ...u, terms: u.terms.filter((t) => t.term !== word) } : u;
}

/** "…representative prices as of May 2026 (input / output):" → the date those figures hold for. */
const AS_OF = /\bas of ((?:(?:early|mid|late)[- ])?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b/i;

/** The date a figure holds for leads the sentence that states it, which often opens on something else. */
function dated(lead: Block): Block {
  const date = AS_OF.exec(lead.text)?.[1];
  return date ? { ...lead, text: `As of **${date}**: ${lead.text}` } : lead;
}

/** The name a sentence credits with a first: "techniques first developed for Eurus (…)", "pioneered by X". */
const CREDITED = /\b(?:first (?:developed|introduced|created|used|proposed|built)|pioneered|originated|invented|introduced)\s+(?:for|by|with|in|at)\s+(?:the\s+)?\**([A-Z][\w.-]*(?:[ -](?:[A-Z0-9][\w.-]*))*)\**/;

/**
 * The sentence crediting a first often leads with something else ("DeepSeek-R1 is… it builds on
 * techniques first developed for Eurus"): the credited name, in bold, opens the answer instead.
 */
function credited(u: Understanding, lead: Block): Block {
  if (!u.figures.asksOrigin) return lead;
  const name = CREDITED.exec(lead.text)?.[1];
  if (!name || new RegExp(`^\\W*${escapeRegExp(name)}\\b`).test(lead.text)) return lead;
  return { ...lead, text: `**${name}**: ${lead.text.replace(/\*\*([^*]+)\*\*/g, '$1')}` };
}
