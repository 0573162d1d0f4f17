/**
 * "Which X for this situation?": the pick of the kind asked for, first. A model when a model is
 * asked (from the catalog, with reasons tied to the stated constraints and alternatives from the
 * same category); a model type, setting, deployment, size class, benchmark or approach otherwise,
 * from the knowledge's concepts of that kind and its advice sections.
 */
import type { CatalogEntry, ConceptKind, Passage } from '../../knowledge/types.js';
import { nameTokens } from '../catalog/model-matcher.js';
import { categoryLabels } from '../../knowledge/catalog-text.js';
import { analysed } from '../evidence/analysed.js';
import { blockFrom } from '../compose/blocks.js';
import { retrievePassages, type Candidate } from '../evidence/retrieve.js';
import { pointsBack, rankEvidence, type Evidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { linkTokens } from '../lexicon/phrases.js';
import { noConstraints } from '../understand/needs.js';
import type { Target, Understanding } from '../understand/types.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { goesOtherWay, kindReason, kindWanted, unmetNeeds } from './content-kind.js';
import { familyPool, fitsCategory, pickModels } from './pick-model.js';
import { supported } from './support.js';
import { kindTerms, scopedElsewhere, scopedToOtherKind, withNeedTerms, withoutKindWords } from './need-terms.js';

const KINDS: Record<Exclude<Target, 'model'>, ConceptKind[]> = {
  // "What kind of models for faster image generation?" may be answered by a kind made by a technique (distilled models).
  'model-type': ['model-type', 'technique'],
  setting: ['setting'],
  deployment: ['deployment'],
  'size-class': ['size-class'],
  benchmark: ['benchmark'],
  approach: ['technique', 'deployment'],
};

/** The opening that names a pick of each kind, in a plain sentence. */
const LEADS: Record<Exclude<Target, 'model'>, (name: string) => string> = {
  'model-type': (name) => `Use ${name}.`,
  setting: (name) => `Change the ${name} setting.`,
  deployment: (name) => `Go with ${name}.`,
  'size-class': (name) => `Look at ${name}.`,
  benchmark: (name) => `Check ${name}.`,
  approach: (name) => `Use ${name}.`,
};

export function recommendModel(ctx: PlanContext, u: Understanding, kindIsReason = true): Draft | undefined {
  if (ctx.kb.models.length === 0) return undefined;
  const pool = familyPool(ctx, u);
  const picks = pickModels(ctx.index, ctx.kb.models, u, pool);
  const top = picks[0];
  if (!top) return undefined;
  // A pick needs something that decided it: a kind of content, a constraint that orders models, a
  // named family, or strengths that match the need. Otherwise it is a guess.
  const ordered = u.constraints.budget || u.constraints.highVolume || u.constraints.longContext || u.constraints.frontier;
  const decided = u.categories.length > 0 || pool !== undefined || ordered || top.matched > 0 || (top.score > 0 && !noConstraints(u.constraints));
  // A pick with no reason to give is a guess, not a recommendation; the kind of content asked for,
  // when it decided the pick, is a reason ("it makes images").
  const byKind = kindIsReason && top.reasons.length === 0 && pool === undefined ? kindReason(top.model, u.categories) : undefined;
  if (byKind) top.reasons.push(byKind);
  if (!decided || top.reasons.length === 0) return undefined;
  const m = top.model;
  // Why, in the documents' own words when a sentence names the model and speaks to the need.
  const reasonEvidence = documentReason(ctx, u, m);
  const found = reasonEvidence?.text;
  // The constraints it meets come first; with the documents' sentence, its strengths would say it twice.
  const constraintReasons = top.reasons.filter((r) => !top.strengths.includes(r));
  const reasons = found ? constraintReasons.slice(0, 2) : top.reasons.slice(0, 2);
  // A sentence that opens by naming the pick again ("Runway Gen-3 (Runway): the most accessible…") is read as its reason.
  const restated = found ? new RegExp(`^\\**${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\**(?:\\s*\\([^)]*\\))?\\s*:\\s*`, 'i').exec(found) : null;
  const rest = restated && found ? found.slice(restated[0].length).replace(/\.$/, '') : undefined;
  // One that opens with its name as the subject ("Claude 4.5 Sonnet is the enterprise leader…")
  // speaks of it as "it": the name was just said in bold.
  const subject = found && !restated ? new RegExp(`^\\**${escapeRe(m.name)}\\**(?:\\s*\\([^)]*\\))?\\s+(?=[a-z])`, 'i').exec(found) : null;
  const spoken = subject && found ? `It ${found.slice(subject[0].length)}` : found;
  const said = rest && reasons.length === 0 ? undefined : rest ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}.` : spoken;
  const why = reasons.length ? `: ${reasons.join('; ')}` : rest ? `: ${rest}` : '';
  // A need no model at hand meets (data that must stay in-house, a prompt no window takes) is said
  // first, and the pick is offered only as the closest fit.
  const caveat = unmetNeeds(u, top);
  // The documents' sentence names the pick and its equals ("the standard tools are CTGAN and
  // TabGAN"): it is the answer, every option it names in bold, with no one of them crowned.
  // Only a sentence that speaks to most of the need stands in for the pick's own line.
  const peers = said && !caveat && (reasonEvidence?.coverage ?? 0) >= 0.4 ? picks.slice(1).filter((p) => mentions(said, p.model.name)) : [];
  if (said && peers.length > 0) {
    const named = [m, ...peers.map((p) => p.model)];
    const text = named.reduce((t, x) => boldName(t, x.name), said);
    const cites = named.map((x) => ctx.modelPassage(x)).filter((p): p is Passage => p !== undefined);
    return { kind: 'recommendation', answered: true, blocks: [{ text }], cites, models: named };
  }
  const lines = [
    `${caveat ?? ''}**${m.name}**${m.developer ? ` (${m.developer})` : ''}${caveat ? '' : ' fits best'}${why}.${said ? ` ${said}` : ''}`,
  ];
  const sameKind = picks
    .slice(1)
    .filter((p) => p.model.categories.some((c) => m.categories.includes(c)) && (p.score > 0 || top.score <= 0) && (top.matched === 0 || p.matched > 0))
    .slice(0, 2);
  // An alternative is told apart by its own strength, not by the reason it shares with the pick.
  const own = (p: (typeof sameKind)[number]) => p.strengths.find((s) => !top.reasons.includes(s)) ?? p.model.strengths.find((s) => !top.reasons.includes(s));
  if (sameKind.length) lines.push(`Alternatives: ${sameKind.map((p) => `${p.model.name}${own(p) ? ` (${own(p)})` : ''}`).join('; ')}.`);
  const cites = [top, ...sameKind].map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined);
  const draft: Draft = { kind: 'recommendation', answered: true, blocks: [{ text: lines.join('\n') }], cites, models: [m, ...sameKind.map((p) => p.model)] };
  if (caveat) closestOnly.add(draft);
  return draft;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRe = (name: string) => new RegExp(`(?<![\\w*])${escapeRe(name)}(?![\\w*])`, 'i');
/** Whether a sentence names a model (as a whole word, bold or not). */
const mentions = (text: string, name: string) => new RegExp(`(?<!\\w)${escapeRe(name)}(?!\\w)`, 'i').test(text);
/** The sentence with the model's name in bold, once. */
const boldName = (text: string, name: string) => text.replace(nameRe(name), (w) => `**${w}**`);

/** Picks offered only as the closest fit: advice for the situation would argue for what they lack. */
const closestOnly = new WeakSet<Draft>();

/** A document sentence that names the model and covers the need ("Veo 3 leads VBench-2.0 on human action"). */
function documentReason(ctx: PlanContext, u: Understanding, model: CatalogEntry): { text: string; coverage: number } | undefined {
  const tokens = nameTokens(model.name);
  const names = new Set(tokens.flatMap((t) => ctx.index.analyzer.terms(t)));
  const need = u.terms.filter((t) => !names.has(t.term));
  if (names.size === 0 || need.length === 0) return undefined;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: [...need, ...[...names].map((term) => ({ term, weight: 1.5 }))], limit: 8, filter: (p) => !p.tags.includes('catalog') });
  const best = rankEvidence(ctx.index, need, candidates, {}, 8).find((e) => [...names].every((n) => e.unit.terms.has(n)) && !e.unit.unit.row && e.unit.unit.text.length <= 260);
  const text = best?.unit.unit.text.replace(/^\s*[-*•]\s+/, '');
  // A label row ("Best-looking, most aesthetic images: Midjourney v7.") only restates the pick.
  if (!best || !text || best.coverage < 0.3 || labelRow(ctx, text)) return undefined;
  return { text, coverage: best.coverage };
}

/** A label row ("Video generation models: Sora 2, Veo 3, Runway Gen-3."): after its last colon, only model names. */
function labelRow(ctx: PlanContext, text: string): boolean {
  if (!text.includes(':')) return false;
  let tail = text.slice(text.lastIndexOf(':') + 1).toLowerCase();
  for (const m of ctx.kb.models) tail = tail.split(m.name.toLowerCase()).join(' ');
  return tail.replace(/\b(?:and|or)\b|[^a-z]+/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * Whether a sentence names catalog models and none of them is of the kind the question is about (its
 * kinds of content, or a general language model when it names none): a side note for other needs.
 */
function namesOnlyOtherKinds(ctx: PlanContext, u: Understanding, text: string): boolean {
  const named = ctx.matcher.find(text).map((m) => m.model);
  if (named.length === 0) return false;
  // A model the question names sets the kind too ("VRAM for Stable Diffusion": image models).
  const asked = new Set(u.models.flatMap((m) => m.categories));
  const ofKind = (m: CatalogEntry) => m.categories.some((c) => asked.has(c)) || (u.categories.length > 0 ? u.categories.some((c) => fitsCategory(m, c)) : asked.size === 0 && m.categories.includes('llm'));
  return !named.some(ofKind);
}

/** The knowledge's advice sections and the sections of concepts of the kind asked for. */
function adviceCandidates(ctx: PlanContext, u: Understanding, kinds: readonly ConceptKind[]): Candidate[] {
  const ofKind = ctx.concepts.concepts.filter((c) => c.kind && kinds.includes(c.kind));
  const found = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 10, filter: (p) => !p.tags.includes('catalog') });
  // Advice on choosing is what a situation asks for, even when the concepts it names have many sections of their own.
  const advice = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 3, filter: (p) => p.aspect === 'choosing' && !p.tags.includes('catalog') });
  const retrieved = [...found, ...advice.filter((a) => !found.some((c) => c.passage === a.passage))];
  const kindPassages = new Set(ofKind.flatMap((c) => c.passages));
  return retrieved
    .map((c) => ({ ...c, score: c.score * (kindPassages.has(c.passage) ? 1.4 : 1) * (c.passage.aspect === 'choosing' ? 1.6 : 1) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Advice that covers several kinds of content ("Small models suit fast replies… For images, distilled
 * models generate fastest") is quoted from the sentence on the kind the question is about.
 */
function forTheKind(ctx: PlanContext, u: Understanding, advice: Evidence, evidence: readonly Evidence[]): Evidence {
  const kind = kindTerms(ctx.index, u.categories);
  const onKind = (e: Evidence) => kind.some((t) => e.unit.terms.has(t));
  if (kind.length === 0 || onKind(advice)) return advice;
  return evidence.find((e) => e.passage === advice.passage && onKind(e) && e.coverage >= 0.4 * advice.coverage) ?? advice;
}

/**
 * Advice whose sentence names its own subject ("Image models are also often fine-tuned to one
 * genre") is quoted from that sentence, not from the unrelated one its "also" leans on.
 */
function ownSubject(advice: Evidence, evidence: readonly Evidence[], block: Block): Block {
  const own = advice.unit.unit.text;
  // A list is quoted whole, with its lead-in.
  if (block.text.startsWith(own) || pointsBack(own) || advice.unit.unit.bullet || block.text.includes('\n')) return block;
  const before = block.text.slice(0, block.text.indexOf(own));
  const earlier = evidence.filter((e) => e.passage === advice.passage && e.unit.unit.index < advice.unit.unit.index && before.includes(e.unit.unit.text));
  if (earlier.length === 0 || earlier.some((e) => e.coverage >= 0.5 * advice.coverage)) return block;
  return { ...block, text: block.text.slice(before.length).replace(/^(\S+(?:\s\S+){0,4}?)\s(?:also|too|as well)\s/i, '$1 ') };
}

/** The concept of the kind asked for that a passage is about or names. */
function pickedConcept(ctx: PlanContext, passage: Passage, text: string, kinds: readonly ConceptKind[]): Concept | undefined {
  const about = ctx.concepts.about(passage).find((c) => c.kind && kinds.includes(c.kind));
  if (about) return about;
  const lower = text.toLowerCase();
  return ctx.concepts.concepts.find((c) => c.kind && kinds.includes(c.kind) && c.names.some((n) => n.length > 3 && lower.includes(n.toLowerCase())));
}

/**
 * The concept of the kind asked for that best fits the question: each candidate scores by its own
 * sections' best sentence. Kind words themselves ("benchmark" when a benchmark is asked for) are no
 * pick: they are the question, not the answer.
 */
function bestOfKind(ctx: PlanContext, u: Understanding, kinds: readonly ConceptKind[]) {
  // A model that reads images is no answer to one that must make them, and the other way round.
  const direction = u.categories.find((c) => c.direction)?.direction;
  const candidates = ctx.concepts.concepts.filter((c) => c.kind && kinds.includes(c.kind) && c.narrower.length === 0 && c.passages.length > 0 && !goesOtherWay(c, direction));
  let best: { concept: Concept; evidence: ReturnType<typeof rankEvidence>[number] } | undefined;
  for (const concept of candidates) {
    const own = concept.passages.map((passage) => ({ passage, score: 1, about: true }));
    const top = rankEvidence(ctx.index, u.terms, own, {}, 4)[0];
    if (top && top.coverage > 0 && (!best || top.coverage > best.evidence.coverage)) best = { concept, evidence: top };
  }
  return best;
}

/**
 * "What kind of model makes fake transaction records?": the model type of the catalog models that
 * make that kind of content (CTGAN and TabGAN are GANs), when the knowledge defines that type.
 */
function typeOfFittingModels(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.categories.length === 0 || ctx.kb.models.length === 0) return undefined;
  const picks = pickModels(ctx.index, ctx.kb.models, u).filter((p) => p.score > 0 || p.matched > 0);
  // Only where the catalog's category is itself an architecture (GAN, VAE), not the kind of content.
  const category = picks[0]?.model.categories.find((c) => ARCHITECTURES.has(c));
  if (!category) return undefined;
  // The examples are models of that type that fit the need: a face generator is a GAN, but no
  // example of one for fake transaction records.
  const best = picks[0]!.score;
  const fitting = picks.filter((p) => p.model.categories.includes(category) && (p.score >= best * 0.25 || p.matched > 0)).slice(0, 3);
  const label = categoryLabels[category] ?? category;
  const concept = ctx.concepts.dictionary.find(linkTokens(label.replace(/\s*\(.*\)$/, '')))[0]?.value ?? ctx.concepts.dictionary.find(linkTokens(label))[0]?.value;
  if (!concept?.defining || concept.kind !== 'model-type') return undefined;
  const uses = concept.aspects.get('uses')?.[0];
  const section = uses ?? concept.defining;
  const ranked = rankEvidence(ctx.index, u.terms, [{ passage: section, score: 1, about: true }]);
  const top = ranked[0];
  if (!top) return undefined;
  const names = fitting.map((p) => p.model.name);
  const examples = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  const lead = `Use ${displayName(ctx, concept)}, such as ${examples}.`;
  // The one use that fits the question, not the section's whole list of uses, said of the pick.
  const use = blockFrom(top, { maxChars: 360, maxUnits: 2, itemOnly: true, minCoverage: 0.15, coverageOf: (x) => ranked.find((e) => e.unit === x)?.coverage ?? 0 });
  const text = `${lead} ${useSentence(use.text)}`;
  return { kind: 'recommendation', answered: true, blocks: [{ text, passage: use.passage }], cites: fitting.map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined), concepts: [concept], models: fitting.map((p) => p.model) };
}

/** Catalog categories that name an architecture rather than the kind of content made. */
const ARCHITECTURES = new Set(['gan', 'vae', 'world', 'multimodal']);

/**
 * A use written as a label ("Document intelligence: reading PDFs…") read as a sentence about the
 * pick ("It is the model type used for document intelligence: reading PDFs…"); a use that
 * is already a sentence stays as written.
 */
export function useSentence(text: string): string {
  const labelled = /^\**([A-Z][^:.!?*]{2,60}?)\**:\s+(\S.*)$/s.exec(text.trim());
  // An item that is only a phrase ("Spotting anomalies in sensor logs") is what the type is used for.
  if (!labelled && !/[.!?]$/.test(text.trim())) return `It is the model type used for ${lowerFirst(text.trim())}.`;
  if (!labelled) return text;
  return `It is the model type used for ${lowerFirst(labelled[1]!)}: ${labelled[2]}`;
}

/** An acronym or a name keeps its capitals ("RAG pipelines"); a common noun is lowered. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** How answers name a concept: the bold term that opens its defining sentence ("a generative adversarial network (GAN)"). */
export function displayName(ctx: PlanContext, concept: Concept): string {
  const first = concept.defining ? analysed(ctx.index, concept.defining).units[0]?.unit.text : undefined;
  // "A **vision language model** reads…" names it with its article outside the bold.
  const opening = first ? /^(?:(A|An)\s+)?\*\*([^*]{2,80})\*\*/.exec(first) : null;
  const bold = opening ? `${opening[1] && !/^(?:a|an|the)\s/i.test(opening[2]!) ? `${opening[1]} ` : ''}${opening[2]}` : undefined;
  const named = bold && concept.names.some((n) => bold.toLowerCase().includes(n.toLowerCase().replace(/s$/, ''))) ? bold : undefined;
  const text = named ?? concept.name;
  return `**${text.replace(/^(A|An|The)\b/, (w) => w.toLowerCase())}**`;
}

/**
 * "Use a diffusion model: in 2026 diffusion is the dominant architecture for generating images."
 * The pick, and the sentence of its own sections that speaks to the situation as the reason; none
 * when only its definition does (then the definition follows the pick).
 */
function pickWithReason(ctx: PlanContext, u: Understanding, concept: Concept, lead: string): Draft | undefined {
  const own = concept.passages.map((passage) => ({ passage, score: 1, about: true }));
  const reason = rankEvidence(ctx.index, u.terms, own, {}, 6).find((e) => !(e.passage === concept.defining && e.unit.unit.index === 0) && !e.unit.unit.bullet && !pointsBack(e.unit.unit.text) && e.unit.unit.text.length <= 260);
  if (!reason || reason.coverage < 0.3) return undefined;
  const because = reason.unit.unit.text.replace(/\*\*/g, '');
  return { kind: 'recommendation', answered: true, blocks: [{ text: `${lead.replace(/\.$/, '')}: ${because}`, passage: reason.passage }], concepts: [concept] };
}

function recommendConcept(ctx: PlanContext, asked: Understanding, target: Exclude<Target, 'model'>): Draft {
  const kinds = KINDS[target];
  const u = withNeedTerms(ctx.index, asked);
  if (target === 'model-type') {
    // The models are picked on the question's own words: the constraints order them already.
    const byModels = typeOfFittingModels(ctx, asked);
    if (byModels) return byModels;
  }
  const evidence = rankEvidence(ctx.index, u.terms, adviceCandidates(ctx, u, kinds), {}, 6);
  // A definition of one option is no advice: a section on when to choose that speaks to as much of
  // the situation leads ("fine-tune or use retrieval when our facts change weekly?").
  const choosing = evidence.find((e) => e.passage.aspect === 'choosing');
  const general = choosing && evidence[0] && evidence[0].passage.aspect !== 'choosing' && choosing.coverage >= evidence[0].coverage ? choosing : evidence[0];
  const advice = general && forTheKind(ctx, u, general, evidence);
  // "…Code Llama and DeepSeek Coder are open code models" closes no answer about support transcripts.
  const quoted = advice ? blockFrom(advice, { maxChars: 480, maxUnits: 3, minCoverage: 0.5, coverageOf: (x) => (namesOnlyOtherKinds(ctx, u, x.unit.text) || scopedToOtherKind(ctx.index, u.categories, x.unit.text) || scopedElsewhere(ctx.index, u, x.unit.text) ? 0 : 1) }) : undefined;
  const adviceBlock = advice && quoted ? ownSubject(advice, evidence, quoted) : undefined;
  // For "which benchmark…", the section defining what a benchmark is answers nothing: a pick must be
  // one of the things filed under that word, not the word.
  const aboutKindWord = target !== 'approach' && advice !== undefined && ctx.concepts.about(advice.passage).some((c) => c.narrower.some((n) => n.kind !== undefined && kinds.includes(n.kind)));
  const adviceOk = advice && adviceBlock && !aboutKindWord && (supported(ctx, withoutKindWords(ctx.index, u, target), advice, adviceBlock.text) || (advice.passage.aspect === 'choosing' && advice.coverage >= 0.3));
  // A question that asks for a setting (a benchmark, a size class…) is answered by one, when one fits.
  const ofKind = target === 'approach' || adviceOk ? undefined : bestOfKind(ctx, u, kinds);
  if (ofKind && ofKind.evidence.coverage >= 0.2) {
    const defining = ofKind.concept.defining;
    const first = defining ? rankEvidence(ctx.index, u.terms, [{ passage: defining, score: 1, about: true }]).find((e) => e.unit.unit.index === 0) : undefined;
    const lead = target === 'setting' ? LEADS.setting(`**${ofKind.concept.name}**`) : LEADS[target](displayName(ctx, ofKind.concept));
    // The sentence of the kind's sections that speaks to the situation is why it fits ("diffusion is
    // the dominant architecture for generating images"); the definition only when none does.
    const reasoned = pickWithReason(ctx, u, ofKind.concept, lead);
    if (reasoned) return reasoned;
    const block = blockFrom(first ?? ofKind.evidence, { maxChars: 420, maxUnits: 3, fromStart: first !== undefined });
    const asPick = pickFromDefinition(ofKind.concept, block.text, lead);
    if (asPick) return { kind: 'recommendation', answered: true, blocks: [{ ...block, text: asPick }], concepts: [ofKind.concept] };
    return { kind: 'recommendation', answered: true, blocks: [{ text: lead, ...(defining ? { passage: defining } : {}) }, block], concepts: [ofKind.concept] };
  }
  if (!advice || !adviceBlock || !adviceOk) return notAnswered();
  const best = advice;
  const lead = adviceBlock;
  // An approach is what the advice says; a named kind (a setting, a benchmark…) is labelled.
  const concept = target === 'approach' ? undefined : pickedConcept(ctx, best.passage, lead.text, kinds);
  const blocks: Block[] = [];
  const opening = lead.text.split(/(?<=[.!?])\s/)[0]!.toLowerCase();
  if (concept && !concept.names.some((n) => opening.includes(n.toLowerCase()))) {
    blocks.push({ text: target === 'setting' ? LEADS.setting(`**${concept.name}**`) : LEADS[target](displayName(ctx, concept)), ...(concept.defining ? { passage: concept.defining } : {}) });
  }
  // Advice that is only the pick's definition gives way to the pick and why it fits.
  if (concept && blocks.length > 0 && best.passage === concept.defining) {
    const reasoned = pickWithReason(ctx, u, concept, blocks[0]!.text);
    if (reasoned) return reasoned;
  }
  // A list of the type's uses, one of which fits: the type, and that use said of it ("Use a VAE. It
  // is the model type used for anomaly detection: …"), not the whole list under a label.
  if (concept && target === 'model-type' && best.unit.unit.bullet && listed(lead.text)) {
    const item = blockFrom(best, { itemOnly: true });
    return { kind: 'recommendation', answered: true, blocks: [{ text: `${LEADS[target](displayName(ctx, concept))} ${useSentence(item.text)}`, passage: best.passage }], concepts: [concept] };
  }
  // Advice that opens by defining the pick ("A chat model is an instruct model given…") is said as
  // the pick: "Use a chat model: an instruct model given…".
  const asPick = concept && blocks.length === 0 ? pickFromDefinition(concept, lead.text, target === 'setting' ? LEADS.setting(`**${concept.name}**`) : LEADS[target](displayName(ctx, concept))) : undefined;
  blocks.push(asPick ? { ...lead, text: asPick } : lead);
  return { kind: 'recommendation', answered: true, blocks, concepts: concept ? [concept] : u.concepts };
}

/** Whether a block is a list: a lead-in and its items, one a line. */
const listed = (text: string) => /\n\s*(?:[-*•]|\d+[.)])\s/.test(text);

/** Words ending in -s that are no verb of a definition. */
const NOT_VERBS = new Set(['as', 'thus', 'plus', 'this', 'less', 'unless', 'across', 'its', 'yes', 'always', 'perhaps']);

/**
 * "**A chat model** is an instruct model given…" as a pick: "Use **a chat model**: an instruct model
 * given…". When the definition goes on with a colon of its own, the pick is its own sentence and
 * the definition follows as "It is…".
 */
export function pickFromDefinition(concept: Concept, text: string, lead: string): string | undefined {
  // Case-insensitive by hand: the verb after the name must be lower case ("Temperature Is" is no definition).
  const anyCase = (t: string) => t.replace(/[a-z]/gi, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`);
  const names = concept.names.map((n) => anyCase(escapeRe(n)).replace(/\\?[- ]/g, '[-\\s]')).join('|');
  const m = new RegExp(`^\\**(?:(?:[aA]|[aA]n|[tT]he)\\s+)?\\**(?:${names})\\**(?:\\s*\\([^)]*\\))?\\**\\s+([a-z]+)\\s+(\\S[^]*)$`).exec(text.trim());
  if (!m) return undefined;
  const [, verb, predicate] = m as unknown as [string, string, string];
  // Only a verb makes the name its subject: "Open weights such as Llama 4…" is no definition.
  if (!/^(?:is|are|[a-z]{2,}s)$/.test(verb) || NOT_VERBS.has(verb)) return undefined;
  const plural = verb === 'are' || !/s$/.test(verb);
  // "A vision language model reads images…": the pick, and what it does.
  if (verb !== 'is' && verb !== 'are') return `${lead.replace(/\.$/, '')}: ${plural ? 'they' : 'it'} ${verb} ${predicate}`;
  const first = predicate.split(/(?<=[.!?])\s/)[0]!;
  if (first.includes(':')) return `${lead} ${plural ? 'They are' : 'It is'} ${predicate}`;
  return `${lead.replace(/\.$/, '')}: ${predicate}`;
}

/**
 * "Host our own or pay a provider?": the stated situation decides. Data that must stay in-house
 * and high volume favour self-hosting an open model; a small team without infrastructure, or a
 * need for the frontier, favour a managed API. The knowledge's section on when to choose it follows.
 */
function deploymentVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const c = u.constraints;
  const host: Array<[boolean, string]> = [
    [c.privacy || c.dataResidency, 'your data never leaves infrastructure you control'],
    [c.highVolume, 'at high volume there are no per-token fees to pay'],
    [c.regulated && !c.smallTeam, 'it keeps a regulated workload on premises'],
  ];
  const api: Array<[boolean, string]> = [
    [c.smallTeam || c.managedApi, 'there is no infrastructure to set up or run, so a small team reaches production fastest'],
    [c.frontier || c.quality, 'the strongest frontier models are proprietary'],
  ];
  // "At what point does hosting pay off?" asks for the threshold, which the documents' figures give.
  if (/\bat what (?:point|volume|scale)\b|\bhow many tokens\b|\bthreshold\b|\bbreak[- ]?even\b|\bwhen does\b/i.test(u.text)) return undefined;
  const hostScore = host.filter(([on]) => on).length;
  const apiScore = api.filter(([on]) => on).length;
  if (hostScore === apiScore) return undefined;
  const selfHost = hostScore > apiScore;
  const reasons = (selfHost ? host : api).filter(([on]) => on).map(([, why]) => why);
  const find = (name: string) => ctx.concepts.dictionary.find(linkTokens(name))[0]?.value;
  const model = find(selfHost ? 'open source model' : 'proprietary model');
  const section = model?.aspects.get('choosing')?.[0];
  const lead = `${selfHost ? '**Self-hosting an open model**' : '**A managed API (a proprietary model)**'} fits better here: ${reasons.join('; ')}.`;
  const blocks: Block[] = [{ text: lead, ...(section ? { passage: section } : {}) }];
  if (section) {
    // The one point of the section that speaks to the situation, not its whole list.
    const fitting = rankEvidence(ctx.index, u.terms, [{ passage: section, score: 1, about: true }]).find((e) => e.unit.unit.bullet && e.coverage >= 0.1);
    if (fitting) blocks.push(blockFrom(fitting, { maxChars: 300, maxUnits: 1, itemOnly: true }));
  }
  const concept = find(selfHost ? 'self-hosting' : 'api access');
  return { kind: 'recommendation', answered: true, blocks, concepts: [concept, model].filter((x): x is Concept => x !== undefined) };
}

export function answerRecommendation(ctx: PlanContext, u: Understanding): Draft {
  const target = u.target ?? 'model';
  if (target === 'model') {
    const picked = recommendModel(ctx, u);
    if (picked) return withGuidance(ctx, u, picked);
    const advice = recommendConcept(ctx, u, 'approach');
    // No model of the kind asked: advice about a benchmark or a setting is no model, so say what is missing.
    const none = u.categories.length > 0 && ctx.kb.models.length > 0 && pickModels(ctx.index, ctx.kb.models, u).length === 0;
    if (none && (!advice.answered || (advice.concepts ?? []).some((c) => c.kind === 'benchmark' || c.kind === 'setting') || aboutKind(ctx, advice, ['benchmark', 'setting']))) {
      return notAnswered('recommendation', `My documents name no model that ${kindWanted(u.categories)}, so I can't recommend one.`);
    }
    return advice;
  }
  // "a coding assistant, but nothing may leave our servers": the open model that does it, with why.
  if (target === 'deployment' && u.categories.length > 0) {
    const picked = recommendModel(ctx, u);
    if (picked) return withGuidance(ctx, u, picked);
  }
  // "Keep the API, fine-tune, or train from scratch?" weighs ways to adapt a model, not where to host one.
  if (target === 'deployment' && !u.concepts.some((c) => c.kind === 'technique')) {
    const verdict = deploymentVerdict(ctx, u);
    if (verdict) return verdict;
  }
  const draft = recommendConcept(ctx, u, target);
  // A model stands in for another kind of pick only with a reason beyond its kind of content.
  if (!draft.answered && ctx.kb.models.length > 0 && (u.categories.length > 0 || u.models.length > 0)) return recommendModel(ctx, u, false) ?? draft;
  return draft;
}

/** Whether a draft's lead quotes a passage about a concept of one of these kinds. */
function aboutKind(ctx: PlanContext, draft: Draft, kinds: readonly ConceptKind[]): boolean {
  const passage = draft.blocks[0]?.passage;
  return passage !== undefined && ctx.concepts.about(passage).some((c) => c.kind !== undefined && kinds.includes(c.kind));
}

/** One short paragraph of the documents' advice after a model pick, when it speaks to the situation. */
function withGuidance(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  if (noConstraints(u.constraints) || closestOnly.has(draft)) return draft;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, aspect: 'choosing', limit: 4, filter: (p) => p.aspect === 'choosing' });
  const best = rankEvidence(ctx.index, u.terms, candidates, {}, 3)[0];
  if (!best || best.coverage < 0.45) return draft;
  return { ...draft, blocks: [...draft.blocks, blockFrom(best, { maxChars: 280, maxUnits: 2 })] };
}
