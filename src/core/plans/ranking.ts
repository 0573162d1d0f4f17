/**
 * Superlatives over models: the top of the catalog on a figure (price, context window, a benchmark,
 * a stat such as enterprise share), or on a strength ("best prompt fidelity"), within the category,
 * openness and scope the question gives ("which of those").
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import { fold, stem, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { figureWords, matchBenchmarks, matchStat, numericValue, priceFigures } from '../catalog/facts.js';
import type { Attribute, Understanding } from '../understand/types.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';
import { explain } from './explain.js';
import { unmetNeeds } from './content-kind.js';
import { familyPool, fitsCategory, pickModels } from './pick-model.js';
import { recommendModel } from './recommend.js';
import { noConstraints } from '../understand/needs.js';
import { documentModelList } from './many.js';
import { answerList } from './list.js';
import { analysed } from '../evidence/analysed.js';

type Measure = Attribute | 'stat';

function measureOf(u: Understanding, pool: readonly CatalogEntry[]): Measure | undefined {
  if (u.attribute === 'pricing' || u.attribute === 'context_window' || u.attribute === 'benchmark') return u.attribute;
  if (u.constraints.longContext) return 'context_window';
  // A stat named by its label is the measure even when no model at hand has it: that is said.
  if (u.stat) return 'stat';
  const asked = withoutKindWords(u);
  if (asked && pool.some((m) => matchStat(m, figureWords(asked)))) return 'stat';
  return undefined;
}

/**
 * The question less the words naming the kind of model ranked: "the top code generation models" ranks
 * code models, and "code" alone ties it to no figure (such as "autonomous coding sessions").
 */
function withoutKindWords(u: Understanding): string {
  const kind = new Set([...u.concepts.filter((c) => c.kind === 'model-type').flatMap((c) => c.names), ...u.categories.map((c) => c.category)].flatMap((n) => words(fold(n))).map(stem));
  return u.ranking.words.filter((w) => !kind.has(stem(w))).join(' ');
}

/** The stat label the question names best across the catalog: models are ranked on that one only. */
function statLabel(u: Understanding, pool: readonly CatalogEntry[]): string | undefined {
  const words = u.said.words;
  let best: { label: string; score: number } | undefined;
  for (const m of pool) {
    const s = matchStat(m, u.figures);
    if (!s) continue;
    const score = s.label.toLowerCase().split(/\W+/).filter((w) => w.length > 2 && (words.has(w) || words.has(`${w}s`) || words.has(w.replace(/s$/, '')))).length;
    if (!best || score > best.score) best = { label: s.label, score };
  }
  return best?.label;
}

function valueText(m: CatalogEntry, measure: Measure, u: Understanding): string {
  if (measure === 'context_window' && m.context_window) return `${formatTokens(m.context_window)} tokens`;
  if (measure === 'pricing') return priceFigures(m) ?? '';
  if (measure === 'stat') return matchStat(m, u.figures)?.value ?? '';
  if (measure === 'benchmark') {
    const b = matchBenchmarks(m, u.figures)[0];
    return b ? `${b.score} on ${b.name}` : '';
  }
  return '';
}

/** Head nouns that name models: ranking them is ranking the catalog. */
const ORDERED_MODELS = /^(?:models?|llms?|tools?|options|providers?|vendors?|apis?|generators?|assistants?|ones)$/;
/**
 * Where the first model stands, said for the end of the scale asked: "is the most expensive" reads
 * plainly where "ranks first on price" leaves open which way the price table was read.
 */
function standing(measure: Measure, direction: 'max' | 'min', label: string | undefined, two = false): string {
  // Of two models, one is the cheaper, not the cheapest.
  if (measure === 'pricing') return two ? (direction === 'max' ? 'is the more expensive of the two' : 'is the cheaper of the two') : direction === 'max' ? 'is the most expensive' : 'is the cheapest';
  if (measure === 'context_window') return two ? `has the ${direction === 'max' ? 'larger' : 'smaller'} context window of the two` : direction === 'max' ? 'has the largest context window' : 'has the smallest context window';
  const on = measure === 'stat' ? (label ?? 'that figure') : 'that benchmark';
  return direction === 'max' ? `ranks first on ${on}` : `ranks lowest on ${on}`;
}

/** "GPT-5, Mistral Large and DeepSeek v3.2 share the smallest context window: 128K tokens." */
function tiedLead(ctx: PlanContext, models: readonly CatalogEntry[], standing: string, value: string, next: readonly string[]): Draft {
  const names = models.map((m) => `**${m.name}**`);
  const joined = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // "has the smallest context window" → "share the smallest context window"; "is the cheapest" → "are the cheapest".
  const shared = standing.replace(/^has\b/, 'share').replace(/^is\b/, 'are').replace(/^ranks\b/, 'rank');
  const lead = `${joined} ${shared}: **${value}** each.`;
  const text = next.length ? `${lead}\nNext: ${next.join('; ')}.` : lead;
  return { kind: 'fact', answered: true, blocks: [{ text }], cites: models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined), models: [...models] };
}

export function answerRanking(ctx: PlanContext, u: Understanding): Draft {
  // "The most common kind of multimodal LLM" ranks kinds, which the documents describe, not models.
  if (ctx.kb.models.length === 0 || u.ranking.ofKinds) return explain(ctx, u, undefined);
  // "Rank the model size classes", "order the training stages": the items the documents list, in their
  // order, not models ranked on a figure.
  if (u.ordered && !ORDERED_MODELS.test(u.ordered) && u.models.length === 0 && u.concepts.some((c) => c.kind !== 'model-type')) {
    const { attribute: _, ...rest } = u;
    const listed = answerList(ctx, { ...rest, intent: 'list' });
    if (listed.answered) return listed;
  }
  const sized = sizeWithin(u);
  if (sized) return sized(ctx);
  const scope = familyPool(ctx, u);
  // A ranking needs something to rank by and something to rank: a figure, a need, a kind of model.
  // A figure the catalog records under a label the question names ("the highest enterprise API share")
  // is something to rank by too, though "API" alone reads as a way of deploying.
  const about = u.attribute !== undefined || u.categories.length > 0 || scope !== undefined || u.constraints.openWeights || u.constraints.frontier || u.concepts.some((c) => c.kind === 'model-type') || u.stat !== undefined;
  if (!about) return explain(ctx, u);
  const byContext = u.attribute === 'context_window' || u.constraints.longContext;
  // Ranked by context, "documents" are what fills the window, not scanned pages a model must read;
  // a kind of model asked ("which image model…") still bounds the ranking.
  const categories = byContext ? u.categories.filter((c) => c.category !== 'documents') : u.categories;
  // Ranked on a stat the question names, the models to rank are those the catalog records it for,
  // whatever their strengths share with the question's words (a code tool's "enterprise seats").
  const carriers = u.stat && !scope ? ctx.kb.models.filter((m) => m.stats.some((x) => x.label === u.stat) && (categories.length === 0 || categories.some((c) => fitsCategory(m, c)))) : undefined;
  const eligible = carriers?.length === 0 ? [] : pickModels(ctx.index, ctx.kb.models, { ...u, categories, constraints: { ...u.constraints, budget: false, highVolume: false, longContext: false } }, scope ?? carriers).map((p) => p.model);
  const measure = measureOf(u, eligible);
  if (measure) {
    const direction = u.superlative ?? (measure === 'pricing' ? 'min' : 'max');
    // The label the question names across the whole catalog, when one model's best match is another of its own stats.
    const label = measure === 'stat' ? (u.stat && eligible.some((m) => m.stats.some((x) => x.label === u.stat)) ? u.stat : statLabel(u, eligible)) : undefined;
    const ranked = eligible
      .filter((m) => !label || matchStat(m, u.figures)?.label === label)
      .map((m) => ({ m, v: numericValue(m, measure, u.figures) }))
      .filter((x): x is { m: CatalogEntry; v: number } => x.v !== undefined)
      .sort((a, b) => (direction === 'max' ? b.v - a.v : a.v - b.v));
    const many = u.figures.wanted ?? (u.asksOrder ? Infinity : undefined);
    const unranked = unrankedNamed(u, measure, ranked.map((r) => r.m));
    if (ranked.length > 1 && many !== undefined) return withUnranked(rankedList(ctx, u, measure, label, direction, ranked.slice(0, many).map((r) => r.m), ranked.length), unranked, measure, u);
    // One named model of several with the figure ranks against nothing: its figure, and the others' gap.
    if (ranked.length === 1 && unranked.length > 0) {
      const only = ranked[0]!.m;
      // "and the cheapest?" after a pick ranks the models the last answer named, not the asker.
      const whose = u.ranking.namesModel ? 'the models you named' : 'those models';
      const text = `Of ${whose}, my documents give ${figureWord(measure, u)} only for **${only.name}**: **${valueText(only, measure, u)}**.`;
      return withUnranked({ kind: 'fact', answered: true, blocks: [{ text }], cites: [ctx.modelPassage(only)].filter((p) => p !== undefined), models: [only] }, unranked, measure, u);
    }
    // "Rank the frontier models by SWE-bench score" with one of them scored: nothing to order it against, said so.
    if (ranked.length === 1 && u.asksOrder && eligible.length > 1) {
      const only = ranked[0]!.m;
      const text = `My documents give ${figureWord(measure, u).replace(/^that (score|figure)$/, 'a $1')} only for **${only.name}**${only.developer ? ` (${only.developer})` : ''}: **${valueText(only, measure, u)}**, so there is nothing to rank it against.`;
      return { kind: 'fact', answered: true, blocks: [{ text }], cites: [ctx.modelPassage(only)].filter((p) => p !== undefined), models: [only] };
    }
    if (ranked.length > 0) {
      // Models level with the first share its place: naming one of them alone would rank a tie.
      const level = ranked.filter((r) => r.v === ranked[0]!.v && valueText(r.m, measure, u) === valueText(ranked[0]!.m, measure, u));
      if (level.length > 1 && level.length <= 4) return tiedLead(ctx, level.map((r) => r.m), standing(measure, direction, label), valueText(level[0]!.m, measure, u), ranked.slice(level.length, level.length + 2).map((r) => `${r.m.name} (${valueText(r.m, measure, u)})`));
      const pair = ranked.length === 2 && u.models.length === 2;
      const [first, ...rest] = ranked.slice(0, 3);
      // Ranked among what the last answer named, the answer says so: the cheapest of those, not of all.
      const lead = `${u.modelsFromAnswer ? 'Of those, ' : ''}**${first!.m.name}**${first!.m.developer ? ` (${first!.m.developer})` : ''} ${standing(measure, direction, label, pair)}: **${valueText(first!.m, measure, u)}**.`;
      // Two models the question set side by side: the other one is no runner-up in a list, just its figure.
      const next = pair ? `${rest[0]!.m.name}: ${valueText(rest[0]!.m, measure, u)}.` : rest.length ? `Next: ${rest.map((r) => `${r.m.name} (${valueText(r.m, measure, u)})`).join('; ')}.` : '';
      const models = ranked.slice(0, 3).map((r) => r.m);
      const cites = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
      return withUnranked({ kind: 'fact', answered: true, blocks: [{ text: next ? `${lead}\n${next}` : lead }], cites, models }, unranked, measure, u);
    }
    // A benchmark the documents describe but score no model on ("who leads MMLU?"): said by name,
    // with what the documents do say of it, rather than as "that figure".
    const benchmark = measure === 'benchmark' ? u.concepts.find((c) => c.kind === 'benchmark') : undefined;
    if (benchmark) {
      const said = benchmark.defining ? analysed(ctx.index, benchmark.defining).units.filter((x) => !x.unit.bullet).slice(0, 2).map((x) => x.unit.text).join(' ') || undefined : undefined;
      // As the documents write it ("GPQA Diamond"), from its section's heading.
      const name = benchmark.defining?.headings.at(-1)?.replace(/\s*\(.*\)\s*$/, '') ?? benchmark.name;
      const text = `My documents give no model's score on ${name}, so I can't say which model leads it.${said ? ` What they say of it: ${said.replace(/\*\*/g, '')}` : ''}`;
      return { kind: 'no_answer', answered: false, blocks: [{ text, passage: benchmark.defining }] };
    }
    const figure = measure === 'context_window' ? 'a context window' : measure === 'pricing' ? 'a price' : u.stat ? `a figure for ${u.stat}` : 'that figure';
    const kind = categories.length === 1 && (eligible.length > 0 || carriers !== undefined) ? `the ${categories[0]!.category} models` : 'the models that fit';
    return notAnswered('fact', `My documents don't give ${figure} for ${scope ? 'those models' : kind}.`);
  }
  const picks = pickModels(ctx.index, ctx.kb.models, u, scope);
  // "Top video models", "which were the frontier models": every one, the documents' own list when
  // one frames them as asked, else the catalog's.
  if (u.figures.wanted !== undefined) {
    const framed = documentModelList(ctx, u, picks.map((p) => p.model));
    if (framed) return framed;
    const listed = answerList(ctx, { ...u, intent: 'list' });
    if (listed.answered && (listed.models?.length ?? 0) > 1) return listed;
  }
  const top = picks[0];
  if (!top || top.score <= 0) return explain(ctx, u);
  // "Which image model is best at sticking to the prompt?" is a pick on a strength: said as a
  // recommendation, with the documents' reason, rather than as a card of strength labels.
  // Only for a stated need (a kind of content, a constraint): "which model pioneered X" is a fact.
  const needed = u.articles.length === 0 && (u.categories.length > 0 || !noConstraints(u.constraints));
  const picked = needed ? recommendModel(ctx, u) : undefined;
  if (picked && picked.models?.[0] === top.model) return picked;
  const why = top.reasons.slice(0, 2).join('; ');
  // A hard need no model at hand meets is said before the closest fit.
  const caveat = unmetNeeds(u, top);
  const text = `${caveat ?? ''}**${top.model.name}**${top.model.developer ? ` (${top.model.developer})` : ''}${why ? `: ${why}` : ''}.`;
  const cites = [ctx.modelPassage(top.model)].filter((p) => p !== undefined);
  return { kind: 'recommendation', answered: true, blocks: [{ text }], cites, models: [top.model] };
}

/** "an output price", "a context window": the figure a ranking is on, as a noun phrase. */
/** The side of a token price the question names, output first when it names both. */
function priceWord(u: Understanding): string {
  const side = u.figures.tokens;
  return side === 'output' || side === 'both' ? 'an output price' : side === 'input' ? 'an input price' : 'a price';
}

function figureWord(measure: Measure, u: Understanding): string {
  if (measure === 'pricing') return priceWord(u);
  return measure === 'context_window' ? 'a context window' : measure === 'benchmark' ? 'that score' : 'that figure';
}

/**
 * The models the question named to rank that the documents give no figure for: left out of the
 * order, so the answer says so rather than ranking two of three as if they were all. A family named
 * ("Claude") is ranked through its members and counts as ranked when one of them is.
 */
function unrankedNamed(u: Understanding, measure: Measure, ranked: readonly CatalogEntry[]): string[] {
  if (u.models.length + u.unknownNames.length < 2) return [];
  const key = (m: CatalogEntry) => (m.family ?? m.name.replace(/\s*\(.*\)$/, '')).toLowerCase();
  const member = (r: CatalogEntry, family: CatalogEntry) => (r.family ?? '').toLowerCase().startsWith(key(family)) || r.name.toLowerCase().startsWith(`${key(family)} `);
  const ofFamily = (m: CatalogEntry) => /\b(?:family|series)\b|\(/i.test(m.name) && ranked.some((r) => member(r, m));
  const missing = u.models.filter((m) => !ranked.includes(m) && numericValue(m, measure, u.figures) === undefined && !ofFamily(m));
  return [...missing.map((m) => m.name), ...u.unknownNames];
}

function withUnranked(draft: Draft, unranked: readonly string[], measure: Measure, u?: Understanding): Draft {
  if (unranked.length === 0) return draft;
  const names = unranked.length === 1 ? unranked[0]! : `${unranked.slice(0, -1).join(', ')} or ${unranked.at(-1)}`;
  const what = u ? figureWord(measure, u) : measure === 'pricing' ? 'a price' : measure === 'context_window' ? 'a context window' : 'that figure';
  const note = `My documents give no ${what.replace(/^an? /, '')} for ${names}, so ${unranked.length === 1 ? 'it is' : 'they are'} not ranked.`;
  return { ...draft, blocks: [...draft.blocks, { text: note }] };
}

/** Every model with the figure, in order: "ranked by output price, cheapest first". */
function rankedList(ctx: PlanContext, u: Understanding, measure: Measure, label: string | undefined, direction: 'max' | 'min', models: CatalogEntry[], total: number): Draft {
  const side = measure === 'pricing' ? priceWord(u) : measure === 'stat' ? `a figure for ${label ?? 'that'}` : measure === 'context_window' ? 'a context window' : `a score on ${matchBenchmarks(models[0]!, u.figures)[0]?.name ?? 'that benchmark'}`;
  const order = measure === 'pricing' ? (direction === 'min' ? 'cheapest first' : 'priciest first') : direction === 'min' ? 'lowest first' : 'highest first';
  const which = models.length < total ? `The top ${models.length} of the ${total}` : `The ${total}`;
  const lead = `${which} models my documents give ${side} for, ${order}:`;
  const items = models.map((m, i) => `${i + 1}. **${m.name}**${m.developer ? ` (${m.developer})` : ''}: ${valueText(m, measure, u)}`);
  const cites = models.slice(0, 4).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'list', answered: true, blocks: [{ text: [lead, ...items].join('\n') }], cites, models };
}

/** "Which model is cheaper than X?": one named model, after "than", that the answer must beat. */
export function referenceModel(u: Understanding): CatalogEntry | undefined {
  if (u.models.length !== 1) return undefined;
  const after = u.ranking.beyond;
  const model = u.models[0]!;
  return after && after.toLowerCase().includes(model.name.toLowerCase().split(/\s+/)[0]!) ? model : undefined;
}

/** The models that beat a named one on the figure asked, best first. */
export function answerBeyond(ctx: PlanContext, u: Understanding, reference: CatalogEntry): Draft | undefined {
  const measure = u.attribute === 'pricing' || u.attribute === 'context_window' || u.attribute === 'benchmark' ? u.attribute : undefined;
  if (!measure) return undefined;
  const direction = u.superlative ?? (measure === 'pricing' ? 'min' : 'max');
  const cites = [ctx.modelPassage(reference)].filter((p) => p !== undefined);
  const on = measure === 'pricing' ? 'a price' : measure === 'context_window' ? 'a context window' : 'that score';
  const base = numericValue(reference, measure, u.figures);
  if (base === undefined) return notAnswered('fact', `My documents don't give ${on} for ${reference.name}, so I can't say which model beats it.`, cites);
  const benchmark = measure === 'benchmark' ? matchBenchmarks(reference, u.figures)[0]?.name : undefined;
  const { models: _, ...rest } = u;
  const pool = pickModels(ctx.index, ctx.kb.models, { ...rest, models: [], constraints: { ...u.constraints, budget: false, highVolume: false, longContext: false } })
    .map((p) => p.model)
    .filter((m) => m !== reference && (!benchmark || matchBenchmarks(m, u.figures)[0]?.name === benchmark));
  const better = pool
    .map((m) => ({ m, v: numericValue(m, measure, u.figures) }))
    .filter((x): x is { m: CatalogEntry; v: number } => x.v !== undefined && (direction === 'min' ? x.v < base : x.v > base))
    .sort((a, b) => (direction === 'min' ? a.v - b.v : b.v - a.v));
  const word = measure === 'pricing' ? (direction === 'min' ? 'cheaper' : 'pricier') : measure === 'context_window' ? (direction === 'min' ? 'a smaller context window' : 'a larger context window') : `a ${direction === 'min' ? 'lower' : 'higher'} ${benchmark ?? ''} score`.replace(/\s+score/, ' score');
  const verb = measure === 'pricing' ? 'is' : 'has';
  const theirs = `${reference.name}'s ${valueText(reference, measure, u)}`;
  if (better.length === 0) return { kind: 'fact', answered: true, blocks: [{ text: `No model in my documents ${verb === 'is' ? 'is' : 'has'} ${word} than ${reference.name} (${valueText(reference, measure, u)}).` }], cites, models: [reference] };
  const [first, ...others] = better.slice(0, 3);
  const lead = `**${first!.m.name}**${first!.m.developer ? ` (${first!.m.developer})` : ''} ${verb} ${word} than ${reference.name}: ${valueText(first!.m, measure, u)}, against ${theirs}.`;
  const next = others.length ? `Also ${word.replace(/^an? /, '')}: ${others.map((r) => `${r.m.name} (${valueText(r.m, measure, u)})`).join('; ')}.` : '';
  const models = better.slice(0, 3).map((r) => r.m);
  return { kind: 'fact', answered: true, blocks: [{ text: next ? `${lead}\n${next}` : lead }], cites: [...models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined), ...cites], models };
}

/** A list of parameter sizes: "8B, 70B and 405B". */
const SIZES = /^\s*\d+(?:\.\d+)?\s*[BMT]\b(?:\s*(?:,|and|or|,\s*and)\s*\d+(?:\.\d+)?\s*[BMT]\b)+\s*$/i;
/** What the documents say about sizes within a family: "larger ones are more capable". */
const SIZE_NOTE = /\b(?:larger|bigger|smaller)\b[^.]*\b(?:capable|faster|cheaper|slower)\b|\b(?:capable|faster|cheaper)\b[^.]*\b(?:larger|bigger|smaller)\b/i;

/**
 * "Which Llama 3.3 size is the most capable?": a superlative over the sizes one model comes in, not
 * a ranking of models on the sizes figure. The largest (or smallest) size answers, with the documents'
 * word on how size trades off inside a family when the superlative is not size itself.
 */
export function sizeWithin(u: Understanding): ((ctx: PlanContext) => Draft) | undefined {
  const model = u.models.length === 1 ? u.models[0]! : undefined;
  // "The biggest Llama 3.3 variant", "the largest Llama 3.3, how many params?": one model's sizes.
  if (!model || !(u.ranking.asksSizes || u.attribute === 'parameters')) return undefined;
  const stat = model.stats.find((x) => /\b(?:sizes?|parameters?)\b/i.test(x.label) && SIZES.test(x.value));
  if (!stat) return undefined;
  if (!u.ranking.sizeEnd) return undefined;
  const small = u.ranking.sizeEnd === 'smallest';
  const scale: Record<string, number> = { m: 1e-3, b: 1, t: 1e3 };
  const sizes = [...stat.value.matchAll(/(\d+(?:\.\d+)?)\s*([BMT])\b/gi)].map((x) => ({ text: `${x[1]}${x[2]!.toUpperCase()}`, n: Number(x[1]) * scale[x[2]!.toLowerCase()]! }));
  const pick = [...sizes].sort((a, b) => (small ? a.n - b.n : b.n - a.n))[0]!;
  const bySize = u.ranking.bySize;
  const note = bySize ? undefined : model.notes.find((n) => SIZE_NOTE.test(n));
  // "Most capable" is the largest only when the documents say larger sizes are more capable.
  if (!bySize && !note) return undefined;
  const lead = `The ${small ? 'smallest' : 'largest'} of ${model.name}'s ${sizes.length} sizes (${stat.value}) is **${pick.text}**${note ? `: ${note.charAt(0).toLowerCase()}${note.slice(1)}` : '.'}`;
  return (ctx) => ({ kind: 'fact', answered: true, blocks: [{ text: lead }], cites: [ctx.modelPassage(model)].filter((p) => p !== undefined), models: [model] });
}
