/**
 * Picking catalog models for a need: filtered by category (and which way the content goes: a model
 * that reads images is not one that makes them) and by the hard constraints (open weights when the
 * data must stay in-house), ranked by the constraints that order models (price, context window) and
 * by how well the model's strengths and use cases match the need, with the reasons that decided it.
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { NO_FIGURE_WORDS, numericValue, priceFigures } from '../catalog/facts.js';
import { idfWeights } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { CategoryMention, Constraints, Understanding } from '../understand/types.js';
import { kindTerms } from './need-terms.js';

export interface Pick {
  model: CatalogEntry;
  score: number;
  /** Why it fits, in plain words, most telling first. */
  reasons: string[];
  /** Its strengths and use cases that match the need, each saying something the others do not. */
  strengths: string[];
  /** How many of its strengths and use cases share words with the need. */
  matched: number;
  /** Hard needs it does not meet because no model at hand does (open weights, a prompt size). */
  unmet: Array<'open weights' | 'context'>;
}

/**
 * Phrases that each add something: one that mostly repeats an earlier reason ("realistic human
 * movement (human action)" after "realistic human movement") or only echoes the question is dropped.
 */
export function distinctPhrases(index: SearchIndex, phrases: readonly string[], earlier: readonly string[], asked: ReadonlySet<string>): string[] {
  const seen = new Set(earlier.flatMap((p) => index.analyzer.terms(p)).filter((t) => !t.startsWith('~')));
  const out: string[] = [];
  for (const phrase of phrases) {
    const terms = [...new Set(index.analyzer.terms(phrase).filter((t) => !t.startsWith('~')))];
    if (terms.length === 0) continue;
    const fresh = terms.filter((t) => !seen.has(t));
    if (fresh.length / terms.length < 0.5) continue;
    const echo = terms.every((t) => asked.has(t));
    if (echo && out.length > 0) continue;
    out.push(phrase);
    for (const t of terms) seen.add(t);
  }
  return out;
}

type Cat = CatalogEntry['categories'][number];

/** The catalog categories that produce (or read) a kind of content. */
export function fitsCategory(model: CatalogEntry, mention: CategoryMention): boolean {
  const cats = model.categories;
  const input = model.modalities.input;
  const output = model.modalities.output;
  const makes = (c: Cat, o: string) => cats.includes(c) || output.includes(o);
  switch (mention.category) {
    case 'image':
      return mention.direction === 'input' ? input.includes('image') : makes('image', 'image');
    case 'video':
      return mention.direction === 'input' ? input.includes('video') : makes('video', 'video');
    case 'audio':
      if (mention.form && !claimsForm(model, mention.form)) return false;
      return mention.direction === 'input' ? input.includes('audio') : makes('audio', 'audio');
    case 'documents':
      return input.includes('image') || cats.includes('multimodal');
    case 'code':
      return cats.includes('code');
    case 'tabular':
      // Records to examine are read by a model that takes structured data in; records to make come from a GAN.
      return mention.direction === 'input' ? input.some((x) => /\b(?:tabular|structured)\b/.test(x)) : cats.includes('gan');
    case 'molecules':
      return cats.includes('vae');
    case '3d':
      return cats.includes('world');
    case 'text':
      return cats.includes('llm');
  }
}

/** What an entry says a model works with, in words of the kinds of sound. */
const FORM_WORDS: Record<NonNullable<CategoryMention['form']>, RegExp> = {
  speech: /\b(?:speech|spoken|voices?|voiceovers?|narration|text-to-speech|speech-to-text|transcri\w*)\b/i,
  music: /\b(?:music|songs?|melod\w*|instrument\w*)\b/i,
};

/** Whether a catalog entry claims the kind of sound asked for: a music model makes no voiceover. */
function claimsForm(model: CatalogEntry, form: NonNullable<CategoryMention['form']>): boolean {
  return [...model.strengths, ...model.use_cases, ...model.notes, ...model.modalities.input, ...model.modalities.output].some((s) => FORM_WORDS[form].test(s));
}

/** A strength that claims the top place at what it names. */
const LEADS = /\b(?:leads?|leading|number one|#1|best|most advanced|most capable|strongest|top)\b/i;

export const needsOpen = (c: Constraints) => c.selfHosted || c.openWeights || c.dataResidency || (c.privacy && !c.managedApi);

/** Each model's strength terms under an index, worked out once: they depend on nothing else. */
const strengthMemo = new WeakMap<SearchIndex, WeakMap<CatalogEntry, ReadonlyMap<string, number>>>();

/** Terms of what a model is good at, weighted: strengths and use cases fully, notes at half. */
function strengthTerms(index: SearchIndex, m: CatalogEntry): ReadonlyMap<string, number> {
  let byModel = strengthMemo.get(index);
  if (!byModel) strengthMemo.set(index, (byModel = new WeakMap()));
  let terms = byModel.get(m);
  if (!terms) byModel.set(m, (terms = modelStrengthTerms(index, m)));
  return terms;
}

function modelStrengthTerms(index: SearchIndex, m: CatalogEntry): Map<string, number> {
  const out = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const t of index.analyzer.terms(text)) out.set(t, Math.max(out.get(t) ?? 0, w));
  };
  for (const s of [...m.strengths, ...m.use_cases]) add(s, 1);
  for (const n of m.notes) add(n, 0.4);
  add(m.categories.join(' '), 0.5);
  return out;
}

/** The strengths or use cases that share the most rare words with the need. */
function matchedStrengths(index: SearchIndex, m: CatalogEntry, weights: ReadonlyMap<string, number>, strong: ReadonlySet<string>): string[] {
  // The model's own name and family ("which claude…") say nothing of what it is good at: a strength
  // that repeats them ("the cheapest Claude") is no better reason than one that meets the need.
  const own = new Set([m.name, m.family ?? ''].flatMap((n) => index.analyzer.terms(n)));
  return [...m.strengths, ...m.use_cases]
    .map((s) => ({ s, w: index.analyzer.terms(s).reduce((sum, t) => sum + (strong.has(t) && !own.has(t) ? (weights.get(t) ?? 0) : 0), 0) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w)
    .map((x) => x.s);
}

/** The words catalog entries use for adapting a model. */
const FINE_TUNE_WORDS = 'fine-tuned fine-tune fine-tuneable';

/** The words catalog entries use for output quality. */
const QUALITY_WORDS = 'highest quality aesthetic best-looking';
/** Words for the thing a pick is, whatever it is for. */
const THING_ASKED = 'llm llms model models';

/** The words catalog entries use for language work in general. */
const LANGUAGE_WORDS = 'general-purpose language';

/** The words catalog entries use for making written text. */
const WRITING_WORDS = 'writing';

/** The words catalog entries use for speed, and a strength that claims it ("fastest model of the series"). */
const SPEED_WORDS = 'fast fastest quick speed';
const SPEED = /\b(?:fast\w*|quick\w*|speed|low[- ]latency|instant)\b/i;

export function pickModels(index: SearchIndex, catalog: readonly CatalogEntry[], u: Understanding, pool?: readonly CatalogEntry[]): Pick[] {
  const c = u.constraints;
  let candidates = [...(pool ?? catalog)].filter((m) => !/\b(?:family|series)\b/i.test(m.name) || (pool?.length ?? 0) > 0);
  const categories = u.categories.filter((m) => m.category !== 'text' || u.categories.length === 1);
  if (categories.length > 0) {
    // "Turn product photos into video clips": what comes out decides; a model that only reads the
    // photos makes no clip.
    const made = categories.filter((cat) => cat.direction === 'output');
    const makers = made.length > 0 && made.length < categories.length ? candidates.filter((m) => made.some((cat) => fitsCategory(m, cat))) : [];
    const fitting = makers.length > 0 ? makers : candidates.filter((m) => categories.some((cat) => fitsCategory(m, cat)));
    // No model of the kind asked for: no pick, rather than a model of another kind.
    // A stated prompt size ("our whole 4M-token repo in one go") is what the model must read: the
    // window decides, so no model of the content's own kind still leaves those that can hold it.
    if (fitting.length === 0 && !pool && !c.contextTokens) return [];
    if (fitting.length > 0) candidates = fitting;
  }
  // "Open source model for a chatbot": language work is a text model's, and no other constraint
  // (open weights, price) brings in a model of another kind.
  if (categories.length === 0 && u.languageWork && !pool) {
    const text = candidates.filter((m) => fitsCategory(m, { category: 'text' }));
    if (text.length > 0) candidates = text;
  }
  // A stated prompt size rules out every model that cannot take it, whatever its kind.
  if (c.contextTokens) {
    const fit = (pool ?? catalog).filter((m) => (m.context_window ?? 0) >= c.contextTokens!);
    if (fit.length > 0) candidates = candidates.some((m) => fit.includes(m)) ? candidates.filter((m) => fit.includes(m)) : fit;
  }
  if (needsOpen(c)) {
    const open = candidates.filter((m) => m.access === 'open');
    if (open.length > 0) candidates = open;
  }
  // A task named ("spot fraudulent transactions") is a hard need: the models whose entries claim it.
  if (u.purpose) {
    const task = index.analyzer.terms(u.purpose).filter((t) => !t.startsWith('~'));
    const claims = candidates.filter((m) => [...m.strengths, ...m.use_cases].some((s) => { const own = new Set(index.analyzer.terms(s)); return task.every((t) => own.has(t)); }));
    if (claims.length > 0) candidates = claims;
  }
  // Asked for an API with no hosting weighed ("call an API", "a closed model"): an open model that
  // runs only on your own machines is not reached that way.
  if (c.managedApi && !needsOpen(c)) {
    const reached = candidates.filter((m) => m.access === 'proprietary' || (m.deployment ?? []).includes('api'));
    if (reached.length > 0) candidates = reached;
  }
  // "Needs to be snappy": a need for speed is met by the entries that claim speed, in their words.
  // A need carried from the thread ("and for deep reasoning?" after "fast responses") no longer decides.
  if ((u.statedConstraints ?? c).lowLatency) {
    const fast = candidates.filter((m) => [...m.strengths, ...m.use_cases].some((s) => SPEED.test(s)));
    if (fast.length > 0) candidates = fast;
  }
  if (c.frontier) {
    const frontier = candidates.filter((m) => m.frontier);
    if (frontier.length > 0) candidates = frontier;
  }
  // "The prettiest pictures": a looks need is met by the entries that claim aesthetic quality, in
  // their words. Realism ("super realistic faces") is a need of its own, said in the question's words.
  const quality = c.quality && !u.choice.realism ? index.analyzer.terms(QUALITY_WORDS).filter((t) => !u.terms.some((x) => x.term === t)).map((term) => ({ term, weight: 1 })) : [];
  // "Train a LoRA on our product photos": adapting the model is the need, in the words entries use for it.
  // Raised to full weight when the question says them too: speed is the need, not a word in passing.
  const speed = (u.statedConstraints ?? c).lowLatency ? index.analyzer.terms(SPEED_WORDS).map((term) => ({ term, weight: 1 })) : [];
  const tuning = c.fineTune ? index.analyzer.terms(FINE_TUNE_WORDS).filter((t) => !u.terms.some((x) => x.term === t)).map((term) => ({ term, weight: 1 })) : [];
  // "Slogans for our launch": written words to make are a writing need, in the words entries use for it.
  const writing = categories.some((x) => x.category === 'text' && x.direction === 'output') ? index.analyzer.terms(WRITING_WORDS).filter((t) => !u.terms.some((x) => x.term === t)).map((term) => ({ term, weight: 1 })) : [];
  // "Translating support tickets": language work is a need for a text model made for language tasks, in the words entries use for it.
  const language = u.languageWork ? index.analyzer.terms(LANGUAGE_WORDS).filter((t) => !u.terms.some((x) => x.term === t)).map((term) => ({ term, weight: 0.5 })) : [];
  const weights = idfWeights(index, [...u.terms, ...quality, ...tuning, ...speed, ...writing, ...language]);
  // Only the question's telling words make a strength a reason ("cost" in passing is not a need).
  // A chatty question ("our whole company runs on google workspace…") weighs its need no higher than
  // its chat: when the telling words meet no model's strengths and no constraint gives a reason, its
  // plain words are the need, or no strength could ever be the reason for a pick.
  // "llm for medical notes": the thing asked for ("llm") is no need; a "math LLM" shares only that word.
  const thingAsked = new Set(index.analyzer.terms(THING_ASKED));
  const telling = (floor: number) => new Set(u.terms.filter((t) => t.weight >= floor && !WEAK_TERMS.has(t.term) && !thingAsked.has(t.term)).map((t) => t.term));
  const strict = new Set([...telling(0.8), ...tuning.map((t) => t.term), ...speed.map((t) => t.term), ...writing.map((t) => t.term), ...language.map((t) => t.term)]);
  const ordersModels = c.budget || c.highVolume || c.longContext || c.frontier || c.lowLatency || c.managedApi || c.smallTeam || needsOpen(c);
  const strongTerms = ordersModels || candidates.some((m) => matchedStrengths(index, m, weights, strict).length > 0) ? strict : telling(0.5);
  // A need carried over from earlier in the thread ("which of them…" after "open image models")
  // still filters, but the question's own need is the reason said first.
  const carriedOpen = u.statedConstraints !== undefined && needsOpen(c) && !needsOpen(u.statedConstraints);
  const priced = candidates.filter((m) => numericValue(m, 'pricing', NO_FIGURE_WORDS) !== undefined);
  // Price orders the pick only when it is known for the models at hand: in a named family where some
  // are unpriced ("which claude for high volume"), a price ranking would crown the one that is priced.
  const byPrice = (c.budget || c.highVolume) && !needsOpen(c) && priced.length > 0 && (!pool || priced.length === candidates.length);
  const cheapest = byPrice && priced.length > 0 ? Math.min(...priced.map((m) => numericValue(m, 'pricing', NO_FIGURE_WORDS)!)) : undefined;
  const longest = c.longContext ? Math.max(0, ...candidates.map((m) => m.context_window ?? 0)) : 0;
  // The largest window of the models left is the largest in the documents only when none was ruled
  // out that holds more ("managed API only": Gemini 2.5 Pro's 2M, not Llama 4 Scout's 10M).
  const longestAll = c.longContext ? Math.max(0, ...(pool ?? catalog).map((m) => m.context_window ?? 0)) : 0;
  const longestAmong = (window: number) =>
    window >= longestAll ? 'the largest context window in my documents' : apiOnly ? 'the largest context window of the managed API models in my documents' : needsOpen(c) ? 'the largest context window of the open-weight models in my documents' : 'the largest context window of the models that fit';

  const apiOnly = c.managedApi && !needsOpen(c);
  const onlyToTune = c.fineTune && !c.selfHosted && !c.dataResidency && !c.privacy && !u.choice.saysOpen;
  const tuneTerms = new Set(tuning.map((t) => t.term));
  const saysTuning = (m: CatalogEntry) => [...m.strengths, ...m.use_cases].some((x) => index.analyzer.terms(x).some((t) => tuneTerms.has(t)));
  const picks = candidates.map((model) => {
    const terms = strengthTerms(index, model);
    let score = 0;
    for (const [t, w] of weights) score += (terms.get(t) ?? 0) * w;
    const reasons: string[] = [];
    // Open weights asked for only to adapt the model: that the model can be fine-tuned is the reason,
    // in its entry's words when they say so, not where it runs.
    const openReason = needsOpen(c) && model.access === 'open' ? (onlyToTune ? (saysTuning(model) ? undefined : 'open weights, so you can fine-tune it on your own data') : 'open weights, so it runs on your own infrastructure and your data stays with you') : undefined;
    if (openReason && !carriedOpen) reasons.push(openReason);
    if ((c.managedApi || c.smallTeam) && model.access === 'proprietary') {
      score *= 1.3;
      reasons.push('a managed API, so there is nothing to host or maintain');
    }
    // Picked by per-token price on a managed API ("cheapest via an API, no self-hosting"): an open
    // model run on your own machines is not on that scale.
    if (apiOnly && (c.budget || c.highVolume) && model.access === 'open' && !(model.deployment ?? []).includes('api')) score *= 0.2;
    if (byPrice) {
      const v = numericValue(model, 'pricing', NO_FIGURE_WORDS);
      if (v !== undefined && cheapest !== undefined) {
        score = score * 0.3 + 10 * (cheapest / Math.max(v, 1e-6));
        if (v === cheapest) reasons.push(`the lowest per-token price in my documents' pricing (${priceFigures(model)})`);
      } else score *= 0.2;
    }
    if (c.longContext && model.context_window) {
      score = score * 0.3 + 10 * (model.context_window / Math.max(longest, 1));
      if (model.context_window === longest) reasons.push(`${longestAmong(model.context_window)} (${formatTokens(model.context_window)} tokens)`);
    }
    if (c.frontier && model.frontier) reasons.push('a frontier model');
    const matched = matchedStrengths(index, model, weights, strongTerms);
    // "The best model for agentic work": an entry that claims to lead at the need ("leads in agentic
    // tasks") outranks one that only mentions it ("agentic coding").
    if (u.superlative === 'max' && matched.some((x) => LEADS.test(x))) score *= 1.5;
    const strengths = distinctPhrases(index, matched, reasons, strongTerms);
    const unmet: Pick['unmet'] = [];
    // Only a model the catalog records as proprietary fails the need: of one whose access it never
    // records (CTGAN, TabGAN), "none has open weights" would say what no document says.
    if (needsOpen(c) && model.access === 'proprietary') unmet.push('open weights');
    if (c.contextTokens && (model.context_window ?? 0) < c.contextTokens) unmet.push('context');
    const own = [...reasons, ...strengths.slice(0, 2)];
    return { model, score, reasons: openReason && carriedOpen ? [...own, openReason] : own, strengths, matched: matched.length, unmet };
  });
  // No kind of content named ("patient notes can't go to a third-party API"): a code or image model
  // whose every matching strength is about its own kind of content ("fine-tune on private codebases
  // (your code never goes to a third-party API)") shares the question's words, not its need.
  const KINDS = ['code', 'image', 'video', 'audio'] as const;
  const offKind = (p: (typeof picks)[number]) => {
    if (p.model.categories.includes('llm') || p.matched === 0) return false;
    const own = new Set(kindTerms(index, KINDS.filter((k) => p.model.categories.includes(k)).map((category) => ({ category }))));
    return own.size > 0 && matchedStrengths(index, p.model, weights, strongTerms).every((x) => index.analyzer.terms(x).some((t) => own.has(t)));
  };
  // "Translating support tickets": a specialist text model (math, code, reasoning) whose uses share
  // nothing with the need met it only by a word of its strengths in another sense ("translates
  // problems into proof language"); language work is a general text model's.
  const SPECIALITIES = ['code', 'reasoning'] as const;
  const offUse = (p: (typeof picks)[number]) => {
    if (!u.languageWork || p.matched === 0 || !SPECIALITIES.some((k) => p.model.categories.includes(k))) return false;
    return !p.model.use_cases.some((s) => index.analyzer.terms(s).some((t) => strongTerms.has(t)));
  };
  const kept = categories.length === 0 && !pool && u.models.length === 0 ? picks.filter((p) => !offKind(p) && !offUse(p)) : picks;
  // Stable: catalog order breaks ties, so the articles' own "leading" order shows through.
  return (kept.length > 0 ? kept : picks).sort((a, b) => b.score - a.score);
}

/**
 * The models to choose among when the question names some: two or more named ("X or Y"), or the
 * members of a family it names ("which claude…", "which claude 4.5 model…").
 */
export function familyPool(ctx: { kb: { models: readonly CatalogEntry[] } }, u: Understanding): CatalogEntry[] | undefined {
  const named = u.models;
  const isFamily = (m: CatalogEntry) => /\b(?:family|series)\b|\(/i.test(m.name);
  const membersOf = (family: CatalogEntry) => {
    const key = (family.family ?? family.name.replace(/\s*\(.*\)$/, '')).toLowerCase();
    return ctx.kb.models.filter(
      (m) => m !== family && !/\b(?:family|series)\b/i.test(m.name) && ((m.family ?? '').toLowerCase().startsWith(key) || m.name.toLowerCase().startsWith(`${key} `) || (m.family ?? '').toLowerCase() === key),
    );
  };
  // "GPT-5 or Claude for coding?": a family named beside a model stands for its members, so its
  // coding model can win on the need instead of the family's one-line profile.
  if (named.length >= 2) return [...new Set(named.flatMap((m) => (isFamily(m) && membersOf(m).length > 0 ? membersOf(m) : [m])))];
  const family = named[0];
  if (!family || !isFamily(family)) return undefined;
  const members = membersOf(family);
  return members.length > 1 ? members : undefined;
}
