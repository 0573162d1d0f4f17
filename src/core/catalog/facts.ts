/**
 * Facts about catalog models as sentences: one attribute, a profile, a figure to rank by. A fact the
 * catalog does not record is `undefined`, so the caller says so instead of guessing.
 */
import { accessLabel, formatTokens, formatUsd, identitySentence, priceSentence } from '../../knowledge/catalog-text.js';
import { fold, stem, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Attribute } from '../understand/types.js';
import { strengthsClause } from './strengths.js';

const stemMemo = new Map<string, ReadonlySet<string>>();

/** A text's stems; labels and the question recur for every model ranked, so they are remembered. */
function stems(text: string): ReadonlySet<string> {
  let known = stemMemo.get(text);
  if (!known) {
    known = new Set(words(fold(text)).map(stem));
    if (text.length > 300) return known;
    if (stemMemo.size >= 20_000) stemMemo.clear();
    stemMemo.set(text, known);
  }
  return known;
}

const COUNT_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' };

/** Stems too common to tie a question to a stat or benchmark ("model", "ai"). */
// "Per" joins a figure to its unit ("per month") and says nothing of which figure alone ("per the FAQ").
const WEAK = new Set(['model', 'ai', 'gener', 'type', 'use', 'best', 'top', 'per']);

/**
 * What a question's words say about which of a model's figures it asks, read once from its text
 * (`figureWords`) so that every model weighed is matched against the same reading.
 */
export interface FigureWords {
  /** The question's word stems (folded, stemmed): what a stat's label or a benchmark's name is matched against. */
  stems: ReadonlySet<string>;
  /** Which side of a token price the question names: "input", "output", or both words. */
  tokens?: 'input' | 'output' | 'both';
  /** It names a benchmark by its short name ("swe", "mmlu", "elo"): a model with none of those has no score asked for. */
  namesBenchmark: boolean;
}

/** The benchmarks' short names people write: "swe", "mmlu", "elo". */
export const BENCHMARK_SHORT_NAMES = /\b(?:swe|aime|mmmu|gpqa|vbench|mmlu|lmarena|elo)\b/i;

/** A text read for the figures it asks ("the input price", "its SWE-bench score"). */
export function figureWords(text: string): FigureWords {
  const input = /\binput\b/i.test(text);
  const output = /\boutput\b/i.test(text);
  const tokens = input && output ? 'both' : input ? 'input' : output ? 'output' : undefined;
  return { stems: stems(text), ...(tokens ? { tokens } : {}), namesBenchmark: BENCHMARK_SHORT_NAMES.test(text) };
}

/** No words at all: a figure read without a question (a model's overall price). */
export const NO_FIGURE_WORDS: FigureWords = figureWords('');

function overlap(question: ReadonlySet<string>, label: string): number {
  return [...stems(label)].filter((s) => s.length > 2 && !WEAK.has(s) && question.has(s)).length;
}

/** The stat whose label best matches the question ("enterprise seats", "downloads per month"). */
export function matchStat(model: CatalogEntry, question: FigureWords): CatalogEntry['stats'][number] | undefined {
  const q = question.stems;
  let best: { stat: CatalogEntry['stats'][number]; score: number } | undefined;
  for (const stat of model.stats) {
    const score = overlap(q, stat.label);
    if (score > 0 && (!best || score > best.score)) best = { stat, score };
  }
  return best?.stat;
}

/**
 * The model's own stat for a label the question named ("Hugging Face downloads per month"): one
 * whose label holds every telling word of it, or none. Another of the model's figures that merely
 * shares a word ("per month") is not the figure asked for.
 */
export function statNamed(model: CatalogEntry, label: string): CatalogEntry['stats'][number] | undefined {
  const wanted = [...stems(label)].filter((s) => s.length > 2 && !WEAK.has(s));
  return model.stats.find((s) => s.label === label || (wanted.length > 0 && wanted.every((w) => stems(s.label).has(w))));
}

/** The benchmarks a question names, or all of the model's when it names none. */
export function matchBenchmarks(model: CatalogEntry, question: FigureWords): CatalogEntry['benchmarks'] {
  const named = model.benchmarks.filter((b) => overlap(question.stems, b.name) > 0);
  return named.length > 0 ? named : question.namesBenchmark ? [] : model.benchmarks;
}

/** One sentence stating an attribute of a model, or undefined when the catalog does not record it. */
export function modelFact(model: CatalogEntry, attribute: Attribute | undefined, question: FigureWords): string | undefined {
  const name = model.name;
  const stat = matchStat(model, question);
  if (stat && (attribute === undefined || attribute === 'figure' || attribute === 'benchmark')) return statSentence(name, stat);
  switch (attribute) {
    case 'context_window':
      return model.context_window ? `${name} has a context window of **${formatTokens(model.context_window)} tokens**.` : undefined;
    case 'pricing':
      return priceSentence(model)?.replace(/costs (.*?)( \(|\.$)/, 'costs **$1**$2');
    case 'released':
      return model.released ? `${name} was released in **${model.released}**.` : undefined;
    case 'developer':
      return model.developer ? `${name} is made by **${model.developer}**.` : undefined;
    case 'access': {
      const label = accessLabel(model);
      return label ? `${name} is **${label}**.` : undefined;
    }
    case 'benchmark': {
      const benchmarks = matchBenchmarks(model, question);
      return benchmarks.length ? `${name} scored ${benchmarks.map((b) => `**${b.score}** on ${b.name}${b.note ? ` (${b.note})` : ''}`).join('; ')}.` : undefined;
    }
    case 'strengths':
      return strengthsSentence(model);
    case 'limitations':
      return model.limitations.length ? `${name}'s limitations: ${model.limitations.join('; ')}.` : undefined;
    case 'deployment':
      return model.deployment.length ? `${name} is used through: ${model.deployment.join(', ')}.` : undefined;
    case 'parameters': {
      // The sizes it comes in, when the catalog records them: "8B, 70B and 405B".
      const sizes = model.stats.find((x) => /\b(?:sizes?|parameters?)\b/i.test(x.label) && /\d\s*[BMT]\b/i.test(x.value));
      if (sizes) {
        const count = sizes.value.match(/\d+(?:\.\d+)?\s*[BMT]\b/gi)?.length ?? 0;
        return count > 1 ? `${name} comes in ${COUNT_WORDS[count] ?? count} sizes: **${sizes.value}** parameters.` : `${name} has **${sizes.value}** parameters.`;
      }
      const note = model.notes.find((n) => /\bparameters?\b|\b\d+(?:\.\d+)?B\b/.test(n));
      return note ? `${name}: ${note}` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What a model is good at, as sentences: its strengths as predicates of its name ("Code Llama is the
 * leading open-source code model, is free and can be fine-tuned on private codebases."), then the
 * uses its entry records that the strengths do not already say.
 */
function strengthsSentence(model: CatalogEntry): string | undefined {
  const clause = strengthsClause(model.strengths, 3);
  const said = new Set(model.strengths.map((s) => s.toLowerCase()));
  const uses = model.use_cases.filter((x) => !said.has(x.toLowerCase())).slice(0, 2).map((x) => x.replace(/\.$/, ''));
  if (!clause) return uses.length > 0 ? `${model.name}'s typical uses: ${uses.join('; ')}.` : undefined;
  return `${model.name} ${clause}.${uses.length > 0 ? ` Typical uses: ${uses.join('; ')}.` : ''}`;
}

/** A stat as a sentence: "Claude 4.5 Sonnet holds a **40%** enterprise API share.", "GitHub Copilot has **1.8M+** enterprise seats." */
export function statSentence(name: string, stat: CatalogEntry['stats'][number]): string {
  const { label, value } = stat;
  if (/%$/.test(value.trim()) && /\bshare\b/i.test(label)) return `${name} holds a **${value}** ${label}.`;
  const offered = /^(.+?)\s+offered$/i.exec(label);
  if (offered) return `${name} offers **${value}** ${offered[1]}.`;
  if (/^(?:up to|over|more than|about|around)\b/i.test(value) && /\bsessions?\b/i.test(label)) return `${name} runs ${label} of **${value}**.`;
  if (/^[\d.,]+\s?[kmb]?\+?$/i.test(value.trim()) || /^(?:over|more than|about|around)\s/i.test(value)) return `${name} has **${value}** ${label}.`;
  return `${name}'s ${label}: **${value}**.`;
}

/** A model's notes that share words with the question, best first ("how long can X run a coding session"). */
export function matchingNotes(model: CatalogEntry, question: FigureWords): string[] {
  // The model's own name is in the question and in many of its notes: it ties no note to what is asked.
  const own = stems(`${model.name} ${model.aliases.join(' ')}`);
  const q = new Set([...question.stems].filter((s) => !own.has(s)));
  return [...model.notes, ...model.strengths, ...model.use_cases]
    .map((n) => ({ n, score: overlap(q, n) }))
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score)
    .map((x) => (/[.!?]$/.test(x.n) ? x.n : `${x.n}.`));
}

/** A short profile: what the model is, and what it is known for. */
export function modelProfile(model: CatalogEntry): string {
  // An entry with nothing it is known for may say in a note what it is ("ControlNet is a
  // modification of…"): more than its category alone.
  const says = model.strengths.length === 0 && !model.released ? model.notes.find((n) => n.toLowerCase().startsWith(`${model.name.toLowerCase()} is `)) : undefined;
  if (says) return says;
  const clause = strengthsClause(model.strengths);
  return `${identitySentence(model)}${clause ? ` It ${clause}.` : ''}${model.released ? ` It was released in ${model.released}.` : ''}`;
}

/** The numeric value of an attribute, for rankings ("largest context window", "cheapest"). */
export function numericValue(model: CatalogEntry, attribute: Attribute | 'stat', question: FigureWords): number | undefined {
  switch (attribute) {
    case 'context_window':
      return model.context_window;
    case 'pricing': {
      const p = model.pricing;
      if (!p || p.input_per_1m === null) return undefined;
      return question.tokens === 'input' || question.tokens === 'both' ? p.input_per_1m : question.tokens === 'output' ? (p.output_per_1m ?? undefined) : p.input_per_1m + (p.output_per_1m ?? 0);
    }
    case 'benchmark': {
      const b = matchBenchmarks(model, question)[0];
      return b ? parseNumber(b.score) : undefined;
    }
    case 'stat': {
      const s = matchStat(model, question);
      return s ? parseNumber(s.value) : undefined;
    }
    default:
      return undefined;
  }
}

function parseNumber(value: string): number | undefined {
  const m = value.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
  if (!m) return undefined;
  const n = Number(m[0]);
  const unit = value.slice((m.index ?? 0) + m[0].length).trim()[0]?.toUpperCase();
  return unit === 'M' ? n * 1e6 : unit === 'K' ? n * 1e3 : unit === 'B' ? n * 1e9 : n;
}

/** "$1.25 / $5.00 per 1M tokens (input / output)". */
export function priceFigures(model: CatalogEntry): string | undefined {
  const p = model.pricing;
  if (!p || (p.input_per_1m === null && p.output_per_1m === null)) return undefined;
  return `${p.input_per_1m !== null ? formatUsd(p.input_per_1m) : '–'} input / ${p.output_per_1m !== null ? formatUsd(p.output_per_1m) : '–'} output per 1M tokens`;
}
