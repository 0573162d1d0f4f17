import { accessLabel } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { detectAttribute, detectSuperlative } from '../catalog/attributes.js';
import { readConstraints, satisfies, type Constraints } from '../catalog/constraints.js';
import { numericValue } from '../catalog/facts.js';
import type { AnswerContext, Draft } from './context.js';
import { answerFromPassages } from './general.js';

interface Pick {
  model: CatalogEntry;
  score: number;
  why: string[];
}

/** Strengths and use cases of a model that share terms with the question. */
function matchingReasons(ctx: AnswerContext, model: CatalogEntry, questionTerms: Set<string>): { score: number; why: string[] } {
  let score = 0;
  const why: string[] = [];
  for (const phrase of [...model.strengths, ...model.use_cases]) {
    const terms = new Set(ctx.index.analyzer.terms(phrase));
    let s = 0;
    for (const t of terms) if (questionTerms.has(t)) s += ctx.index.idf(t);
    if (s > 0) {
      score += s;
      why.push(phrase);
    }
  }
  return { score, why };
}

function rankModels(ctx: AnswerContext, question: string, c: Constraints, pool: CatalogEntry[]): Pick[] {
  const questionTerms = new Set(ctx.index.analyzer.terms(question));
  const direction = detectSuperlative(question);
  const attribute = detectAttribute(question);
  const byPrice = c.cheap || (attribute === 'pricing' && direction === 'min');
  const byContext = attribute === 'context_window' && direction !== undefined;
  const picks = pool
    .filter((m) => satisfies(m, c))
    .map((model) => ({ model, ...matchingReasons(ctx, model, questionTerms) }));
  if (byPrice || byContext) {
    const measure = byPrice ? 'pricing' : 'context_window';
    const value = (p: Pick) => numericValue(p.model, measure, question);
    const priced = picks.filter((p) => value(p) !== undefined);
    if (priced.length > 0) {
      return priced.sort((a, b) => (byPrice ? value(a)! - value(b)! : value(b)! - value(a)!));
    }
  }
  // Stable: catalog order breaks ties, so the articles' own "leading" order shows through.
  return picks.sort((a, b) => b.score - a.score || Number(b.model.frontier) - Number(a.model.frontier));
}

function describePick(p: Pick): string {
  const reasons = p.why.length ? p.why.slice(0, 2) : p.model.strengths.slice(0, 1);
  const access = p.model.access === 'open' ? 'open weights' : p.model.access === 'proprietary' ? 'proprietary' : undefined;
  return [access, ...reasons].filter(Boolean).join('; ');
}

/** Which model or approach fits a need: catalog picks with reasons, plus the documents' guidance. */
export function answerRecommendation(ctx: AnswerContext, question: string): Draft {
  const c = readConstraints(question);
  const named = ctx.matcher.find(question).map((m) => m.model);
  const pool = named.length >= 2 ? named : ctx.kb.models;
  const picks = rankModels(ctx, question, c, pool);
  const hasConstraint = c.categories.length > 0 || c.access !== undefined || c.cheap || c.frontier;
  // "What should we optimise for / look for?" asks for properties, not for a model to pick.
  const wantsModel = !/\boptimi[sz]e\b|\blook for\b|\bprioriti[sz]e\b|\bconsider\b/i.test(question);
  const strong = wantsModel && picks.length > 0 && (hasConstraint || picks[0]!.score > 0) && (picks[0]!.score > 0 || c.categories.length > 0 || c.cheap);
  // With a catalog pick, the documents' guidance only supports it: keep it short.
  const prose = answerFromPassages(ctx, question, 'recommendation', [], strong ? { maxChars: 450, maxUnits: 3 } : {});

  if (!strong) return { ...prose, kind: 'recommendation' };
  const [top, ...others] = picks;
  const matched = c.reasons.length ? ` for ${c.reasons.join(', ')}` : '';
  const why = describePick(top!) || accessLabel(top!.model);
  const lines = [
    `**${top!.model.name}**${top!.model.developer ? ` (${top!.model.developer})` : ''} is the best fit${matched}.${why ? ` Why: ${why}.` : ''}`,
  ];
  const alternatives = others.slice(0, 3).map((p) => `${p.model.name} (${describePick(p) || 'also fits'})`);
  if (alternatives.length) lines.push(`Alternatives: ${alternatives.join('; ')}.`);
  const guidance = prose.answered ? `\n\n${prose.text}` : '';
  return {
    kind: 'recommendation',
    answered: true,
    text: lines.join('\n') + guidance,
    passages: [...[top!, ...others.slice(0, 2)].map((p) => ctx.modelPassage(p.model)).filter((p) => p !== undefined), ...(prose.answered ? prose.passages : [])],
    models: [top!.model, ...others.slice(0, 3).map((p) => p.model)],
  };
}
