/**
 * A small text classifier: multinomial logistic regression over word, word-pair and frame features,
 * trained on labelled example utterances. Deterministic (fixed example order, seeded shuffle), fast
 * to train (tens of milliseconds for a thousand examples) and to apply (microseconds), and it gives
 * a probability per label, so callers can see when two labels are close.
 */
import { featuresOfTokens, tokenize, withinEdits } from './features.js';

export interface Prediction<L extends string> {
  label: L;
  p: number;
}

export interface Classifier<L extends string> {
  readonly labels: readonly L[];
  /** Every label with its probability, most likely first. */
  classify(text: string): Prediction<L>[];
}

export interface TrainOptions {
  /** Passes over the examples. Default 20. */
  epochs: number;
  /** Initial learning rate, decayed per epoch. Default 0.8. */
  rate: number;
  /** L2 penalty per update. Default 1e-4. */
  l2: number;
  /** Shuffle seed. Default 7. */
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 20, rate: 0.8, l2: 1e-4, seed: 7 };

/** Mulberry32: a tiny seeded generator, so training is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Softmax of `scores`, into `out` (a new array when not given). */
function softmax(scores: Float64Array, out = new Float64Array(scores.length)): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += out[i] = Math.exp(scores[i]! - max);
  for (let i = 0; i < scores.length; i++) out[i]! /= sum;
  return out;
}

/** Trains a classifier on `examples` (label → utterances). */
export function trainClassifier<L extends string>(examples: Readonly<Record<L, readonly string[]>>, options: Partial<TrainOptions> = {}): Classifier<L> {
  const { epochs, rate, l2, seed } = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const labels = Object.keys(examples) as L[];
  const k = labels.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const rows: Array<{ features: string[]; y: number }> = [];
  const vocabulary = new Set<string>();
  labels.forEach((label, y) => {
    for (const text of examples[label]) {
      const tokens = tokenize(text);
      for (const t of tokens) vocabulary.add(t);
      rows.push({ features: featuresOfTokens(tokens), y });
    }
  });
  const known = [...vocabulary].filter((t) => t.length >= 4 && /^[a-z]+$/.test(t));
  const corrections = new Map<string, string>();
  /** A misspelt frame word ("diffrence", "waht") reads as the word it was meant to be. */
  const correct = (token: string): string => {
    if (vocabulary.has(token) || token.length < 4 || !/^[a-z]+$/.test(token)) return token;
    let fixed = corrections.get(token);
    if (fixed === undefined) {
      const max = token.length >= 7 ? 2 : 1;
      // A four-letter word is too often another real word ("side" is no misspelt "size"): only a
      // swap of its letters ("waht") is corrected.
      const swapOnly = token.length === 4;
      fixed = known.find((k) => k[0] === token[0] && withinEdits(token, k, max) && (!swapOnly || [...k].sort().join('') === [...token].sort().join(''))) ?? token;
      if (corrections.size < 5000) corrections.set(token, fixed);
    }
    return fixed;
  };
  const featurize = (text: string) => featuresOfTokens(tokenize(text).map(correct));
  const weightOf = (f: string) => {
    let w = weights.get(f);
    if (!w) weights.set(f, (w = new Float64Array(k)));
    return w;
  };
  const scoresOf = (features: readonly string[]) => {
    const s = Float64Array.from(bias);
    for (const f of features) {
      const w = weights.get(f);
      if (w) for (let c = 0; c < k; c++) s[c]! += w[c]!;
    }
    return s;
  };

  // Each row keeps its features' weight vectors: no map look-ups in the training loop.
  const vectors = rows.map((r) => r.features.map(weightOf));
  const next = random(seed);
  const order = rows.map((_, i) => i);
  const scores = new Float64Array(k);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch * 0.15);
    const decay = 1 - l2;
    for (const index of order) {
      const ws = vectors[index]!;
      const y = rows[index]!.y;
      scores.set(bias);
      for (const w of ws) for (let c = 0; c < k; c++) scores[c]! += w[c]!;
      softmax(scores, p);
      const scale = lr / Math.sqrt(Math.max(1, ws.length));
      for (let c = 0; c < k; c++) {
        const g = (c === y ? 1 : 0) - p[c]!;
        bias[c]! += lr * 0.1 * g;
        const step = scale * g;
        for (const w of ws) w[c] = w[c]! * decay + step;
      }
    }
  }

  return {
    labels,
    classify(text) {
      const p = softmax(scoresOf(featurize(text)));
      return labels.map((label, c) => ({ label, p: p[c]! })).sort((a, b) => b.p - a.p);
    },
  };
}
