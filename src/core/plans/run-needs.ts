/**
 * "What would we need to run it?" about one catalog model: for open weights, what the documents say
 * hosting a model of its kinds takes (GPU infrastructure, the people to run it, what it costs), said
 * to be about the kind when no sentence names the model itself; for a proprietary model, that there
 * is nothing to host, only its API and its per-token price.
 */
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { priceFigures } from '../catalog/facts.js';
import { analysed } from '../evidence/analysed.js';
import { pointsBack } from '../evidence/sentences.js';
import { linkTokens } from '../lexicon/phrases.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { modelKinds } from './model-kinds.js';

/** Words for what running a model takes: the machines, the compute, the people. */
const RUN_WORDS = /\b(?:gpus?|multi-gpu|infrastructure|hardware|clusters?|servers?|compute|provision\w*|engineer\w*|maintain\w*|maintenance|operational)\b/gi;
const PRICED = /[$€£]\s?\d/;
/** A line weighing two sides is no statement about one. */
const WEIGHS_TWO = /\bvs\.?\b|\bversus\b|\bwhile\b|\bwhereas\b/i;

/** The deployment concepts the model's entry names ("self-hosted" → self-hosting), with the kinds it is. */
function hostingConcepts(ctx: PlanContext, model: CatalogEntry) {
  const deployed = model.deployment.flatMap((d) => ctx.concepts.dictionary.find(linkTokens(d)).map((f) => f.value)).filter((c) => c.kind === 'deployment');
  return [...new Set([...modelKinds(ctx, model), ...deployed])];
}

/** The sentences that say most about what running it takes, best first, at most two. */
function runSentences(ctx: PlanContext, model: CatalogEntry): Array<{ text: string; passage: Passage }> {
  const seen = new Set<string>();
  const found: Array<{ text: string; passage: Passage; score: number }> = [];
  for (const concept of hostingConcepts(ctx, model)) {
    for (const passage of concept.passages) {
      for (const x of analysed(ctx.index, passage).units) {
        const text = x.unit.text.replace(/^\s*[-*•]\s+/, '');
        const hits = new Set((text.match(RUN_WORDS) ?? []).map((w) => w.toLowerCase())).size;
        if (hits === 0 || seen.has(text) || x.unit.row || WEIGHS_TWO.test(text) || pointsBack(text) || ctx.matcher.find(text).some((m) => m.model !== model)) continue;
        seen.add(text);
        found.push({ text, passage, score: hits + (PRICED.test(text) || /\bthousands? of dollars\b/i.test(text) ? 1 : 0) });
      }
    }
  }
  // One sentence per section, none mostly repeating one already taken (two documents saying the cost).
  const terms = (t: string) => new Set(ctx.index.analyzer.terms(t).filter((x) => !x.startsWith('~')));
  const out: Array<{ text: string; passage: Passage; words: Set<string> }> = [];
  for (const f of found.sort((a, b) => b.score - a.score)) {
    if (f.score < 2 || out.length >= 2) continue;
    const words = terms(f.text);
    if (out.some((o) => o.passage === f.passage || [...words].filter((w) => o.words.has(w)).length >= 0.5 * Math.min(words.size, o.words.size))) continue;
    out.push({ ...f, words });
  }
  return out;
}

/** What running the one model asked about takes; undefined when its entry and kinds do not say. */
export function runNeedsDraft(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0];
  if (u.models.length !== 1 || !model || !model.access) return undefined;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  if (model.access === 'proprietary') {
    const price = priceFigures(model);
    const text = `Nothing to host: **${model.name}** is proprietary, so it runs only through ${model.developer ?? 'its vendor'}'s API or apps, and you pay per token${price ? ` (${price})` : ''} instead of running machines of your own.`;
    return { kind: 'explanation', answered: true, blocks: [{ text, ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models: [model] };
  }
  const said = runSentences(ctx, model);
  if (said.length === 0) return undefined;
  const named = said.some((s) => ctx.matcher.find(s.text).some((m) => m.model === model));
  const lead = `**${model.name}** has open weights, so you would host it on infrastructure of your own${named ? '.' : `. My documents give no hardware figures for ${model.name} itself; of running such a model they say:`}`;
  const [first, ...rest] = said;
  return { kind: 'explanation', answered: true, blocks: [{ text: `${lead} ${first!.text}`, passage: first!.passage }, ...rest.map((s) => ({ text: s.text, passage: s.passage }))], cites, models: [model] };
}
