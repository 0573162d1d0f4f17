import { fold, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';

const tokenMemo = new Map<string, readonly string[]>();

/** Tokens for name matching: "FLUX.1" → flux 1, "gpt5" → gpt 5, "DeepSeek v3.2" → deepseek 3.2. */
export function nameTokens(text: string): string[] {
  // Model names and questions recur across models and turns: remembered, within a bound.
  const known = tokenMemo.get(text);
  if (known) return [...known];
  const out = tokenize(text);
  if (text.length <= 300) {
    if (tokenMemo.size >= 20_000) tokenMemo.clear();
    tokenMemo.set(text, out);
  }
  return [...out];
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const token of words(fold(text), false)) {
    for (const part of token
      .replace(/([a-z])\.(\d)/g, '$1 $2')
      .replace(/([a-z]{2,})(\d)/g, '$1 $2')
      .replace(/(\d)([a-z]{2,})/g, '$1 $2')
      .split(' ')) {
      if (part && part !== 'v') out.push(part);
    }
  }
  return out;
}

/** A capitalised name with a version, like "Claude Haiku 4.5" or "GPT-5": a model, catalogued or not. */
export const VERSIONED_NAME = /\b[A-Z][\w]*(?:[- .]?(?:[A-Z][\w]*|\d[\w.]*))*[- ]?\d[\w.]*(?:\s+[A-Z][a-z]+)*/;

/** Words that tell one model of a family from another ("Pro", "Flash", "Small", "Scout"…). */
export const VARIANT_WORDS = new Set(
  'small large medium mini nano micro pro flash lite ultra max plus turbo instant thinking opus sonnet haiku scout maverick behemoth coder vision instruct chat base reasoning'.split(' '),
);

/** A letter and a version written as one word ("R2", "K2", "v4"): a model's own code, as a version is. */
export const MODEL_CODE = /^[a-z]\d+(?:\.\d+)?$/;

export interface ModelMention {
  model: CatalogEntry;
  /** Token span in the text, end exclusive. */
  start: number;
  end: number;
  /** The words that named it, as written. */
  text: string;
}

export interface ModelMatcher {
  find(text: string): ModelMention[];
}

interface Variant {
  model: CatalogEntry;
  tokens: string[];
}

/** Finds catalog models named in a text, by name or alias, in any word order ("Claude Sonnet 4.5"). */
export function createModelMatcher(models: readonly CatalogEntry[]): ModelMatcher {
  const byToken = new Map<string, Variant[]>();
  for (const model of models) {
    const seen = new Set<string>();
    for (const name of [model.name, ...model.aliases]) {
      const tokens = nameTokens(name);
      const key = [...tokens].sort().join(' ');
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const variant = { model, tokens };
      for (const t of new Set(tokens)) byToken.set(t, [...(byToken.get(t) ?? []), variant]);
    }
  }

  return {
    find(text) {
      const q = nameTokens(text);
      const found: ModelMention[] = [];
      for (let i = 0; i < q.length; i++) {
        for (const variant of byToken.get(q[i]!) ?? []) {
          const n = variant.tokens.length;
          const window = q.slice(i, i + n + 1);
          const need = [...variant.tokens];
          let end = i;
          for (let j = 0; j < window.length && need.length > 0; j++) {
            const k = need.indexOf(window[j]!);
            // The name's words in any order, but side by side: "2.5 Pro vs Gemini" is not one name.
            if (k < 0) break;
            need.splice(k, 1);
            end = i + j + 1;
          }
          // "Mistral Small", "Llama 5" or "DeepSeek R2" is another model than "Mistral", "Llama" or "DeepSeek": no match.
          const next = q[end];
          const versioned = (t: string) => /^\d/.test(t) || MODEL_CODE.test(t);
          const differs = next !== undefined && (VARIANT_WORDS.has(next) || (versioned(next) && !variant.tokens.some(versioned)));
          if (need.length === 0 && !differs) found.push({ model: variant.model, start: i, end, text: q.slice(i, end).join(' ') });
        }
      }
      found.push(...versionless(q, byToken, found));
      // Longest mentions win; drop mentions inside a longer one and repeats of the same model.
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: ModelMention[] = [];
      for (const m of found) {
        const overlaps = kept.some((k) => m.start < k.end && k.start < m.end);
        if (!overlaps && !kept.some((k) => k.model === m.model)) kept.push(m);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * "claude sonnet", "llama scout": a family and a variant word without the version. It names the
 * catalog model with those words in its name; of several versions, the one the documents say most
 * about (the one people have read of), then the newest; the answer names the version.
 * A version written after it ("claude sonnet 3.7") is another model.
 */
function versionless(q: readonly string[], byToken: ReadonlyMap<string, Variant[]>, full: readonly ModelMention[]): ModelMention[] {
  const out: ModelMention[] = [];
  for (let i = 0; i + 1 < q.length; i++) {
    if (full.some((m) => m.start <= i && i < m.end)) continue;
    const byModel = new Map<CatalogEntry, { n: number; version: number[] }>();
    for (const variant of byToken.get(q[i]!) ?? []) {
      const core = variant.tokens.filter((t) => !/^\d/.test(t));
      // Only a version left out: the name keeps a family word and a variant word.
      if (core.length < 2 || core.length === variant.tokens.length || !core.some((t) => VARIANT_WORDS.has(t))) continue;
      const window = q.slice(i, i + core.length);
      if (window.length < core.length || ![...window].sort().every((t, k) => t === [...core].sort()[k])) continue;
      const next = q[i + core.length];
      if (next !== undefined && (/^\d/.test(next) || VARIANT_WORDS.has(next))) continue;
      byModel.set(variant.model, { n: core.length, version: variant.tokens.filter((t) => /^\d/.test(t)).flatMap((t) => t.split('.').map(Number)) });
    }
    const ranked = [...byModel].sort((a, b) => documented(b[0]) - documented(a[0]) || compareVersions(b[1].version, a[1].version));
    // Two models as documented and of the same version ("… 4 Sonnet" under two names) leave it unsaid.
    if (ranked.length === 0 || (ranked.length > 1 && documented(ranked[0]![0]) === documented(ranked[1]![0]) && compareVersions(ranked[0]![1].version, ranked[1]![1].version) === 0)) continue;
    const [model, { n }] = ranked[0]!;
    out.push({ model, start: i, end: i + n, text: q.slice(i, i + n).join(' ') });
  }
  return out;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** How much the catalog records of a model: its figures, scores and strengths. */
function documented(m: CatalogEntry): number {
  return (m.pricing ? 2 : 0) + (m.context_window ? 2 : 0) + (m.released ? 1 : 0) + m.benchmarks.length + m.stats.length + Math.min(m.strengths.length, 3);
}
