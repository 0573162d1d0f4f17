/**
 * Superlatives over models: the top of the catalog on a figure (price, context window, a benchmark,
 * a stat such as enterprise share), or on a strength ("best prompt fidelity"), within the category,
 * openness and scope the question gives ("which of those").
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { matchStat, modelFact, numericValue, priceFigures } from '../catalog/facts.js';
import type { Attribute, Understanding } from '../understand/types.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';
import { explain } from './explain.js';
import { familyPool, pickModels } from './pick-model.js';

type Measure = Attribute | 'stat';

function measureOf(u: Understanding, pool: readonly CatalogEntry[]): Measure | undefined {
  if (u.attribute === 'pricing' || u.attribute === 'context_window' || u.attribute === 'benchmark') return u.attribute;
  if (u.constraints.longContext) return 'context_window';
  if (pool.some((m) => matchStat(m, u.text))) return 'stat';
  return undefined;
}

function valueText(m: CatalogEntry, measure: Measure, u: Understanding): string {
  if (measure === 'context_window' && m.context_window) return `${formatTokens(m.context_window)} tokens`;
  if (measure === 'pricing') return priceFigures(m) ?? '';
  const fact = modelFact(m, measure === 'stat' ? undefined : measure, u.text);
  return fact ? fact.replace(new RegExp(`^${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:?\\s*`), '').replace(/\.$/, '') : '';
}

export function answerRanking(ctx: PlanContext, u: Understanding): Draft {
  // "The most common kind of multimodal LLM" ranks kinds, which the documents describe, not models.
  if (ctx.kb.models.length === 0 || /\b(?:kinds?|types?|sorts?|variants?|forms?|flavou?rs?)\s+of\b/i.test(u.text)) return explain(ctx, u, undefined);
  const scope = familyPool(ctx, u);
  // A ranking needs something to rank by and something to rank: a figure, a need, a kind of model.
  const about = u.attribute !== undefined || u.categories.length > 0 || scope !== undefined || u.constraints.openWeights || u.constraints.frontier || u.concepts.some((c) => c.kind === 'model-type');
  if (!about) return explain(ctx, u);
  const byContext = u.attribute === 'context_window' || u.constraints.longContext;
  const eligible = pickModels(ctx.index, ctx.kb.models, { ...u, ...(byContext ? { categories: [] } : {}), constraints: { ...u.constraints, budget: false, highVolume: false, longContext: false } }, scope).map((p) => p.model);
  const measure = measureOf(u, eligible);
  if (measure) {
    const direction = u.superlative ?? (measure === 'pricing' ? 'min' : 'max');
    const ranked = eligible
      .map((m) => ({ m, v: numericValue(m, measure, u.text) }))
      .filter((x): x is { m: CatalogEntry; v: number } => x.v !== undefined)
      .sort((a, b) => (direction === 'max' ? b.v - a.v : a.v - b.v));
    if (ranked.length > 0) {
      const [first, ...rest] = ranked.slice(0, 3);
      const lead = `**${first!.m.name}**${first!.m.developer ? ` (${first!.m.developer})` : ''} ranks first: ${valueText(first!.m, measure, u)}.`;
      const next = rest.length ? `Next: ${rest.map((r) => `${r.m.name} (${valueText(r.m, measure, u)})`).join('; ')}.` : '';
      const models = ranked.slice(0, 3).map((r) => r.m);
      const cites = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
      return { kind: 'fact', answered: true, blocks: [{ text: next ? `${lead}\n${next}` : lead }], cites, models };
    }
    return notAnswered('fact', `My documents don't give that figure for ${scope ? 'those models' : 'the models that fit'}.`);
  }
  const picks = pickModels(ctx.index, ctx.kb.models, u, scope);
  const top = picks[0];
  if (!top || top.score <= 0) return explain(ctx, u);
  const why = top.reasons.slice(0, 2).join('; ');
  const text = `**${top.model.name}**${top.model.developer ? ` (${top.model.developer})` : ''}${why ? `: ${why}` : ''}.`;
  const cites = [ctx.modelPassage(top.model)].filter((p) => p !== undefined);
  return { kind: 'recommendation', answered: true, blocks: [{ text }], cites, models: [top.model] };
}
