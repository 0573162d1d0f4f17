/**
 * "Which X for this situation?": the pick of the kind asked for, first. A model when a model is
 * asked (from the catalog, with reasons tied to the stated constraints and alternatives from the
 * same category); a model type, setting, deployment, size class, benchmark or approach otherwise,
 * from the knowledge's concepts of that kind and its advice sections.
 */
import { WEAK_TERMS } from '../understand/terms.js';
import type { CatalogEntry, ConceptKind, Passage } from '../../knowledge/types.js';
import { nameTokens } from '../catalog/model-matcher.js';
import { blockFrom } from '../compose/blocks.js';
import { retrievePassages, type Candidate } from '../evidence/retrieve.js';
import { pointsBack, rankEvidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { noConstraints } from '../understand/needs.js';
import type { Target, Understanding } from '../understand/types.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { goesOtherWay, kindReason, kindWanted, unmetNeeds } from './content-kind.js';
import { familyPool, needsOpen, pickModels, type Pick as ModelPick } from './pick-model.js';
import { supported } from './support.js';
import { forTheKind, namesOnlyOtherKinds, ownSubject } from './advice-text.js';
import { deploymentVerdict } from './deployment.js';
import { displayName, listed, pickFromDefinition, useSentence } from './pick-wording.js';
import { asksLeadingType, orFittingType, typeOfFittingModels } from './type-pick.js';
import { contentType } from './content-type.js';
import { addsToPick, mentions, sameChannel } from './pick-bounds.js';
import { againstSuggested } from './type-contrast.js';
import { settingUp, withMaturity } from './type-setup.js';
import { pickNeed, scopedElsewhere, scopedToOtherKind, setsAsideKind, withNeedTerms, withoutKindWords } from './need-terms.js';
import { proposalVerdict } from './proposal.js';
import { directedSetting, withOutputWish } from './setting-direction.js';
import { asksHowTo, headingNamesNeed, isAdvice, isPractices, practicesOf } from './practices.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { boldNames, nameInText, namesModel } from '../catalog/name-in-text.js';
import { adaptationPick, techniqueUse } from './adaptation-pick.js';
import { superlativeClaim } from './superlative-claim.js';
import { usualClaim } from './usual-claim.js';
import { optionUnderConstraint } from './option-fit.js';
import { lowerFirst } from '../lexicon/case.js';

const KINDS: Record<Exclude<Target, 'model'>, ConceptKind[]> = {
  // "What kind of models for faster image generation?" may be answered by a kind made by a technique (distilled models).
  'model-type': ['model-type', 'technique'],
  setting: ['setting'],
  deployment: ['deployment'],
  'size-class': ['size-class'],
  // "Which metric should we watch for a realtime voice bot?": a production metric (latency) is measured too.
  benchmark: ['benchmark', 'metric'],
  approach: ['technique', 'deployment'],
};

/** Kinds of pick that are things the knowledge names (a benchmark, a setting, a size class), not a way of doing. */
const NAMED_KINDS: ReadonlySet<Target> = new Set<Target>(['setting', 'size-class', 'benchmark']);

/** The opening that names a concept picked for a target: a metric is watched ("Watch **latency**."), a setting changed. */
function leadFor(ctx: PlanContext, target: Exclude<Target, 'model'>, concept: Concept): string {
  if (target === 'setting') return LEADS.setting(`**${concept.name}**`);
  if (concept.kind === 'metric') return `Watch **${lowerFirst(displayName(ctx, concept).replace(/\*\*/g, ''))}**.`;
  return LEADS[target](displayName(ctx, concept));
}

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
  // "Which open-source image model is the most widely deployed?": the model the superlative holds for, as a fact.
  const claim = superlativeClaim(ctx, u, m);
  if (claim) return { kind: 'fact', answered: true, blocks: [{ text: claim }], cites: [ctx.modelPassage(m)].filter((p): p is Passage => p !== undefined), models: [m] };
  // "Which … do most companies use as the base?": the documents' sentence on what is most common.
  const usual = usualClaim(ctx, u, picks);
  if (usual) return usual;
  // Why, in the documents' own words when a sentence names the model and speaks to the need.
  const reasonEvidence = documentReason(ctx, u, m, top.reasons);
  const found = reasonEvidence?.text;
  // The constraints it meets come first; with the documents' sentence, its strengths would say it twice.
  // A reason whose figure the documents' sentence gives again ("($0.075 input / …)") would say it twice.
  const figureOf = (r: string) => /\(([^()]*\d[^()]*)\)\s*$/.exec(r)?.[1];
  const constraintReasons = top.reasons.filter((r) => !top.strengths.includes(r) && !(found && figureOf(r) && found.includes(figureOf(r)!)));
  const reasons = found ? constraintReasons.slice(0, 2) : top.reasons.slice(0, 2);
  // A sentence that opens by naming the pick again ("Runway Gen-3 (Runway): the most accessible…") is read as its reason.
  const restated = found ? new RegExp(`^\\**${escapeRegExp(m.name)}\\**(?:\\s*\\([^)]*\\))?\\s*:\\s*`, 'i').exec(found) : null;
  const rest = restated && found ? found.slice(restated[0].length).replace(/\.$/, '') : undefined;
  // One that opens with its name as the subject ("Claude 4.5 Sonnet is the enterprise leader…")
  // speaks of it as "it": the name was just said in bold.
  // Not "Real ESRGAN and Recraft Crisp Upscale are…": a name joined to others is no lone subject.
  // "Stable Diffusion 3.5, being open source, is the usual pick…" speaks of it the same way: "It, being open source, is…".
  const subject = found && !restated ? new RegExp(`^\\**${escapeRegExp(m.name)}\\**(?:\\s*\\([^)]*\\))?(,?)\\s+(?=[a-z])(?!(?:and|or|plus|with|vs|versus)\\b)`, 'i').exec(found) : null;
  const spoken = subject && found ? `It${subject[1]} ${found.slice(subject[0].length)}` : found;
  const said = rest && reasons.length === 0 ? undefined : rest ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}.` : spoken;
  const why = reasons.length ? `: ${reasons.join('; ')}` : rest ? `: ${rest}` : '';
  // A need no model at hand meets (data that must stay in-house, a prompt no window takes) is said
  // first, and the pick is offered only as the closest fit.
  const caveat = unmetNeeds(u, top);
  // The documents' sentence names the pick and its equals ("the standard tools are CTGAN and
  // TabGAN"): it is the answer, every option it names in bold, with no one of them crowned.
  // Only a sentence that speaks to most of the need stands in for the pick's own line.
  // A sentence that lists the pick among equals ("…are Code Llama and DeepSeek Coder") is that answer
  // whatever its share of the need: a pick crowned above it would name them all twice.
  const others = said ? picks.slice(1).filter((p) => mentions(said, p.model.name)) : [];
  const peers = said && !caveat && ((reasonEvidence?.coverage ?? 0) >= 0.4 || listedTogether(said, [m.name, ...others.map((p) => p.model.name)])) ? others : [];
  if (said && peers.length > 0) {
    const named = [m, ...peers.map((p) => p.model)];
    // The sentence as the documents wrote it: every option named, none turned into "it"; only its
    // clauses on them ("Stable Diffusion 3.5 is the open image model to self-host; Code Llama and
    // DeepSeek Coder are open code models" answers a coding question with its second half).
    const names = named.map((x) => x.name);
    const clauses = clausesNaming(subject && found ? found : said, names);
    // "examples Llama 4 Scout, GPT-4o and Gemini 2.5 Pro", a clause cut from a table row, names them and says nothing of why.
    if (onlyNames(ctx, clauses)) {
      const own = top.reasons.slice(0, 2);
      return pickLines(ctx, u, picks, top, own, own.length ? `: ${own.join('; ')}` : '', undefined, caveat);
    }
    const text = boldNames(clauses, names);
    const cites = named.map((x) => ctx.modelPassage(x)).filter((p): p is Passage => p !== undefined);
    return { kind: 'recommendation', answered: true, blocks: [{ text }], cites, models: named };
  }
  return pickLines(ctx, u, picks, top, reasons, why, said, caveat);
}

/** The pick's own line (name, why, the documents' sentence), then alternatives of the same kind. */
function pickLines(ctx: PlanContext, u: Understanding, picks: readonly ModelPick[], top: ModelPick, reasons: readonly string[], why: string, said: string | undefined, caveat: string | undefined): Draft {
  const m = top.model;
  const lines = [
    `${caveat ?? ''}**${m.name}**${m.developer ? ` (${m.developer})` : ''}${caveat ? '' : ' fits best'}${why}.${said ? ` ${said}` : ''}`,
  ];
  const sameKind = picks
    .slice(1)
    // One the documents' sentence already names is no further option.
    .filter((p) => p.model.categories.some((c) => m.categories.includes(c)) && (p.score > 0 || top.score <= 0) && (top.matched === 0 || p.matched > 0) && !(said && mentions(said, p.model.name)))
    // An alternative meets the access the question fixed, as the pick does: no open model offered
    // to someone who asked for an API, nor an API to someone who must host it.
    .filter((p) => sameChannel(u, m, p.model))
    .slice(0, 2);
  // An alternative is told apart by its own strength, not by the reason it shares with the pick.
  const own = (p: (typeof sameKind)[number]) => p.strengths.find((s) => !top.reasons.includes(s)) ?? p.model.strengths.find((s) => !top.reasons.includes(s));
  if (sameKind.length) lines.push(`Alternatives: ${sameKind.map((p) => `${p.model.name}${own(p) ? ` (${own(p)})` : ''}`).join('; ')}.`);
  const cites = [top, ...sameKind].map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined);
  const draft: Draft = { kind: 'recommendation', answered: true, blocks: [{ text: lines.join('\n') }], cites, models: [m, ...sameKind.map((p) => p.model)] };
  if (caveat) closestOnly.add(draft);
  return draft;
}

/** Whether a text, its model names taken out, is at most a label ("examples", "such as"): names with nothing said of them. */
function onlyNames(ctx: PlanContext, text: string): boolean {
  let rest = text.toLowerCase();
  // Longest first: "Llama 4" inside "Llama 4 Scout" would leave "scout" behind.
  for (const name of ctx.kb.models.map((m) => m.name.toLowerCase()).sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest.replace(/\b(?:and|or|such as|e\.g|like|including)\b|[^a-z]+/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 1;
}

/** Whether a sentence names these models one after another ("A and B", "A, B or C"), as equals. */
function listedTogether(text: string, names: readonly string[]): boolean {
  if (names.length < 2) return false;
  const at = names.map((n) => ({ n, i: text.search(nameInText(n)) })).sort((a, b) => a.i - b.i);
  if (at.some((x) => x.i < 0)) return false;
  return at.slice(1).every((x, k) => /^\s*(?:,|and|or|, and|, or)\s*$/i.test(text.slice(at[k]!.i + at[k]!.n.length, x.i)));
}
/** The clauses of a sentence (between semicolons) that name one of these models, as a sentence. */
function clausesNaming(text: string, names: readonly string[]): string {
  const clauses = text.split(/;\s+/);
  const own = clauses.filter((c) => names.some((n) => namesModel(c, n)));
  if (clauses.length < 2 || own.length === 0 || own.length === clauses.length) return text;
  const joined = own.join('; ').replace(/[.!]?\s*$/, '.');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
}

/** Picks offered only as the closest fit: advice for the situation would argue for what they lack. */
const closestOnly = new WeakSet<Draft>();

/** A document sentence that names the model and covers the need ("Veo 3 leads VBench-2.0 on human action"). */
function documentReason(ctx: PlanContext, u: Understanding, model: CatalogEntry, reasons: readonly string[] = []): { text: string; coverage: number } | undefined {
  const tokens = nameTokens(model.name);
  const names = new Set(tokens.flatMap((t) => ctx.index.analyzer.terms(t)));
  const need = u.terms.filter((t) => !names.has(t.term));
  if (names.size === 0 || need.length === 0) return undefined;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: [...need, ...[...names].map((term) => ({ term, weight: 1.5 }))], limit: 8, filter: (p) => !p.tags.includes('catalog') });
  const best = rankEvidence(ctx.index, need, candidates, {}, 8).find((e) => [...names].every((n) => e.unit.terms.has(n)) && !e.unit.unit.row && e.unit.unit.text.length <= 260);
  const text = best?.unit.unit.text.replace(/^\s*[-*•]\s+/, '');
  // A label row ("Best-looking, most aesthetic images: Midjourney v7.") only restates the pick.
  if (!best || !text || best.coverage < 0.3 || labelRow(ctx, text)) return undefined;
  // "Our bot is too slow": a sentence naming the pick that shares only a word in passing ("users")
  // and none of the reasons that met the need ("quick answers") is no reason for it.
  const met = new Set(reasons.flatMap((s) => ctx.index.analyzer.terms(s)).filter((t) => !names.has(t) && !WEAK_TERMS.has(t) && !t.startsWith('~')));
  if (met.size > 0 && ![...met].some((t) => best.unit.terms.has(t))) return undefined;
  return { text, coverage: best.coverage };
}

/** A label row ("Open video tools: Model A, Model B."): after its last colon, only model names. */
function labelRow(ctx: PlanContext, text: string): boolean {
  if (!text.includes(':')) return false;
  let tail = text.slice(text.lastIndexOf(':') + 1).toLowerCase();
  for (const m of ctx.kb.models) tail = tail.split(m.name.toLowerCase()).join(' ');
  return tail.replace(/\b(?:and|or)\b|[^a-z]+/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * The concepts the question names as the thing it asks for, right after its "which"/"what"
 * ("what operational metrics should we track", "which production metrics…"), not those named as
 * the situation ("which eval tells me a model is good at code").
 */
function askedConcepts(ctx: PlanContext, u: Understanding): Concept[] {
  const asked = u.choice.afterWh;
  if (!asked) return [];
  return u.concepts.filter((c) => c.names.some((n) => new RegExp(`^(?:[\\w'-]+\\s+){0,2}${escapeRegExp(n.toLowerCase())}\\b`).test(asked)));
}

/** The knowledge's advice sections and the sections of concepts of the kind asked for. */
function adviceCandidates(ctx: PlanContext, u: Understanding, kinds: readonly ConceptKind[]): Candidate[] {
  const ofKind = ctx.concepts.concepts.filter((c) => c.kind && kinds.includes(c.kind));
  const found = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 10, filter: (p) => !p.tags.includes('catalog') });
  // Advice on choosing is what a situation asks for, even when the concepts it names have many sections of their own.
  const advice = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 3, filter: (p) => p.aspect === 'choosing' && !p.tags.includes('catalog') });
  const kindPassages = new Set(ofKind.flatMap((c) => c.passages));
  // The sections of the kind asked for compete even when the topic's words ("image", "style")
  // retrieve ten sections about the topic first: "LoRA is used to keep one art style" is an approach.
  const ofKindFound = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, limit: 3, filter: (p) => kindPassages.has(p) && !p.tags.includes('catalog') });
  const retrieved = [...found, ...[...advice, ...ofKindFound].filter((a, i, all) => !found.some((c) => c.passage === a.passage) && all.findIndex((b) => b.passage === a.passage) === i)];
  // Asked how to do something well, a section of practices is advice as much as one on choosing.
  const howTo = asksHowTo(u);
  // Asked for an approach, what a technique is used for ("LoRA keeps one art style") is the advice.
  const usesOfTechnique = (p: Passage) => !howTo && p.aspect === 'uses' && kinds.includes('technique') && !kinds.includes('model-type') && ctx.concepts.about(p).some((c) => c.kind === 'technique');
  return retrieved
    .map((c) => ({ ...c, score: c.score * (kindPassages.has(c.passage) ? (usesOfTechnique(c.passage) ? 3 : 1.4) : 1) * (c.passage.aspect === 'choosing' || (howTo && isPractices(c.passage)) ? 1.6 : 1) }))
    .sort((a, b) => b.score - a.score);
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
  const u = target === 'setting' ? withOutputWish(ctx.index, withNeedTerms(ctx.index, asked)) : withNeedTerms(ctx.index, asked);
  // "Know our internal docs without retraining": the technique whose own sections speak to that adaptation.
  const adapted = target === 'approach' ? adaptationPick(ctx, u) : undefined;
  if (adapted) return adapted;
  if (target === 'model-type') {
    // The models are picked on the question's own words: the constraints order them already.
    // Asked which type leads now, the type most of the content's models are answers, whatever their catalog category.
    const byModels = typeOfFittingModels(ctx, asked, asksLeadingType(asked));
    if (byModels) return rightOfGeneral(asked, againstSuggested(ctx, asked, byModels));
    // Songs or a voiceover: the form of sound asked names a type narrower than "audio model", and
    // advice on audio in general would answer for the other forms too.
    const own = asked.categories.some((c) => c.form) ? contentType(ctx, asked) : undefined;
    if (own) return own;
  }
  // A photo to restyle is made, not read: advice from a section on a type that reads images (or makes
  // them, when reading is asked) answers the other direction.
  const direction = target === 'model-type' && u.categories.length === 1 ? u.categories[0]!.direction : undefined;
  const otherWay = (p: Passage) => ctx.concepts.about(p).some((c) => c.kind === 'model-type' && goesOtherWay(c, direction));
  // "Besides benchmarks, what should we measure?": the kind set aside is no answer, in any of its sections.
  const kindAside = setsAsideKind(ctx.index, asked, target);
  // Only the kind the word names is set aside: "aside from leaderboard scores, what should we monitor?" still wants a metric (latency).
  const setAside = (p: Passage) => kindAside && ctx.concepts.about(p).some((c) => c.kind === kinds[0]);
  const evidence = rankEvidence(ctx.index, u.terms, adviceCandidates(ctx, u, kinds).filter((c) => !otherWay(c.passage) && !setAside(c.passage)), {}, 6);
  // A definition of one option is no advice: a section on when to choose that speaks to as much of
  // the situation leads ("fine-tune or use retrieval when our facts change weekly?").
  const choosing = evidence.find((e) => isAdvice(e.passage));
  // Asked how to do something well, the practices set out for it lead over a case of advice.
  const practices = asksHowTo(u) ? evidence.find((e) => isPractices(e.passage) && practicesOf(ctx, u, e.passage)) : undefined;
  const general = practices ?? (choosing && evidence[0] && !isAdvice(evidence[0].passage) && choosing.coverage >= evidence[0].coverage ? choosing : evidence[0]);
  const advice = general && forTheKind(ctx, u, general, evidence);
  // "…Code Llama and DeepSeek Coder are open code models" closes no answer about support transcripts.
  const quoted = advice ? blockFrom(advice, { maxChars: 480, maxUnits: 3, minCoverage: 0.5, coverageOf: (x) => (namesOnlyOtherKinds(ctx, u, x.unit.text) || scopedToOtherKind(ctx.index, u.categories, x.unit.text) || scopedElsewhere(ctx.index, u, x.unit.text) ? 0 : 1) }) : undefined;
  // "Besides benchmarks, what operational metrics should we track?": the question names a group of
  // things as what it asks for, and the section defining that group says which they are, from its start.
  const group = advice ? askedConcepts(ctx, asked).find((c) => c.defining === advice.passage && c.narrower.length > 0) : undefined;
  const adviceBlock = advice && group ? blockFrom(advice, { maxChars: 480, maxUnits: 2, fromStart: true }) : advice && quoted ? ownSubject(advice, evidence, quoted) : undefined;
  // For "which benchmark…", the section defining what a benchmark is answers nothing: a pick must be
  // one of the things filed under that word, not the word.
  const aboutKindWord = target !== 'approach' && advice !== undefined && ctx.concepts.about(advice.passage).some((c) => c.narrower.some((n) => n.kind !== undefined && kinds.includes(n.kind)));
  const adviceFits = advice && adviceBlock && !aboutKindWord && (supported(ctx, withoutKindWords(ctx.index, u, target), advice, adviceBlock.text) || (advice.passage.aspect === 'choosing' && advice.coverage >= 0.3) || (isPractices(advice.passage) && practicesOf(ctx, u, advice.passage)) || (target === 'model-type' && headingNamesNeed(ctx, u, advice.passage, true)));
  // A question that asks for a setting (a benchmark, a size class…) is answered by one, when one fits.
  // Which one fits is judged on the need alone: "benchmark" or "evaluate" in "which benchmark to
  // evaluate coding agents?" is met by every benchmark's sections, and would crown the one that says it most.
  // The whole question still decides when the need alone meets none well enough.
  // "Which eval tells me a model writes good code?": advice on code models names no benchmark. For a
  // kind of pick the knowledge files things under (a benchmark, a setting, a size class), advice from
  // a section on none of them answers with another kind of thing, so a pick of the kind that fits comes first.
  // Not a section on what the question names as the thing it asks for ("which production metrics…").
  // Nor when the question sets that kind aside.
  const ofOtherKind = adviceFits && NAMED_KINDS.has(target) && !kindAside && !ctx.concepts.about(advice.passage).some((c) => (c.kind !== undefined && kinds.includes(c.kind)) || askedConcepts(ctx, asked).includes(c));
  const adviceOk = adviceFits && !ofOtherKind;
  const needOnly = target === 'approach' || adviceOk || kindAside ? undefined : pickNeed(ctx.index, u, target);
  const byNeed = needOnly ? bestOfKind(ctx, needOnly, kinds) : undefined;
  const need = needOnly && byNeed && byNeed.evidence.coverage >= 0.2 ? needOnly : u;
  const ofKind = need !== u || needOnly === u ? byNeed : needOnly ? bestOfKind(ctx, u, kinds) : undefined;
  if (ofKind && ofKind.evidence.coverage >= 0.2) {
    const defining = ofKind.concept.defining;
    const first = defining ? rankEvidence(ctx.index, u.terms, [{ passage: defining, score: 1, about: true }]).find((e) => e.unit.unit.index === 0) : undefined;
    const lead = leadFor(ctx, target, ofKind.concept);
    // The sentence of the kind's sections that speaks to the situation is why it fits ("diffusion is
    // the dominant architecture for generating images"); the definition only when none does.
    const reasoned = pickWithReason(ctx, need, ofKind.concept, lead);
    if (reasoned) return reasoned;
    const block = blockFrom(first ?? ofKind.evidence, { maxChars: 420, maxUnits: 3, fromStart: first !== undefined });
    const asPick = pickFromDefinition(ofKind.concept, block.text, lead);
    if (asPick) return { kind: 'recommendation', answered: true, blocks: [{ ...block, text: asPick }], concepts: [ofKind.concept] };
    return { kind: 'recommendation', answered: true, blocks: [{ text: lead, ...(defining ? { passage: defining } : {}) }, block], concepts: [ofKind.concept] };
  }
  if (!advice || !adviceBlock || !adviceFits) return notAnswered();
  const best = advice;
  const lead = adviceBlock;
  // An approach is what the advice says; a named kind (a setting, a benchmark…) is labelled.
  const concept = target === 'approach' ? undefined : pickedConcept(ctx, best.passage, lead.text, kinds);
  // Advice quoted from what a technique is used for ("LoRA is used by creators of image models to…")
  // says what it does, not what to do: the technique is the advice, with what it is, then that use.
  const usedFor = target === 'approach' ? techniqueUse(ctx, best.passage, lead.text) : undefined;
  if (usedFor) return { kind: 'recommendation', answered: true, blocks: [{ ...lead, text: usedFor.text }], concepts: [usedFor.concept] };
  const blocks: Block[] = [];
  const opening = lead.text.split(/(?<=[.!?])\s/)[0]!.toLowerCase();
  if (concept && !concept.names.some((n) => opening.includes(n.toLowerCase()))) {
    blocks.push({ text: leadFor(ctx, target, concept), ...(concept.defining ? { passage: concept.defining } : {}) });
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
  const asPick = concept && blocks.length === 0 ? pickFromDefinition(concept, lead.text, leadFor(ctx, target, concept)) : undefined;
  // A type named before a run of facts about its variants ("Use a diffusion model." then image-to-image,
  // ControlNet, genre fine-tunes): the one fact that speaks to the need in its own words is the setup.
  const setup = target === 'model-type' && blocks.length === 1 && !asPick ? settingUp(ctx, u, best, lead.text) : undefined;
  if (setup) return { kind: 'recommendation', answered: true, blocks: [{ ...lead, text: `${blocks[0]!.text.replace(/\.$/, '')}: ${setup}` }], concepts: concept ? [concept] : u.concepts };
  blocks.push(asPick ? { ...lead, text: asPick } : lead);
  return { kind: 'recommendation', answered: true, blocks, concepts: concept ? [concept] : u.concepts };
}

/**
 * "Just use a general chatbot or is there something more specialised?": the specialised type picked
 * is said against the general option the question put forward, in the asker's words.
 */
function rightOfGeneral(u: Understanding, draft: Draft): Draft {
  const general = u.choice.generalOption;
  const first = draft.blocks[0];
  if (general === undefined || !first || draft.concepts?.[0]?.kind !== 'model-type') return draft;
  if (!/^Use \*\*[^*]+\*\*[.,]/.test(first.text)) return draft;
  const option = general.replace(/^(?:the|any)\s+/i, 'a ').replace(/^(?!(?:a|an)\s)/i, 'a ').toLowerCase();
  return { ...draft, blocks: [{ ...first, text: `Rather than ${option}, use${first.text.slice(3)}` }, ...draft.blocks.slice(1)] };
}

export function answerRecommendation(ctx: PlanContext, u: Understanding): Draft {
  // "Must launch in three weeks: API, fine-tuning or our own?": the option that fits the deadline.
  const option = optionUnderConstraint(ctx, u);
  if (option) return option;
  // "…someone wants a multimodal model just in case. good idea?": a verdict on the proposal.
  const onProposal = proposalVerdict(ctx, u);
  if (onProposal) return onProposal;
  const target = retarget(u);
  // "Which model can run on a phone?": no catalog model records running on a device, but the size
  // class the documents tie to mobile apps is what fits.
  if (target === 'model' && u.constraints.onDevice && u.models.length === 0 && !ctx.kb.models.some((m) => (m.deployment ?? []).some((d) => /device|mobile|edge|phone/i.test(d)))) {
    const sized = recommendConcept(ctx, u, 'size-class');
    if (sized.answered) return sized;
  }
  if (target === 'model') {
    const picked = recommendModel(ctx, u);
    if (picked) return withGuidance(ctx, u, picked);
    // No model of the kind asked: advice about a benchmark or a setting is no model, so say what is missing.
    const none = u.categories.length > 0 && ctx.kb.models.length > 0 && pickModels(ctx.index, ctx.kb.models, u).length === 0;
    // …or, when the knowledge has a type for just that content, name the type to look for.
    const ofType = none ? contentType(ctx, u, 'My documents name no particular model for this. ') : undefined;
    if (ofType) return ofType;
    const advice = recommendConcept(ctx, u, 'approach');
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
  const concept = orFittingType(ctx, u, target, recommendConcept(ctx, u, target));
  const draft = target === 'setting' && concept.answered ? directedSetting(u, concept) : target === 'model-type' && concept.answered ? rightOfGeneral(u, withMaturity(ctx, concept)) : concept;
  // A model stands in for another kind of pick only with a reason beyond its kind of content.
  if (!draft.answered && ctx.kb.models.length > 0 && (u.categories.length > 0 || u.models.length > 0)) return recommendModel(ctx, u, false) ?? draft;
  return draft;
}

/**
 * A situation that states only where its data may go ("the data can't leave the country") asks
 * where to run the model, whatever knob or kind the wording seemed to ask for: no setting or kind
 * of the question's own is named, so the deployment is the pick.
 */
function retarget(u: Understanding): Target {
  const target = u.target ?? 'model';
  const c = u.constraints;
  const placed = c.dataResidency || c.selfHosted;
  // "Which setting…" says the kind outright.
  const said = u.choice.namesKindAsked;
  // "Cheapest model via an API for millions of messages a day": the asker fixed the channel (a managed
  // API, no hosting weighed), so the volume is a reason to pick by price among API models, not a
  // question of where to run one.
  const channelFixed = c.managedApi && !c.selfHosted && !c.dataResidency && !c.openWeights;
  // "Tight budget, lots of short classification requests": language work at a price is the same, a model to run it.
  const workNamed = u.languageWork !== undefined && !c.selfHosted && !c.dataResidency && !c.openWeights;
  if ((channelFixed || workNamed) && (c.budget || c.highVolume) && (target === 'deployment' || target === 'model-type') && !u.concepts.some((x) => x.kind === 'model-type') && u.categories.every((x) => x.category === 'text')) return 'model';
  // "We don't want to run infra, need 1.5M-token documents in one call": the channel fixed, the prompt's length picks among its models.
  if (channelFixed && c.longContext && target === 'deployment' && u.categories.every((x) => x.category === 'text')) return 'model';
  if (placed && !said && (target === 'setting' || target === 'size-class' || target === 'benchmark') && !u.concepts.some((x) => x.kind === target) && u.categories.length === 0) return 'deployment';
  // "Midjourney or DALL-E for the prettiest images?": two models named for a need ask which of them.
  if (u.models.length >= 2 && !said && u.concepts.every((x) => x.kind !== target) && (target === 'size-class' || target === 'setting' || target === 'deployment')) return 'model';
  return target;
}

/** Whether a draft's lead quotes a passage about a concept of one of these kinds. */
function aboutKind(ctx: PlanContext, draft: Draft, kinds: readonly ConceptKind[]): boolean {
  const passage = draft.blocks[0]?.passage;
  return passage !== undefined && ctx.concepts.about(passage).some((c) => c.kind !== undefined && kinds.includes(c.kind));
}

/** One short paragraph of the documents' advice after a model pick, when it speaks to the situation. */
function withGuidance(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  // A pick among the models the question names ("gpt-5 or claude for…", "which claude…") answers
  // it whole: general advice matched on those names ("for the longest inputs… GPT-5") is padding.
  if (noConstraints(u.constraints) || closestOnly.has(draft) || familyPool(ctx, u) !== undefined) return draft;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, aspect: 'choosing', limit: 4, filter: (p) => p.aspect === 'choosing' });
  // The asker chose a managed API: advice that opens on self-hosting argues for the channel ruled out.
  const hosting = new Set(ctx.index.analyzer.terms('self-hosted').filter((t) => t.startsWith('~')));
  const ruledOut = (e: { unit: { unit: { index: number }; terms: ReadonlySet<string> } }) => u.constraints.managedApi && !needsOpen(u.constraints) && e.unit.unit.index === 0 && [...hosting].some((t) => e.unit.terms.has(t));
  const best = rankEvidence(ctx.index, u.terms, candidates, {}, 3)[0];
  if (!best || best.coverage < 0.45 || ruledOut(best)) return draft;
  const block = blockFrom(best, { maxChars: 280, maxUnits: 2 });
  return addsToPick(ctx, u, draft, block.text) ? { ...draft, blocks: [...draft.blocks, block] } : draft;
}
