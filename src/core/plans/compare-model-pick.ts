/**
 * "Which of the two for our helpdesk bot?" after two catalog models were compared: the pick between
 * those two, never a third model. The catalog settles it when only one of them is made for the kind
 * of work named, when a cost need puts the cheaper first, or when only one entry lists the stated
 * purpose among its uses; otherwise the answer says the documents don't pick and gives what each is for.
 */
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { priceFigures } from '../catalog/facts.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { fitLead } from './compare-fit.js';
import { contextLead } from './compare-need.js';

/** What the entry is catalogued for, as noun phrases ("writing, question answering and summarisation"). */
function usesOf(m: CatalogEntry): string[] {
  return [...m.use_cases, ...m.strengths].filter((s) => !/^[A-Z]/.test(s) && !/[{}]/.test(s) && !/[.!?]$/.test(s.trim()));
}

const inputPrice = (m: CatalogEntry) => m.pricing?.input_per_1m ?? undefined;

/** The one entry whose uses hold the purpose's words, with the use that holds most of them. */
function purposeMatch(ctx: PlanContext, purpose: string, models: readonly CatalogEntry[]): { model: CatalogEntry; use: string } | undefined {
  const asked = new Set(ctx.index.analyzer.terms(purpose).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  if (asked.size === 0) return undefined;
  const best = models.map((model) => {
    const scored = usesOf(model).map((use) => ({ use, n: ctx.index.analyzer.terms(use).filter((t) => asked.has(t)).length }));
    return { model, ...scored.sort((x, y) => y.n - x.n)[0] ?? { use: '', n: 0 } };
  });
  const [a, b] = best.sort((x, y) => y.n - x.n);
  return a && a.n > 0 && (!b || b.n < a.n) ? { model: a.model, use: a.use } : undefined;
}

/**
 * The one of two models the stated purpose settles, and the lead that says why: the one catalogued
 * for the kind of work; for long inputs the larger context window; on a budget the cheaper; else
 * the only one whose catalog uses hold the purpose's words. Undefined when the catalog does not settle it.
 */
export function purposeFit(ctx: PlanContext, u: Understanding, models: readonly CatalogEntry[], purpose: string | undefined): { text: string; winner: CatalogEntry } | undefined {
  if (models.length !== 2) return undefined;
  const [a, b] = models as [CatalogEntry, CatalogEntry];
  const forWhat = purpose ? `For ${purpose}` : 'Of the two';
  const fit = fitLead(u, models);
  if (fit) return fit;
  const c = u.constraints;
  if (c.longContext && a.context_window && b.context_window && a.context_window !== b.context_window) {
    const winner = a.context_window > b.context_window ? a : b;
    return { text: contextLead(a, b)!, winner };
  }
  const [pa, pb] = models.map(inputPrice);
  if ((c.budget || c.highVolume || c.smallTeam) && pa !== undefined && pb !== undefined && pa !== pb) {
    const [cheap, dear] = pa < pb ? [a, b] : [b, a];
    return { text: `${forWhat}, **${cheap.name}** is the cheaper of the two: ${priceFigures(cheap)}, against ${priceFigures(dear)} for ${dear.name}.`, winner: cheap };
  }
  const match = purpose ? purposeMatch(ctx, purpose, models) : undefined;
  if (match) return { text: `${forWhat}, **${match.model.name}** is the better fit of the two: my documents list it for ${match.use}.`, winner: match.model };
  return undefined;
}

/** The pick between two compared models for the purpose a follow-up states; undefined when the sides are not two models. */
export function modelsForPurpose(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.sidePick || u.sides.length !== 2 || !u.sides.every((s) => s.model)) return undefined;
  const models = u.sides.map((s) => s.model!);
  const purpose = u.sidePick.for;
  const lines = models.map((m) => `- **${m.name}**: ${usesOf(m).slice(0, 2).join('; ') || m.categories.join(', ')}`).join('\n');
  const cites = models.map((m) => ctx.modelPassage(m)).filter((p): p is Passage => p !== undefined);
  const answer = (lead: string, winner?: CatalogEntry): Draft => ({ kind: 'comparison', answered: true, blocks: [{ text: `${lead}\n${lines}` }], cites, models: winner ? [winner, ...models.filter((m) => m !== winner)] : models });
  const fit = purposeFit(ctx, u, models, purpose || undefined);
  if (fit) return answer(fit.text, fit.winner);
  const [a, b] = models as [CatalogEntry, CatalogEntry];
  return answer(`My documents don't pick between ${a.name} and ${b.name}${purpose ? ` for ${purpose}` : ''}; what each one is for:`);
}
