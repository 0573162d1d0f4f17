/**
 * "Should we bet our product on video gen right now?", "should we let an agentic LLM loose on prod?":
 * a verdict on adopting a kind of model the documents call not yet mature. The answer is "Probably
 * not yet", and the reason is what the kind's documents say holds it back, the limits that meet the
 * situation's own words first ("long clips": it struggles with longer videos), not what the kind is
 * or a pick among its models.
 */
import type { Passage } from '../../knowledge/types.js';
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { pointsBack } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { categoryConcept } from '../understand/needs.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { asksProposalVerdict } from './proposal.js';
import { IMMATURE } from './type-setup.js';
import { asksVerdict } from './verdict.js';

/** What the documents name as a risk of using it: the limit that answers "is it safe?". */
const RISK = /\brisks?\b|\bsecurity\b|\bprivacy\b|\bunsafe\b|\bharm\w*/i;
/** An immaturity that grants the kind is usable already ("usable but still experimental"): yes, with care. */
const USABLE = /\busable\b|\bcan already\b|\bworks? well enough\b/i;
/**
 * The kind weighed: a model type the question names, the one that makes the content it asks for,
 * or a concept the documents give no kind (a raw article's bold term).
 */
function kindAsked(ctx: PlanContext, u: Understanding): Concept | undefined {
  return u.concepts.find((c) => c.kind === 'model-type') ?? categoryConcept(u.categories, ctx) ?? u.concepts.find((c) => c.kind === undefined);
}

/** Whether the question asks for a verdict on taking the kind up. */
function asksAdoption(u: Understanding): boolean {
  if (u.adoption.leansAgainst) return false;
  return asksProposalVerdict(u) || u.verdict.onPlan || (asksVerdict(u) && u.adoption.asksReady);
}

/** The verdict on adopting a kind its documents call immature, with what holds it back. */
export function maturityVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.models.length > 0 || !asksAdoption(u)) return undefined;
  const kind = kindAsked(ctx, u);
  if (!kind) return undefined;
  const limits = kind.aspects.get('limitations') ?? [];
  const own: Passage[] = [...(kind.defining ? [kind.defining] : []), ...limits];
  const immature = own.some((p) => analysed(ctx.index, p).units.some((x) => IMMATURE.test(x.unit.text)));
  if (!immature) return undefined;
  // The situation's own words, beyond the kind's name: "long", "length", "security".
  const named = new Set([kind.name, ...kind.names].flatMap((n) => ctx.index.analyzer.terms(n)));
  // Its own words too: one the index lacks ("long") may still begin one the section has ("longer").
  const asked = [...u.terms.filter((t) => t.weight >= 0.5).map((t) => t.term), ...u.said.terms];
  const said = [...new Set(asked)].filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && !named.has(t));
  // A word of the situation the section says in a longer form ("long" clips, "longer" videos).
  const meets = (x: AnalysedUnit) => said.some((t) => x.terms.has(t) || (t.length >= 4 && [...x.terms].some((s) => s.startsWith(t))));
  const section = limits[0];
  const reason = section ? held(analysed(ctx.index, section).units, meets) : immatureSentences(ctx, kind, meets);
  if (!reason) return undefined;
  const passage = section ?? kind.defining!;
  const verdict = USABLE.test(reason.split('\n')[0]!) ? 'Yes, with care' : 'Probably not yet';
  return { kind: 'recommendation', answered: true, blocks: [{ text: `${verdict}. ${reason}`, passage }], concepts: [kind], cites: [passage] };
}

/**
 * The section's opening and the limits that meet the situation: the bullets its opening announces
 * (all of them when none meets it), or its one sentence on what the situation names.
 */
function held(units: readonly AnalysedUnit[], meets: (x: AnalysedUnit) => boolean): string | undefined {
  const lead = units[0]?.unit.text;
  if (!lead) return undefined;
  const hits = units.slice(1).filter((x) => meets(x) && !pointsBack(x.unit.text));
  const bullets = units.filter((x) => x.unit.bullet);
  if (/:\s*$/.test(lead) && bullets.length > 0) {
    const shown = hits.filter((x) => x.unit.bullet);
    return [lead, ...(shown.length > 0 ? shown : bullets.slice(0, 4)).map((x) => x.unit.text)].join('\n');
  }
  // With none on the situation's words, a risk the documents name before any other limit.
  const next = hits.find((x) => !x.unit.bullet) ?? units.slice(1).find((x) => RISK.test(x.unit.text)) ?? units[1];
  return next ? `${lead} ${next.unit.text}` : lead;
}

/**
 * With no section on its limits, the defining section's sentence that calls the kind immature, then
 * the one after its definition that meets the situation ("run into issues … longer videos"), or else
 * the risk it names.
 */
function immatureSentences(ctx: PlanContext, kind: Concept, meets: (x: AnalysedUnit) => boolean): string | undefined {
  if (!kind.defining) return undefined;
  const units = analysed(ctx.index, kind.defining).units;
  const immature = units.find((x) => IMMATURE.test(x.unit.text) && !pointsBack(x.unit.text));
  if (!immature) return undefined;
  const rest = units.slice(1).filter((x) => x !== immature && !x.unit.bullet && !pointsBack(x.unit.text));
  const hit = rest.find(meets) ?? rest.find((x) => RISK.test(x.unit.text));
  return [immature, ...(hit ? [hit] : [])].map((x) => x.unit.text).join(' ');
}
