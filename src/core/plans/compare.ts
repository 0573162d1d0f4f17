/**
 * "X vs Y": the difference, naming both. Two catalog models with a figure asked for: the figures
 * side by side and which one wins. Two concepts: the section that compares them when the knowledge
 * has one, else a line on each side from its defining section.
 */
import { purposeLine } from './compare-purpose.js';
import { sidesForPurpose } from './compare-side-pick.js';
import { modelsForPurpose, purposeFit } from './compare-model-pick.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { matchBenchmarks, modelFact, modelProfile, numericValue, priceFigures } from '../catalog/facts.js';
import { formatTokens, formatUsd } from '../../knowledge/catalog-text.js';
import { fold } from '../../knowledge/search/text.js';
import { blockFrom, joinUnits } from '../compose/blocks.js';
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { pointsBack, rankEvidence, type Evidence } from '../evidence/sentences.js';
import { linkTokens } from '../lexicon/phrases.js';
import { conceptTerm } from './concept-term.js';
import type { Concept } from '../lexicon/concepts.js';
import { ATTRIBUTE_LABELS } from '../understand/attributes.js';
import type { Side, Understanding } from '../understand/types.js';
import { namedAsCriterion } from '../understand/sides.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { explain, explanationEvidence } from './explain.js';
import { afterLead, asksSpread, asksWhichSide, COMPARATIVE, comparativeLead, sideTerms } from './compare-verdict.js';
import { asksSameOrDifferent, sameOrDifferentLead } from './compare-same.js';
import { standingLines } from './compare-state.js';
import { topicComparison } from './compare-topic.js';
import { fitLead } from './compare-fit.js';
import { differenceLead, sharedFigures } from './compare-models.js';
import { manyLead, rankedOrder } from './compare-many.js';
import { unwrittenWords } from './side-written.js';
import { differenceFirst } from './compare-lines.js';
import { waysOfOneKind } from './compare-ways.js';
import { missingFigureLead } from './compare-missing.js';
import { needLead } from './compare-need.js';
import { useLine } from './compare-use.js';
import { askedRow } from './compare-row.js';
import { criterionLine, criterionTerms } from './compare-criterion-line.js';

const NUMERIC = new Set(['pricing', 'context_window', 'benchmark']);

/** A difference of two prices, rounded to what the prices themselves show ($2.425, $9.70). */
function usdGap(a: number, b: number): string {
  const d = Math.round(Math.abs(a - b) * 1000) / 1000;
  return Math.round(d * 100) / 100 === d ? `$${d.toFixed(2)}` : `$${d.toFixed(3)}`;
}

const timesWord = (r: number) => `${r >= 10 ? Math.round(r) : +r.toFixed(1)}×`;

/**
 * "How much cheaper is A than B?": both figures and the difference between them, with units. The
 * first model is the one ahead on what was asked (cheaper, larger, higher-scoring).
 */
function gapLead(u: Understanding, attribute: string, ahead: CatalogEntry, behind: CatalogEntry, wantsMin: boolean, benchmark?: string): string | undefined {
  if (attribute === 'pricing') {
    const [p, q] = [ahead.pricing, behind.pricing];
    if (!p || !q) return undefined;
    const only = u.figures.tokens === 'input' || u.figures.tokens === 'both' ? 'input' : u.figures.tokens === 'output' ? 'output' : undefined;
    const rates = (['input', 'output'] as const).filter((k) => !only || k === only).flatMap((k) => {
      const a = k === 'input' ? p.input_per_1m : p.output_per_1m;
      const b = k === 'input' ? q.input_per_1m : q.output_per_1m;
      return a === null || b === null ? [] : [{ k, a, b }];
    });
    if (rates.length === 0) return undefined;
    const word = wantsMin ? 'cheaper' : 'more expensive';
    const parts = rates.map((r) => `${usdGap(r.a, r.b)} per 1M ${r.k} tokens (${formatUsd(r.a)} vs ${formatUsd(r.b)})`);
    const ratio = rates.map((r) => (wantsMin ? r.b / r.a : r.a / r.b)).find((x) => Number.isFinite(x) && x > 0);
    const factor = ratio && ratio >= 1.5 ? `; ${wantsMin ? `${behind.name} costs about ${timesWord(ratio)} as much` : `about ${timesWord(ratio)} the price`}` : '';
    return `**${ahead.name}** is ${word} than ${behind.name} by ${parts.join(' and ')}${factor}.`;
  }
  const a = numericValue(ahead, attribute as 'context_window', u.figures);
  const b = numericValue(behind, attribute as 'context_window', u.figures);
  if (a === undefined || b === undefined) return undefined;
  if (attribute === 'context_window') {
    const short = (n: number) => formatTokens(n).replace(/\s*\(.*\)$/, '');
    const ratio = wantsMin ? b / a : a / b;
    return `**${ahead.name}**'s context window is ${short(Math.abs(a - b))} tokens ${wantsMin ? 'smaller' : 'larger'} than ${behind.name}'s (${short(a)} vs ${short(b)} tokens)${ratio >= 1.5 ? `, about ${timesWord(ratio)} ${wantsMin ? 'smaller' : 'the size'}` : ''}.`;
  }
  if (attribute === 'benchmark' && benchmark) {
    const score = (m: CatalogEntry) => matchBenchmarks(m, u.figures)[0]?.score ?? '';
    const percent = /%/.test(score(ahead));
    const d = Math.round(Math.abs(a - b) * 10) / 10;
    return `**${ahead.name}** scores ${d}${percent ? ' percentage points' : ' points'} ${wantsMin ? 'lower' : 'higher'} than ${behind.name} on ${benchmark} (${score(ahead)} vs ${score(behind)}).`;
  }
  return undefined;
}

/** "Gemini 2.5 Pro vs GPT-5 — which is cheaper?": figures for each, and the verdict. */
export function compareModels(ctx: PlanContext, u: Understanding, models: CatalogEntry[]): Draft {
  // "For an open-weight LLM, how do A and B differ?" of two open models: both meet the need, so it
  // cannot tell them apart; they are compared as if nothing more were asked (the lead says both are open).
  if (u.attribute === 'access' && models.length === 2 && models.every((m) => m.access === 'open')) {
    const { attribute: _asked, ...rest } = u;
    return compareModels(ctx, rest, models);
  }
  const attribute = u.attribute && u.attribute !== 'figure' ? u.attribute : u.superlative ? 'pricing' : undefined;
  const cites = models.map((m) => ctx.modelPassage(m)).filter((p): p is Passage => p !== undefined);
  if (attribute && NUMERIC.has(attribute)) {
    const values = models.map((m) => ({ m, v: numericValue(m, attribute, u.figures) }));
    // Scores on different benchmarks do not rank two models.
    const benchmark = attribute === 'benchmark' ? values.map((x) => (x.v === undefined ? undefined : matchBenchmarks(x.m, u.figures)[0]?.name)).find(Boolean) : undefined;
    const known = values.filter((x): x is { m: CatalogEntry; v: number } => x.v !== undefined && (!benchmark || matchBenchmarks(x.m, u.figures)[0]?.name === benchmark));
    const line = (m: CatalogEntry) => (attribute === 'pricing' ? (priceFigures(m) ? `- **${m.name}**: ${priceFigures(m)}` : `- **${m.name}**: no price in my documents`) : `- ${modelFact(m, attribute, u.figures) ?? `My documents don't state the ${ATTRIBUTE_LABELS[attribute]} of ${m.name}.`}`);
    const lines = models.map(line);
    if (known.length >= 2) {
      const wantsMin = attribute === 'pricing' ? u.superlative !== 'max' : u.superlative === 'min';
      const sorted = [...known].sort((a, b) => (wantsMin ? a.v - b.v : b.v - a.v));
      const [first, second] = [sorted[0]!, sorted[1]!];
      const ratio = wantsMin ? second.v / first.v : first.v / second.v;
      // What the winner has more or less of: "the cheaper price", "the larger context window", "the higher SWE-bench Verified score".
      const what =
        attribute === 'pricing' ? (wantsMin ? `cheaper price` : `higher price`) : attribute === 'context_window' ? `${wantsMin ? 'smaller' : 'larger'} context window` : `${wantsMin ? 'lower' : 'higher'} ${benchmark ? `${benchmark} ` : ''}score`;
      const tokens = attribute === 'pricing' ? (u.figures.tokens === 'input' || u.figures.tokens === 'both' ? ' for input tokens' : u.figures.tokens === 'output' ? ' for output tokens' : '') : '';
      const times = attribute !== 'pricing' ? '' : ratio >= 1.9 && ratio < 2.1 ? ' (about half the price)' : ratio >= 1.5 ? ` (about ${ratio.toFixed(ratio >= 10 ? 0 : 1)}×)` : '';
      const level = benchmark ? `${benchmark}` : ATTRIBUTE_LABELS[attribute];
      // Three or more: the one at the asked end of all of them, then every figure in ranked order.
      if (models.length > 2) {
        const lead = manyLead(attribute, sorted, models.length, wantsMin, tokens, benchmark);
        const ordered = rankedOrder(models, sorted);
        return { kind: 'comparison', answered: true, blocks: [{ text: lead }, { text: ordered.map(line).join('\n') }], cites, models: ordered };
      }
      const gap = u.asksGap && first.v !== second.v ? gapLead(u, attribute, first.m, second.m, wantsMin, benchmark) : undefined;
      const lead = first.v === second.v ? `${first.m.name} and ${second.m.name} are level on ${level}.` : gap ?? `**${first.m.name}** has the ${what} of the two${tokens}${times}.`;
      return { kind: 'comparison', answered: true, blocks: [{ text: lead }, { text: lines.join('\n') }], cites, models: [first.m, second.m] };
    }
    // The figure known for one side or none: the lead names every side and says so.
    const wantsMin = attribute === 'pricing' ? u.superlative !== 'max' : u.superlative === 'min';
    const missing = missingFigureLead(attribute, models, known.map((x) => x.m), wantsMin, benchmark);
    // The figure cannot settle a pick for a stated use; the catalog's uses may ("high-volume work on a budget").
    const forUse = u.comparison.use && models.length === 2 ? purposeFit(ctx, u, models, useWords(u)) : undefined;
    const blocks = [...(missing ? [{ text: missing }] : []), { text: lines.join('\n') }, ...(forUse ? [{ text: forUse.text }] : [])];
    return { kind: 'comparison', answered: known.length > 0, blocks, cites, models };
  }
  // "…for self-hosting", "…for long docs": how each stands on the need, then how the two differ.
  // Asked how they are deployed or whether they are open, that need is what the lead settles.
  const forNeed = attribute && attribute !== 'deployment' && attribute !== 'access' ? undefined : needLead(u, models);
  if (forNeed && models.length === 2) {
    const [a, b] = models as [CatalogEntry, CatalogEntry];
    const rest = [differenceLead(a, b), sharedFigures(a, b)].filter((x): x is Block => x !== undefined);
    const body = rest.length ? rest : [{ text: models.map((m) => `- ${modelProfile(m)}`).join('\n') }];
    return { kind: 'comparison', answered: true, blocks: [{ text: forNeed }, ...body], cites, models };
  }
  const onTopic = attribute ? undefined : topicComparison(ctx, u, models);
  if (onTopic) return onTopic;
  const facts = models.map((m) => (attribute ? modelFact(m, attribute, u.figures) : undefined) ?? modelProfile(m));
  const lines = { text: facts.map((f) => `- ${f}`).join('\n') };
  // "X vs Y for coding?": the one catalogued for that work fits better, said before the profiles.
  const fit = attribute ? undefined : fitLead(u, models);
  if (fit) return { kind: 'comparison', answered: true, blocks: [{ text: fit.text }, lines], cites, models: [fit.winner, ...models.filter((m) => m !== fit.winner)] };
  // Nothing more asked: what the two share, the difference, and the figures both have.
  const [a, b] = models;
  const lead = !attribute && models.length === 2 && a && b ? differenceLead(a, b) : undefined;
  if (lead && a && b) {
    const figures = sharedFigures(a, b);
    // "Gemini 2.5 Pro or Claude 4.5 Sonnet for long legal docs?": the one the purpose settles on, by its figure, first.
    const forUse = u.comparison.use ? purposeFit(ctx, u, models, useWords(u)) : undefined;
    const blocks = [...(forUse ? [{ text: forUse.text }] : []), lead, ...(figures ? [figures] : [])];
    return { kind: 'comparison', answered: true, blocks, cites, models: forUse ? [forUse.winner, ...models.filter((m) => m !== forUse.winner)] : models };
  }
  return { kind: 'comparison', answered: true, blocks: [lines], cites, models };
}

/** The use stated beside the sides, as the question words it ("our helpdesk", "a cheap high volume chatbot"). */
const useWords = (u: Understanding) => (u.comparison.use ? `${u.comparison.use.determiner ?? ''}${u.comparison.use.what}` : undefined);

/**
 * "Is Gemini 2.5 Flash cheaper than GPT-5?", "is Scout's window larger than Gemini's?": the figures
 * of both decide, and the verdict says whether the first one named is the one ahead.
 */
export function figureVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const [subject, other] = u.models;
  if (!subject || !other || !u.attribute || !['pricing', 'context_window', 'benchmark'].includes(u.attribute)) return undefined;
  const superlative = u.figures.comparative;
  if (!superlative) return undefined;
  const draft = compareModels(ctx, { ...u, superlative }, [subject, other]);
  const lead = draft.blocks[0];
  const winner = draft.models?.[0];
  if (!draft.answered || !lead || !winner || draft.blocks.length < 2 || !/\bof the two\b|\blevel on\b/.test(lead.text)) return undefined;
  const level = /\blevel on\b/.test(lead.text);
  return { ...draft, blocks: [{ ...lead, text: `${!level && winner === subject ? 'Yes' : 'No'}: ${lead.text}` }, ...draft.blocks.slice(1)] };
}

/**
 * The section comparing both concepts ("GANs vs diffusion models"), if the knowledge has one. Asked
 * for the trade-offs, of several such sections the one that weighs the sides on the most properties.
 */
function comparisonSection(ctx: PlanContext, u: Understanding, concepts: readonly Concept[]): Passage | undefined {
  const [a, b] = concepts;
  if (!a || !b) return undefined;
  // A section weighing a pair of its own ("Base models vs foundation models") that merely mentions a
  // side further on ("…a chat model tuned from it") compares something else.
  const sections = pairSections(concepts);
  if (u.aspect !== 'tradeoffs' || sections.length < 2) return sections[0];
  const properties = (p: Passage) => analysed(ctx.index, p).units.filter((x) => x.unit.bullet && /\svs\.?\s/i.test(x.unit.text)).length;
  return sections.reduce((best, p) => (properties(p) > properties(best) ? p : best));
}

/** The sections comparing the first two concepts with each other. */
function pairSections(concepts: readonly Concept[]): Passage[] {
  const [a, b] = concepts;
  if (!a || !b) return [];
  return (a.aspects.get('comparison') ?? []).filter((p) => (b.aspects.get('comparison') ?? []).includes(p) && headingWeighs(p, a, b));
}

/** Whether a section's heading, when it sets two things against each other ("X vs Y"), names both concepts. */
function headingWeighs(p: Passage, a: Concept, b: Concept): boolean {
  const heading = (p.headings.at(-1) ?? '').toLowerCase();
  if (!/\s(?:vs\.?|versus)\s/.test(heading)) return true;
  const names = (c: Concept) => c.names.some((n) => heading.includes(n.toLowerCase().replace(/s$/, '')));
  return names(a) && names(b);
}

/** A lead-in announcing a property-by-property list of both sides: "Property by property (closed vs open source):". */
const SIDE_BY_SIDE = /\([^()]{2,40}\s(?:vs\.?|versus)\s[^()]{2,40}\)\s*:\s*$/i;

/**
 * A comparing section that sets the sides out property by property reads from its top through the
 * last item: the properties are the trade-offs, and the opening alone gives only one of them.
 */
function sideBySide(opening: Evidence): Block | undefined {
  const units = opening.units;
  const at = units.findIndex((x, i) => SIDE_BY_SIDE.test(x.unit.text) && units[i + 1]?.unit.bullet);
  if (at < 0 || at > 3) return undefined;
  let end = at + 1;
  while (units[end]?.unit.bullet) end++;
  const text = joinUnits(units.slice(0, end));
  // Room for a lead that states the difference and when to pick which before the properties.
  return text.length <= 1200 ? { text, passage: opening.passage } : undefined;
}

/** A lead-in that announces how many items follow: "There are three deployment paths…:". */
const COUNTED_LEAD_IN = /\b(?:two|three|four|five|six|seven|\d+)\b[^:]*:\s*$/i;

/**
 * A section that lists more options than were asked about ("three deployment paths" for "API vs
 * fine-tuning"): the items on the sides asked about, without the lead-in counting the others; the
 * unasked option and a count the answer no longer shows would only be in the way.
 */
function askedItems(u: Understanding, units: readonly AnalysedUnit[], sides: readonly Side[], passage: Passage): Block | undefined {
  const intro = units[0];
  if (!intro || intro.unit.bullet || !COUNTED_LEAD_IN.test(intro.unit.text) || sides.length < 2) return undefined;
  let end = 1;
  while (units[end]?.unit.bullet) end++;
  const items = units.slice(1, end);
  if (items.length <= sides.length) return undefined;
  const picked = sides.map((side) => items.filter((x) => namesSide(x.unit.text.split(/[:;]/)[0]!, side)));
  if (picked.some((p) => p.length !== 1) || new Set(picked.map((p) => p[0])).size !== sides.length) return undefined;
  const chosen = items.filter((x) => picked.some((p) => p[0] === x));
  // An item the question names too ("batch vs streaming vs edge") was asked about after all.
  const question = u.text.toLowerCase();
  const label = (x: AnalysedUnit) => x.unit.text.replace(/^\s*[-*•+]\s+/, '').split(/[:;,]/)[0]!.toLowerCase().split(/\s+/)[0]!;
  if (items.some((x) => !chosen.includes(x) && label(x).length > 2 && new RegExp(`\\b${label(x).replace(/[^a-z0-9-]/g, '')}`).test(question))) return undefined;
  return { text: chosen.map((x) => (/^\s*[-*•+]\s/.test(x.unit.text) ? x.unit.text : `- ${x.unit.text}`)).join('\n'), passage };
}

/**
 * Two kinds of one thing ("7B vs 70B": two size classes of model size): the parent's section on its
 * trade-offs compares them when one of its sentences names both (a section comparing the parent with
 * something else, "generative AI vs LLMs", only when its heading names both sides).
 */
function parentSection(ctx: PlanContext, sides: readonly Side[]): Passage | undefined {
  const [a, b] = sides.map((s) => s.concept);
  const parent = a?.broader;
  if (!a || !b || !parent || b.broader !== parent) return undefined;
  const names = sideTerms(ctx, sides);
  const both = (terms: ReadonlySet<string>) => names.every((n) => [...n].some((t) => terms.has(t)));
  const sections = [...(parent.aspects.get('tradeoffs') ?? []), ...(parent.aspects.get('comparison') ?? []).filter((p) => both(analysed(ctx.index, p).section))];
  return sections.find((p) => analysed(ctx.index, p).units.some((x) => both(x.terms)));
}

/**
 * A side's one-line definition: the opening sentence of its defining section. Weighing the two
 * ("what do I gain or lose"), the line adds the section's sentence that sets the side against others
 * ("small models need less compute, cost less and answer faster").
 */
function sideLine(ctx: PlanContext, side: Side, weighing = false): Block | undefined {
  const concept = side.concept;
  if (side.model) return { text: `- ${modelProfile(side.model)}` };
  const passage = concept?.defining;
  if (!concept || !passage) return undefined;
  const units = analysed(ctx.index, passage).units;
  const first = units[0];
  if (!first) return undefined;
  const against = weighing ? units.slice(1).find((x) => !x.unit.bullet && COMPARATIVE.test(x.unit.text) && /\bthan\b|\bbut\b|\bwhile\b/i.test(x.unit.text)) : undefined;
  return { text: `- ${first.unit.text}${against ? ` ${against.unit.text}` : ''}`, passage };
}

/** A sentence of a side's own section, past its opening, that names both sides and weighs one against the other. */
function weighingSentence(ctx: PlanContext, sides: readonly Side[]): Block | undefined {
  if (sides.length !== 2) return undefined;
  for (const side of sides) {
    const passage = side.concept?.defining;
    if (!passage) continue;
    const found = analysed(ctx.index, passage).units.slice(1).find(
      (x) => !x.unit.bullet && COMPARATIVE.test(x.unit.text) && /\bthan\b/i.test(x.unit.text) && sides.every((s) => namesSide(x.unit.text, s)) && !pointsBack(x.unit.text),
    );
    if (found) return { text: found.unit.text, passage };
  }
  return undefined;
}

/** A line that names its side (a defining section can open on something else: "Though a base LLM…"). */
export function namesSide(text: string, side: Side): boolean {
  const lower = text.toLowerCase();
  // A bare "model" names every side.
  return [side.text, ...(side.concept?.names ?? [])].some((n) => n.length > 2 && !/^(?:an? |the )?(?:ai )?models?$/i.test(n) && lower.includes(n.toLowerCase().replace(/s$/, '')));
}

const written = (text: string) => ` ${fold(text).replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim()} `;

/**
 * Whether some passage writes a name: its words up to the version as one phrase ("GPT-5.1"), and
 * the words after it ("Instant") anywhere in the same passage ("GPT-5.1 offers two modes: Instant…").
 */
function documentsName(ctx: PlanContext, name: string): boolean {
  const tokens = name.split(' ');
  const version = tokens.findIndex((t) => /^\d/.test(t));
  const phrase = written(tokens.slice(0, version + 1).join(' '));
  const rest = tokens.slice(version + 1).map((t) => ` ${t} `);
  const term = ctx.index.analyzer.terms(tokens[0]!).find((t) => !t.startsWith('~'));
  return term !== undefined && ctx.index.passagesWith(term).some((p) => { const text = written(p.text); return text.includes(phrase) && rest.every((w) => text.includes(w)); });
}

/** A side no concept or model stands for, holding a word no passage has ("autoregressive"): the knowledge does not cover it. */
function uncovered(ctx: PlanContext, u: Understanding, side: Side): boolean {
  if (side.model || side.concept) return false;
  // A product named with its version that neither the catalog nor any passage holds ("Claude 3.5
  // Sonnet") has nothing to compare; one the documents write of (in a team's raw documents) may.
  const named = fold(side.text).replace(/[^a-z0-9.]+/g, ' ').trim();
  if (u.names.some((n) => fold(n).replace(/[^a-z0-9.]+/g, ' ').trim() === named) && !documentsName(ctx, named)) return true;
  const unknown = new Set(u.unknownTerms.map((w) => w.toLowerCase()));
  if (side.text.toLowerCase().split(/[^a-z0-9-]+/).some((w) => unknown.has(w))) return true;
  // A word that shares only its stem with the documents' words ("discriminative", "top-p") is not
  // covered either; unless the question names a known thing for every side, when the side was misread
  // ("the hardest part for video models compared to image models").
  return u.concepts.length + u.models.length < sidesOf(u).length && unwrittenWords(ctx.index, side.text).length > 0;
}

/** A section comparing a pair that leaves out one of the sides asked about compares something else. */
function comparesAnotherPair(ctx: PlanContext, passage: Passage | undefined, sides: readonly Side[]): boolean {
  if (!passage || passage.aspect !== 'comparison') return false;
  const about = ctx.concepts.about(passage);
  const text = `${passage.headings.join(' ')} ${passage.text}`.toLowerCase();
  return sides.some((side) => {
    // A section about a pair of its own ("RAG vs fine-tuning") names what it weighs in its heading or
    // opening (its first sentence and the one or first item after it): a side it mentions only further
    // on ("or add prompt engineering on top") is not one.
    // A heading that sets a pair against each other ("Base models vs foundation models") names its pair.
    const heading = (passage.headings.at(-1) ?? '').toLowerCase();
    if (side.concept && /\s(?:vs\.?|versus)\s/.test(heading)) return !side.concept.names.some((n) => heading.includes(n.toLowerCase().replace(/s$/, '')));
    if (side.concept && about.length >= 2 && !about.includes(side.concept)) {
      const opening = `${passage.headings.at(-1) ?? ''} ${analysed(ctx.index, passage).units.slice(0, 2).map((x) => x.unit.text).join(' ')}`.toLowerCase();
      return !side.concept.names.some((n) => opening.includes(n.toLowerCase().replace(/s$/, '')));
    }
    if (side.concept) return !about.includes(side.concept) && !side.concept.names.some((n) => text.includes(n.toLowerCase().replace(/s$/, '')));
    const name = side.model?.name ?? side.text;
    return !text.includes(name.toLowerCase());
  });
}

/** "How does GPT-6 compare to Beta 1?": that one side is not covered, and what is known of the other. */
function unknownSide(ctx: PlanContext, missing: readonly string[], sides: readonly Side[]): Draft {
  const known = sides.filter((s) => s.model || s.concept);
  const lines = known.map((s) => sideLine(ctx, s)).filter((b): b is Block => b !== undefined);
  const others = known.map((s) => s.model?.name ?? s.text);
  const text = `My documents don't cover ${missing.join(' or ')}, so I can't compare ${missing.length > 1 || /\b(?:models|networks|systems|llms)$/i.test(missing[0] ?? '') ? 'them' : 'it'}${others.length ? ` with ${others.join(' or ')}` : ''}.`;
  return { kind: 'no_answer', answered: false, blocks: [{ text }, ...lines] };
}

export function answerComparison(ctx: PlanContext, u: Understanding): Draft {
  const draft = comparedFor(ctx, u);
  // "…for a bank": the advice for the need stated beside the sides closes the comparison.
  if (draft.kind !== 'comparison' || !draft.answered || (draft.models?.length ?? 0) >= 2) return draft;
  const line = purposeLine(ctx, u, sidesOf(u), draft.blocks, namesSide);
  if (line) return { ...draft, blocks: [...draft.blocks, line] };
  // "Small vs large model for a chatbot": which kind the stated use suits, by the uses listed for each.
  const use = useLine(ctx, u, sidesOf(u), draft.blocks, namesSide);
  return use ? { ...draft, blocks: [...draft.blocks, use] } : draft;
}

function comparedFor(ctx: PlanContext, u: Understanding): Draft {
  // "Which one would you pick for a support bot?" of the two kinds just compared.
  const forPurpose = modelsForPurpose(ctx, u) ?? sidesForPurpose(ctx, u);
  if (forPurpose) return forPurpose;
  // "Is GPT-5 more expensive than Claude?" asked as a comparison still wants its yes or no.
  const verdict = u.comparison.opensYesNo ? figureVerdict(ctx, u) : undefined;
  if (verdict) return verdict;
  // "Open vs closed LLMs if we need low latency": a measure named beside two kinds is what they are
  // weighed on, not a third thing to define.
  const measured = onMeasure(ctx, u);
  if (measured) return measured;
  const draft = compareSides(ctx, u);
  // "Any real difference?": whether the two names mean one thing comes first.
  if (draft.kind === 'comparison' && draft.answered && asksSameOrDifferent(u)) {
    const same = sameOrDifferentLead(ctx, sidesOf(u));
    if (same) return { ...draft, blocks: [same, ...draft.blocks] };
  }
  // "Which one wins?", "how far apart are they on X?": the sentence that says which side is ahead
  // (and by how much) opens the answer.
  // So does "open vs closed models on MMLU?": a criterion named beside the sides picks the evidence.
  const sides = sidesOf(u);
  const weighedOn = u.concepts.some((c) => !sides.some((s) => s.concept === c) && namedAsCriterion(u.text, c));
  if (draft.kind !== 'comparison' || (draft.models?.length ?? 0) >= 2 || !(asksWhichSide(u) || asksSpread(u) || weighedOn)) return draft;
  const lead = comparativeLead(ctx, u, sides);
  if (!lead) return draft;
  const rest = afterLead(ctx, lead, draft.blocks, sides);
  // After the verdict, where each side stands says more than what each side is.
  const definitions = new Set(sides.map((s) => sideLine(ctx, s)?.text).filter((t): t is string => t !== undefined));
  const defines = (b: Block) => b.text.split('\n').every((line) => definitions.has(line));
  const standings = rest.every(defines) ? standingLines(ctx, sides, lead) : undefined;
  if (standings) return { ...draft, answered: true, blocks: [lead, standings.block], cites: [...(draft.cites ?? []), ...standings.cites] };
  return { ...draft, answered: true, blocks: [lead, ...rest] };
}

/**
 * Two kinds weighed on a measure the knowledge names ("latency", "uptime", a benchmark): the sentence
 * that ranks them on it leads when the documents have one; otherwise the comparison of the two kinds,
 * said without the measure's own section, and that the documents do not weigh them on it.
 */
function onMeasure(ctx: PlanContext, u: Understanding): Draft | undefined {
  const sides = sidesOf(u);
  if (sides.length !== 2 || !sides.every((s) => s.concept && !s.model)) return undefined;
  const measures = u.concepts.filter((c) => (c.kind === 'metric' || c.kind === 'benchmark') && !sides.some((s) => s.concept === c));
  const measure = measures[0];
  if (!measure || measures.length > 1) return undefined;
  const own = new Set(ctx.index.analyzer.terms(measure.names.join(' ')));
  const lead = comparativeLead(ctx, u, sides);
  // The lead weighs them on the measure when it names it by any of its names ("on the MMLU benchmark")
  // or in the words its main name stands for ("respond more slowly" for latency), not when it merely
  // shares a word with an alias ("tokens per month" against "tokens per second").
  const said = (text: string) => { const terms = new Set(ctx.index.analyzer.terms(text)); return ctx.index.analyzer.terms(measure.name).some((t) => terms.has(t)) || ctx.concepts.dictionary.find(linkTokens(text)).some((x) => x.value === measure); };
  if (lead && said(lead.text)) return undefined;
  const without: Understanding = { ...u, concepts: u.concepts.filter((c) => c !== measure), terms: u.terms.filter((t) => !own.has(t.term)) };
  const draft = compareSides(ctx, without);
  if (draft.kind !== 'comparison' || !draft.answered) return undefined;
  // "generative adversarial networks", "API access", "self-hosting": as the documents name them, mid-sentence.
  const named = (c: Concept) => conceptTerm(ctx, c).replace(/\s*\([^)]*\)$/, '').replace(/^[A-Z](?=[a-z])/, (w) => w.toLowerCase()).replace(/\b(model|network|llm|system)$/i, '$1s');
  const [a, b] = sides.map((s) => named(s.concept!));
  const unsaid: Block = { text: `My documents don't weigh ${a} and ${b} against each other on ${measure.name}.` };
  return { ...draft, blocks: [...draft.blocks, unsaid] };
}

/**
 * "Why did transformers beat recurrent models?": an explanation that opens on one side's definition
 * says what that side is, not why the other won; the section comparing the two says what made the
 * difference, so it answers instead when the knowledge has one.
 */
export function answerWhyOneWon(ctx: PlanContext, u: Understanding, explained: Draft): Draft {
  const [a, b] = u.concepts;
  const first = explained.blocks[0]?.passage;
  if (!a || !b || u.concepts.length > 2 || !explained.answered || !first || !u.comparison.whyWon) return explained;
  if (first !== a.defining && first !== b.defining) return explained;
  const section = comparisonSection(ctx, { ...u, aspect: 'comparison' }, [a, b]);
  if (!section) return explained;
  const sides: Side[] = [a, b].map((c) => ({ text: c.name, concept: c }));
  const draft = compareSides(ctx, { ...u, intent: 'comparison', aspect: 'comparison', sides });
  return draft.answered && draft.blocks[0]?.passage === section ? draft : explained;
}

/** "discriminative vs generative models": the first side is "discriminative models", the head noun both share. */
function withSharedHead(side: Side, sides: readonly Side[]): string {
  if (sides.length !== 2 || /\b(?:models?|networks?|llms?|systems?|ai)$/i.test(side.text)) return side.text;
  const head = / (models?|networks?|llms?|systems?)$/i.exec(sides.find((s) => s !== side)?.text ?? '')?.[1];
  return head ? `${side.text} ${head}` : side.text;
}

function sidesOf(u: Understanding): Side[] {
  return u.sides.length >= 2 ? u.sides : [...u.unknownNames.map((text) => ({ text })), ...u.models.map((m) => ({ text: m.name, model: m })), ...u.concepts.map((c) => ({ text: c.name, concept: c }))];
}

function compareSides(ctx: PlanContext, u: Understanding): Draft {
  const sides = sidesOf(u);
  // A side the knowledge does not know is not answered with a comparison of something else.
  const missing = [...new Map([...u.unknownNames, ...sides.filter((s) => uncovered(ctx, u, s)).map((s) => withSharedHead(s, sides))].map((n) => [n.toLowerCase(), n])).values()];
  if (missing.length > 0 && sides.length >= 2) return unknownSide(ctx, missing, sides);
  const models = sides.map((s) => s.model).filter((m): m is CatalogEntry => m !== undefined);
  if (models.length >= 2) return compareModels(ctx, u, models.slice(0, 6));
  // "A code LLM built from a chat model vs one trained from scratch": one kind, two ways of building it.
  const ways = waysOfOneKind(ctx, u, sides);
  if (ways) return ways;
  const concepts = sides.map((s) => s.concept).filter((c): c is Concept => c !== undefined);
  // "When does X make more sense than Y?" is answered by the section on when to choose X.
  if (u.aspect === 'choosing') {
    const choosing = explain(ctx, { ...u, concepts }, 'choosing');
    if (choosing.answered) return { ...choosing, kind: 'comparison' };
  }
  const section = comparisonSection(ctx, u, concepts);
  // "…on transparency?": the row of a property-by-property comparison on the property asked leads.
  const row = section ? askedRow(ctx, u, pairSections(concepts), sides) : undefined;
  if (row) return { kind: 'comparison', answered: true, blocks: row, concepts };
  // The section comparing both leads, unless another passage answers more of what was asked ("ROI").
  const evidence = explanationEvidence(ctx, u, 'comparison', concepts, false);
  const inSection = section ? evidence.find((e) => e.passage === section) : undefined;
  // Asked for the trade-offs, another section comparing the same pair was passed over on purpose;
  // and a side's own definition, however many of the words it holds, speaks for one side only.
  const samePair = (p: Passage) => u.aspect === 'tradeoffs' && concepts.slice(0, 2).every((c) => (c.aspects.get('comparison') ?? []).includes(p));
  const oneSide = (p: Passage) => u.aspect === 'tradeoffs' && concepts.some((c) => c.defining === p);
  const elsewhere = evidence.find((e) => e.passage !== section && !samePair(e.passage) && !oneSide(e.passage));
  if (section && !(elsewhere && inSection && elsewhere.coverage >= inSection.coverage + 0.2 && elsewhere.score > inSection.score)) {
    const units = analysed(ctx.index, section).units;
    const ranked = rankEvidence(ctx.index, u.terms, [{ passage: section, score: 1, about: true }]);
    const opening = ranked.find((e) => e.unit.unit.index === 0) ?? ranked[0]!;
    const lead = askedItems(u, units, sides, section) ?? sideBySide(opening) ?? blockFrom(opening, { maxChars: 520, maxUnits: 4, fromStart: true });
    const blocks: Block[] = [lead];
    // A short section that leaves a side unnamed gets a line on that side.
    if (lead.text.length < 260 && units.length <= 2) {
      for (const side of sides) {
        const named = side.concept?.names.some((n) => lead.text.toLowerCase().includes(n.toLowerCase().replace(/s$/, ''))) ?? lead.text.includes(side.text);
        const line = named ? undefined : sideLine(ctx, side);
        if (line) blocks.push(line);
      }
    }
    return { kind: 'comparison', answered: true, blocks, concepts };
  }
  // Two kinds of one thing: the parent's section weighing its kinds, then what each side gives and costs.
  const parent = parentSection(ctx, sides);
  if (parent) {
    const ranked = rankEvidence(ctx.index, u.terms, [{ passage: parent, score: 1, about: true }]);
    const lead = blockFrom(ranked.find((e) => e.unit.unit.index === 0) ?? ranked[0]!, { maxChars: 420, maxUnits: 3, fromStart: true });
    // A lead that already sets one side against the other ("small models win on speed and price,
    // while large ones win on capability") has said what each line's weighing sentence would repeat.
    const names = sideTerms(ctx, sides);
    const leadTerms = new Set(ctx.index.analyzer.terms(lead.text));
    const weighs = COMPARATIVE.test(lead.text) && names.every((n) => [...n].some((t) => leadTerms.has(t)));
    const weighed = sides.map((s) => sideLine(ctx, s, !weighs)).filter((b): b is Block => b !== undefined);
    return { kind: 'comparison', answered: true, blocks: [lead, ...(weighed.length >= 2 ? [{ text: weighed.map((l) => l.text).join('\n') }] : [])], cites: weighed.map((l) => l.passage).filter((p): p is Passage => p !== undefined), concepts };
  }
  // No section compares them: the best passage about both, else what each one is.
  const joint = explain(ctx, { ...u, concepts: concepts.length ? concepts : u.concepts }, 'comparison');
  // "…on time and cost": each side's line states that property when its sections do.
  const criterion = criterionTerms(ctx, u.text, sides);
  const lineOf = (side: Side) => criterionLine(ctx, side, criterion) ?? sideLine(ctx, side);
  const sided = sides.flatMap((side) => { const line = lineOf(side); return line ? [{ side, line }] : []; });
  const lines = sided.map((x) => x.line);
  // Lines alone: the one that states the difference leads.
  const byLines = (): Block[] => {
    const first = differenceFirst(sided, namesSide);
    if (first) return first;
    // Neither line says how they differ: a sentence of either side's section that weighs the two
    // ("…makes reasoning models better at multi-step work than chat models") leads the lines.
    const weighing = weighingSentence(ctx, sides);
    const list = { text: lines.map((l) => l.text).join('\n') };
    return weighing ? [weighing, list] : [list];
  };
  // A section comparing another pair ("GANs vs diffusion" for "VAE vs GAN") does not lead.
  if (joint.answered && !comparesAnotherPair(ctx, joint.blocks[0]?.passage, sides)) {
    const leadText = joint.blocks[0]?.text ?? '';
    const named = concepts.filter((c) => c.names.some((n) => leadText.toLowerCase().includes(n.toLowerCase())));
    // A side's own definition that merely mentions the other ("…the opposite of an image generator")
    // describes one side: the other gets its line too.
    const oneSided = concepts.find((c) => c.defining !== undefined && c.defining === joint.blocks[0]?.passage);
    const others = oneSided
      ? sides
          .filter((s) => s.concept !== oneSided)
          .map((s) => ({ s, line: lineOf(s) }))
          .flatMap(({ s, line }) => (line && namesSide(line.text, s) ? [line] : []))
      : [];
    // The other side's line that sets it against this one ("the reverse of …") says the difference itself.
    const against = oneSided && sided.length === 2 ? differenceFirst(sided, namesSide) : undefined;
    if (against && against[0]!.passage !== oneSided?.defining && others.length > 0) return { kind: 'comparison', answered: true, blocks: against, cites: lines.map((l) => l.passage).filter((p): p is Passage => p !== undefined), concepts };
    if (named.length >= Math.min(2, concepts.length) && others.length > 0) {
      // A lead quoted from further into that side's section ("…makes reasoning models better than
      // chat models") says how they differ, not what the side is: its line joins the others'.
      const ownSide = sides.find((s) => s.concept === oneSided);
      const own = ownSide ? sideLine(ctx, ownSide) : undefined;
      const opening = own?.text.slice(2, 80) ?? '';
      const withOwn = own && ownSide && namesSide(own.text, ownSide) && !leadText.includes(opening) ? (sides.indexOf(ownSide) === 0 ? [own, ...others] : [...others, own]) : others;
      return { kind: 'comparison', answered: true, blocks: [joint.blocks[0]!, { text: withOwn.map((l) => l.text).join('\n') }], cites: withOwn.map((l) => l.passage).filter((p): p is Passage => p !== undefined), concepts };
    }
    if (named.length >= Math.min(2, concepts.length)) return { ...joint, kind: 'comparison' };
    if (lines.length >= 2) return { kind: 'comparison', answered: true, blocks: [joint.blocks[0]!, { text: lines.map((l) => l.text).join('\n') }], concepts };
    return { ...joint, kind: 'comparison' };
  }
  if (lines.length >= 2) return { kind: 'comparison', answered: true, blocks: byLines(), cites: lines.map((l) => l.passage).filter((p): p is Passage => p !== undefined), concepts };
  return notAnswered();
}
