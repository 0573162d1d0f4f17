/**
 * Definitions and aspects of a subject: what X is (its defining sentence, which carries its
 * mechanism), how it works, what it is used for, its limitations, examples, history, why.
 * The answer comes from the subject's own section for that aspect when there is one, else from the
 * sentences of the best passages that speak to the aspect.
 */
import type { Aspect, Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { coverage, DEFINITION_LABEL, definitionPattern, idfWeights, rankEvidence, type Evidence, type Want } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { linkTokens } from '../lexicon/phrases.js';
import { modelProfileDraft } from './model-profile.js';
import { modelAspectDraft } from './model-aspect.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { supported } from './support.js';
import { contentTerms, passingNames } from './explain-terms.js';
import { subjectNames } from './subject-names.js';
import { statedExamples } from './stated-examples.js';
import { AFTER_DEFINITION, asksWhatItIs, withFigure } from './explain-compound.js';
import { causeBlock, causeSections } from './mechanism.js';
import { saidUnanswered } from './second-ask.js';

/** Wording that marks a sentence as being about an aspect, for subjects without a section on it. */
export const ASPECT_CUES: Partial<Record<Aspect, RegExp>> = {
  how: /\b(?:works? by|by \w+ing|process|steps?|phases?|first|then|learns? to|trained|training|consists? of|two (?:networks|parts|phases)|encoder|decoder|generator|discriminator|noise|tokens?|predict\w*|adds?|removes?)\b/i,
  uses: /\b(?:used (?:for|to|in|by)|use cases?|right (?:choice|tool) for|good (?:for|at)|applications?|helps?|lets?|enables?|best for|ideal for|suited|suits|apply|applied|teams use)\b/i,
  limitations: /\b(?:limitations?|limits?|drawbacks?|downsides?|struggles?|challeng\w+|risks?|costly|expensive|slow\w*|blurr\w*|instab\w*|unstable|hallucinat\w*|however|cannot|can't|fails?|weak\w*|lower|worse|harder|difficult|mode collapse|not yet|experimental)\b/i,
  examples: /\b(?:examples?|such as|e\.g\.|includ\w+|for instance|notable|leading|best-known|well-known)\b|\b[A-Z][\w-]+[ -]?\d/,
  history: /\b(?:19|20)\d\d\b|\b(?:replaced|dominant|introduced|since|until|before|first|originally|took over|gave way)\b/i,
  why: /\bbecause\b|\bsince\b|\bdue to\b|\bwhich is why\b|\bso\b|\bthe reason\b|\brather than\b|\binstead\b/i,
  tradeoffs: /\b(?:trade-?offs?|but|while|whereas|at the cost|in exchange|however|slower|faster|cheaper|costlier|more capable|less)\b/i,
};

/** Wording that marks a sentence as about another aspect than the one asked ("the right choice for" in a how question). */
const OTHER_CUES: Partial<Record<Aspect, RegExp>> = {
  how: /\b(?:right (?:choice|tool) for|used (?:for|by)|use cases?|applications?|leading|most (?:accessible|popular)|examples? (?:are|include)|limitations?|drawbacks?|instability|problems?)\b/i,
  uses: /\b(?:limitation|drawback|works by|consists of)\b/i,
  limitations: /\b(?:right (?:choice|tool) for|used for|use cases?)\b/i,
};

/** A section's opening that says what its subject is: "**Llama 3.3** is Meta's open-weights model…". */
const INTRODUCES = /^(?:an?\s+|the\s+)?\*\*([^*]+)\*\*(?:\s*\([^)]*\))?,?\s+(?:is|are)\s+(?:an?|the|one|(?:[A-Z]\S*\s+){0,2}\S+'s)\b/i;
/** Aspects whose answer is not what the subject is. */
const INTRO_ASPECTS = new Set<Aspect>(['uses', 'limitations', 'why', 'tradeoffs']);

/** How much of an answer each aspect wants. */
const BUDGETS: Partial<Record<Aspect, { maxChars: number; maxUnits: number }>> = {
  definition: { maxChars: 430, maxUnits: 3 },
  how: { maxChars: 560, maxUnits: 4 },
  uses: { maxChars: 560, maxUnits: 4 },
  limitations: { maxChars: 480, maxUnits: 3 },
  examples: { maxChars: 480, maxUnits: 3 },
  why: { maxChars: 480, maxUnits: 3 },
};

/** Sections that say why a subject matters when it has none on why. */
const WHY_STANDINS: readonly Aspect[] = ['tradeoffs', 'uses'];
/** "Why does X matter?": a why-question about what X is worth, as the understanding records it. */
const asksImportance = (u: Understanding) => u.aspect === 'why' && u.asksImportance === true;

/** The sections of the focus concepts on an aspect (definition: their defining sections). */
function aspectPassages(concepts: readonly Concept[], aspect: Aspect | undefined, asksImportance = false, causes: readonly Passage[] = []): Passage[] {
  if (aspect === undefined || aspect === 'definition') return concepts.flatMap((c) => (c.defining ? [c.defining] : []));
  // The question's main subject first: its own section on the aspect, else (for what it does or how)
  // its definition; another subject's section only when the main one has neither.
  const [main, ...rest] = concepts;
  const ownSections = main?.aspects.get(aspect) ?? [];
  if (ownSections.length > 0) return ownSections;
  // "Why does X matter?" with no section on why: what X trades off, else what it is used for,
  // says what it lets you do, which its definition does not.
  if (aspect === 'why' && main && asksImportance) {
    const stand = WHY_STANDINS.map((a) => main.aspects.get(a) ?? []).find((s) => s.length > 0);
    if (stand) return stand;
  }
  // "Why do models hallucinate?": how it comes about is why.
  if (causes.length > 0) return [...causes];
  if ((aspect === 'uses' || aspect === 'how') && main?.defining) return [main.defining];
  return rest.flatMap((c) => c.aspects.get(aspect) ?? []);
}

/** "Which models does the osai overview call out": only passages that draw on the article named. */
export function withinArticle<T extends { passage: Passage }>(ctx: PlanContext, u: Understanding, candidates: T[]): T[] {
  const article = u.articles[0];
  if (!article || u.attribute === 'author' || u.attribute === 'published' || u.attribute === 'publisher' || u.attribute === 'audience') return candidates;
  const fromIt = candidates.filter((c) => c.passage.source?.title === article.title || (!c.passage.source && article.documents.some((d) => d.id === c.passage.docId && d.sources.length === 1)));
  if (fromIt.length > 0) return fromIt;
  const more = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, limit: 8, filter: (p) => p.source?.title === article.title });
  return more.length > 0 ? (more as unknown as T[]) : candidates;
}

/** What an unlinked definition question names: its rarest content words, as written ("LoRA", "SWE-bench Verified"). */
function subjectWords(u: Understanding): string[] {
  // A quoted term is the subject: "what does the '70B' in a model name mean?"
  const quoted = u.said.quoted;
  if (quoted) return [quoted];
  const frameVerbs = new Set(['measur', 'mean', 'stand', 'refer', 'work', 'do', 'count']);
  const strong = u.terms.filter((t) => t.weight >= 1 && !t.term.startsWith('~') && !frameVerbs.has(t.term));
  if (strong.length === 0 || strong.length > 4) return [];
  const words = u.text.replace(/[?!.,]/g, ' ').split(/\s+/).filter(Boolean);
  const keep = words.filter((w) => strong.some((t) => w.toLowerCase().replace(/[^a-z0-9-]/g, '').startsWith(t.term.slice(0, Math.max(3, t.term.length - 1)))));
  return keep.length > 0 ? [keep.join(' '), ...keep] : [];
}

/** Aspects asked of one subject; advice and comparison sections answer for whatever they name. */
const SUBJECT_ASPECTS = new Set<Aspect>(['how', 'uses', 'limitations', 'examples', 'history', 'why', 'tradeoffs']);

const IS_QUESTION = /(?:^|[.?!]\s+)(?:is|are|isn't|aren't|isnt|arent)\b/i;

/**
 * "What counts as a 'specialized variant'?": the question quotes one of a concept's narrower names,
 * so what defines that name answers it, not the concept's own definition.
 */
function quotedAlias(ctx: PlanContext, u: Understanding, concepts: readonly Concept[]): string[] | undefined {
  const quoted = concepts[0] ? u.said.quoted : undefined;
  if (!quoted) return undefined;
  const key = (n: string) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~')).join(' ');
  const asked = key(quoted);
  const main = concepts[0]!;
  if (!asked || key(main.name) === asked) return undefined;
  const matching = main.names.filter((n) => key(n) === asked);
  return matching.length > 0 ? matching : undefined;
}

/** The best evidence for an explanation; the focus concepts' sections on the aspect lead. */
export function explanationEvidence(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined, concepts: readonly Concept[], openings = true, mustMention?: ReadonlyArray<ReadonlySet<string>>): Evidence[] {
  // A verdict is in whichever sentence holds the question's words: no section is lifted for it.
  const own = openings ? aspectPassages(concepts, aspect, asksImportance(u), causeSections(ctx, u, concepts)) : (aspect && aspect !== 'definition' ? concepts.flatMap((c) => c.aspects.get(aspect) ?? []) : []);
  // A verdict can sit in any section that holds the question's words: no boost for the subjects' own.
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: openings ? concepts : [], ...(aspect ? { aspect } : {}), limit: openings ? 6 : 8 });
  // A section only about a subject the follow-up's pronoun does not point at steps back.
  if (passingNames(ctx, u, concepts)) {
    for (const c of candidates) if (!ctx.concepts.about(c.passage).includes(concepts[0]!)) c.score *= 0.7;
    candidates.sort((a, b) => b.score - a.score);
  }
  // The concept's own section for the aspect goes first, whatever the words scored.
  const top = candidates[0]?.score ?? 1;
  // A verdict on a subject is often stated in one of its own sections ("do reasoning models really
  // reason?"): they are candidates too, below the sections that hold the question's words.
  let added = 0;
  if (!openings && u.intent === 'yesno') {
    const own = new Set(concepts.flatMap((c) => c.passages.filter((x) => x !== c.defining)));
    for (const hit of retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, within: own, limit: 4 })) {
      if (candidates.some((c) => c.passage === hit.passage)) continue;
      candidates.push({ passage: hit.passage, score: Math.min(hit.score * 1.5, top * 0.9), about: true });
      added++;
    }
    candidates.sort((a, b) => b.score - a.score);
  }
  for (const p of own) {
    const at = candidates.findIndex((c) => c.passage === p);
    const lifted = { passage: p, score: top * 1.5, about: true };
    if (at >= 0) candidates.splice(at, 1);
    candidates.unshift(lifted);
  }
  const definition = aspect === 'definition' || aspect === undefined;
  const quoted = quotedAlias(ctx, u, concepts);
  const names = quoted ?? (concepts.length > 0 ? concepts.flatMap((c) => c.names) : subjectWords(u));
  const others = aspect && ASPECT_CUES[aspect] ? OTHER_CUES[aspect] : undefined;
  // The subject's own sections on the aspect (not a definition standing in for one).
  const sections = aspect && SUBJECT_ASPECTS.has(aspect) ? new Set(concepts.flatMap((c) => c.aspects.get(aspect) ?? [])) : undefined;
  const want: Want = {
    ...(sections && sections.size > 0 ? { ownSections: sections } : {}),
    // "The limits of X" are X's: not whatever another section says about limits.
    ...(aspect && SUBJECT_ASPECTS.has(aspect) && concepts.length > 0 && openings ? { subject: subjectNames(names) } : {}),
    ...(aspect && ASPECT_CUES[aspect] ? { cue: ASPECT_CUES[aspect] } : {}),
    ...(others ? { offCue: others } : {}),
    // "Is X a Y?" is answered by what X is; "can X do Y?" is not.
    ...(definition && names.length > 0 && (u.intent !== 'yesno' || (IS_QUESTION.test(u.text) && !u.verdict.doubts)) ? { defines: names } : {}),
    ...(aspect === 'why' ? { reason: true } : {}),
    // A yes/no verdict sits in whichever sentence holds the question's words, not in the opening.
    ...(openings && (aspect === 'definition' || aspect === undefined) && u.intent !== 'yesno' ? { openings: new Set(own) } : {}),
    ...(mustMention ? { mustMention } : {}),
    ...(u.intent === 'yesno' ? { verdict: true } : {}),
  };
  const verdictSections = added > 0 ? Math.min(5 + added, 12) : undefined;
  return rankEvidence(ctx.index, contentTerms(ctx, u, concepts, definition), withinArticle(ctx, u, candidates), want, verdictSections);
}

/**
 * "How does X work?" with no section on it: the mechanism in steps when the passage lists them, else
 * its two sentences that say most about how, in their own order.
 */
function howFromDefinition(best: Evidence, evidence: readonly Evidence[], aspect: Aspect | undefined, ownSection: boolean): Block | undefined {
  if (aspect !== 'how' || ownSection) return undefined;
  const units = best.units;
  const leadIn = units.findIndex((x, i) => /:\s*$/.test(x.unit.text) && units[i + 1]?.unit.bullet);
  if (leadIn >= 0) {
    const steps = evidence.find((e) => e.passage === best.passage && e.unit.unit.index === leadIn);
    if (steps) {
      const block = blockFrom(steps, { maxChars: 900, maxUnits: 8, wholeList: true });
      if (block.text.length <= 900) return block;
    }
  }
  // A paragraph of its own is the mechanism, read whole; a lone sentence gets the next-best one.
  const paragraph = units.filter((x) => x.unit.paragraph === best.unit.unit.paragraph);
  if (paragraph.length >= 2) return blockFrom(best, { maxChars: 560, maxUnits: 4, fromParagraph: true });
  const cue = ASPECT_CUES.how!;
  const off = OTHER_CUES.how!;
  const second = evidence.find((e) => e !== best && e.passage === best.passage && cue.test(e.unit.unit.text) && !off.test(e.unit.unit.text) && e.score >= best.score * 0.5);
  if (!second || !cue.test(best.unit.unit.text)) return undefined;
  const pair = [best, second].sort((a, b) => a.unit.unit.index - b.unit.unit.index);
  return { text: pair.map((e) => e.unit.unit.text).join(' '), passage: best.passage };
}

/**
 * How much of what the question asks beyond its subject and the section's heading a unit holds:
 * every sentence of "How image diffusion models work" is about diffusion, but only one says what
 * data training feeds them.
 */
function focusCoverage(ctx: PlanContext, u: Understanding, concepts: readonly Concept[], best: Evidence): ((x: AnalysedUnit) => number) | undefined {
  const said = new Set([...analysed(ctx.index, best.passage).headings, ...concepts.slice(0, 1).flatMap((c) => c.names).flatMap((n) => ctx.index.analyzer.terms(n))]);
  const focus = u.terms.filter((t) => !said.has(t.term) && !WEAK_TERMS.has(t.term));
  if (focus.length === 0) return undefined;
  const weights = idfWeights(ctx.index, focus);
  return (x) => coverage(weights, x.terms);
}

/**
 * A definition or an aspect of the question's subject. A question that also asks what its subject
 * is opens with that definition; the aspect's own answer follows it.
 */
export function explain(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined = u.aspect): Draft {
  return withFigure(ctx, u, weighedOrPlain(ctx, u, aspect));
}

/**
 * "What does it buy you, and what's the downside?" was read as its trade-off; a lead that weighs
 * nothing (no "but", "while", "at the cost") answers neither part, so the plain question answers.
 */
function weighedOrPlain(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined): Draft {
  const weighed = explainWithDefinition(ctx, u, aspect);
  const plain = u.intent === 'limitations' || u.intent === 'uses' ? u.intent : undefined;
  if (aspect !== 'tradeoffs' || !plain || (weighed.answered && ASPECT_CUES.tradeoffs!.test(weighed.blocks[0]?.text ?? ''))) return weighed;
  return explainWithDefinition(ctx, u, plain);
}

/** How many questions a message asks: its clauses that end with "?" or open like a question. */
function clausesAsked(text: string): number {
  return text.split(/(?<=[?!.;])\s+/).filter((c) => /\?\s*$/.test(c) || /^(?:what|whats|how|why|which|who|when|where|is|are|does|do|can)\b/i.test(c.trim())).length;
}

/** "…and why does everyone brag about it", "& how do teams use it": a second question joined to the first. */
const JOINED_QUESTION = /\s(?:and|&)\s+(?:so\s+)?(?:why|how|what|where|when|who)\b/i;

function explainWithDefinition(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined): Draft {
  const subject = u.concepts[0];
  // "What's X and why does everyone brag about it?" was read as the definition asked first; the
  // question joined to it, read as the runner-up, is answered after it.
  const second = u.runnerUp?.intent as Aspect | undefined;
  if (aspect === 'definition' && subject?.defining && second && second !== 'definition' && AFTER_DEFINITION.has(second) && JOINED_QUESTION.test(u.text)) aspect = second;
  const aspectDraft = explainOne(ctx, u, aspect);
  // "What is a foundation model? who coined the term?": the other question's answer was found, and
  // what the subject is, asked first, must still lead.
  if (aspect === 'definition' && subject?.defining && aspectDraft.answered && asksWhatItIs(ctx, u, subject) && clausesAsked(u.text) > 1) {
    const first = analysed(ctx.index, subject.defining).units[0]?.unit.text;
    const lead = aspectDraft.blocks[0];
    if (first && lead && !lead.text.includes(first)) return { ...aspectDraft, blocks: [{ text: first, passage: subject.defining }, ...aspectDraft.blocks] };
  }
  if (!aspect || !AFTER_DEFINITION.has(aspect) || !subject?.defining || !asksWhatItIs(ctx, u, subject)) return aspectDraft;
  const definition = explainOne(ctx, u, 'definition');
  const lead = definition.blocks[0];
  if (!definition.answered || !lead || lead.passage !== subject.defining) return aspectDraft;
  // "What is RAG and what are its limits?" with none stated: what it is, then that the documents state none.
  const unanswered = saidUnanswered(aspectDraft);
  const next = aspectDraft.answered ? aspectDraft.blocks[0] : unanswered;
  // The aspect's answer adds what the definition leaves out: not more of the definition's own section.
  if (!next || (next.passage !== undefined && next.passage === lead.passage)) return definition;
  // The defining sentence says what it is; the aspect, not the rest of the definition, comes next.
  const first = analysed(ctx.index, subject.defining).units[0]?.unit.text;
  const blocks = [first && lead.text.startsWith(first) ? { ...lead, text: first } : lead, next];
  return { ...definition, blocks };
}

/**
 * "What param range counts as a 'medium' model?": the concept whose name holds the quoted word is
 * what is asked about; one the question names in passing ("param") is no second subject.
 */
function quotedFirst(ctx: PlanContext, u: Understanding): readonly Concept[] {
  const quoted = u.concepts.length > 1 ? u.said.quoted : undefined;
  if (!quoted) return u.concepts;
  const asked = ctx.index.analyzer.terms(quoted).filter((t) => !t.startsWith('~'));
  const holds = (c: Concept) => asked.length > 0 && c.names.some((n) => { const own = new Set(ctx.index.analyzer.terms(n)); return asked.every((t) => own.has(t)); });
  if (holds(u.concepts[0]!)) return u.concepts;
  const at = u.concepts.findIndex(holds);
  return at > 0 ? [u.concepts[at]!] : u.concepts;
}

/** Aspects asked of a subject about something else it has or does ("why do they hallucinate less?"). */
const OF_SUBJECT = new Set<Aspect>(['why', 'uses', 'limitations', 'tradeoffs']);

/**
 * "Why are reasoning models meant to hallucinate less?": the aspect is the first concept's, the
 * second is what it is asked about. A sentence on the second alone ("fine-tuned models hallucinate
 * less") speaks of another subject; one naming the subject, in a passage that speaks of the second,
 * answers instead: beside it in the same passage, or elsewhere when it scores at least half as well.
 */
function ofSubject(ctx: PlanContext, aspect: Aspect | undefined, concepts: readonly Concept[], evidence: readonly Evidence[], found: Evidence | undefined): Evidence | undefined {
  if (!found || !aspect || !OF_SUBJECT.has(aspect) || concepts.length < 2) return found;
  const nameSets = (c: Concept) => c.names.map((n) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~'))).filter((ts) => ts.length > 0);
  const [subject, asked] = [nameSets(concepts[0]!), nameSets(concepts[1]!)];
  const names = (sets: string[][], terms: ReadonlySet<string>) => sets.some((ts) => ts.every((t) => terms.has(t)));
  // The subject's own sections speak of it in every sentence.
  if (names(subject, found.unit.terms) || concepts[0]!.passages.includes(found.passage)) return found;
  const speaksOf = (e: Evidence) => names(asked, e.unit.terms) || names(asked, new Set(analysed(ctx.index, e.passage).headings));
  // A sentence of the same passage is read beside the one found: its score matters less.
  return evidence.find((e) => (e.passage === found.passage || e.score >= found.score * 0.5) && names(subject, e.unit.terms) && speaksOf(e)) ?? found;
}

/** Wording that states a drawback ("is expensive", "the main limitation", "costs $15,000"), not "limits hallucination". */
const STATES_LIMIT = /\b(?:limitations?|drawbacks?|downsides?|catch|weakness\w*|cannot|can'?t|unable|struggles?|fails?|failures?|risks?|risky|costly|expensive|costs?\s+(?:\$|up to|more|much|roughly|about|around)|slow(?:er|ly)?|takes? (?:\d|weeks|months|longer)|not (?:free|yet|always|reliable|guaranteed|open)|harder|hard to|difficult|worse|bad at|challenges?|issues|problems?|trouble|blurr\w*|unstable|instabilit\w*|barriers?|only as good)\b/i;

/**
 * Limits asked of one concept that has no section on them: among the evidence, the first sentence
 * about the subject (in its sections, or naming it) that states a drawback; with none, an answer that
 * says the documents state none.
 */
function statedLimit(ctx: PlanContext, u: Understanding, concepts: readonly Concept[], evidence: readonly Evidence[]): { stated?: Evidence; unstated?: Draft } | undefined {
  const subject = concepts[0];
  if (!subject || concepts.length > 1 || (subject.aspects.get('limitations') ?? []).length > 0) return undefined;
  // "The token limit thing": a limit word in the name the question calls the subject by asks for no drawback.
  const asked = u.text.toLowerCase();
  if (subject.names.some((n) => /\b(?:limits?|caps?|ceiling)\b/i.test(n) && asked.includes(n.toLowerCase()))) return undefined;
  const nameSets = subject.names.map((n) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~'))).filter((ts) => ts.length > 0);
  const names = (text: string) => { const terms = new Set(ctx.index.analyzer.terms(text)); return nameSets.some((ts) => ts.every((t) => terms.has(t))); };
  // The drawback is the subject's: a sentence naming it, or in a section about it alone, where no
  // other thing is named before the drawback ("Fine-tuning takes 2 to 8 weeks…" is no catch of RAG).
  const owns = (e: Evidence) => {
    const text = e.unit.unit.text;
    const at = text.search(STATES_LIMIT);
    if (at < 0 || text.trim().endsWith(':')) return false;
    const before = text.slice(0, at);
    const other = ctx.concepts.dictionary.find(linkTokens(before)).some((x) => x.value !== subject);
    const ownOnly = subject.passages.includes(e.passage) && ctx.concepts.about(e.passage).every((c) => c === subject);
    return !other && (names(text) || ownOnly);
  };
  const stated = evidence.slice(0, 12).find(owns);
  if (stated) return { stated };
  // As its defining sentence names it in bold ("LoRA (Low-Rank Adaptation)"), unless the bold is a clause ("RAG stands for…").
  const bold = subject.defining ? /^(?:(?:A|An|The)\s+)?\*\*([^*]{2,80})\*\*/.exec(analysed(ctx.index, subject.defining).units[0]?.unit.text ?? '')?.[1] : undefined;
  const name = bold && !/\s(?:is|are|stands for|means|refers to)\s/i.test(bold) && names(bold) ? bold : subject.name;
  return { unstated: notAnswered('no_answer', `My documents don't state a catch or limitation of ${name.replace(/^(?:A|An|The)\s/, (w) => w.toLowerCase()).replace(/^[A-Z](?=[a-z-]*(?:\s|$))/, (w) => w.toLowerCase())}, so I won't guess at one.`, subject.defining ? [subject.defining] : []) };
}

/** A definition or an aspect of the question's subject. */
function explainOne(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined): Draft {
  const concepts = quotedFirst(ctx, u).slice(0, 2);
  if (concepts.length === 0 && u.models.length > 0 && (aspect === 'definition' || aspect === undefined)) return modelProfileDraft(ctx, u);
  // "What's the catch with X?", "what's it good at?": the model's entry and the kinds it is say it.
  const ofModel = concepts.length === 0 ? modelAspectDraft(ctx, u, aspect) : undefined;
  if (ofModel) return ofModel;
  const evidence = explanationEvidence(ctx, u, aspect, concepts);
  // The sentence that defines the quoted name answers "what counts as a 'specialized variant'?".
  const asksWhat = aspect === undefined || aspect === 'definition';
  // With no concept to hold it, the quoted term itself is the name to find defined.
  const quotedTerm = asksWhat && concepts.length === 0 ? u.said.quoted : undefined;
  const quoted = asksWhat ? (quotedAlias(ctx, u, concepts) ?? (quotedTerm ? [quotedTerm] : undefined)) : undefined;
  const definesQuoted = quoted ? definitionPattern(quoted) : undefined;
  // "Why does X matter?": the subject's section on why (or on what it trades off) says it; the
  // definition, however many of the question's words it holds, says only what X is.
  const whySections = aspect === 'why' && asksImportance(u) ? new Set(aspectPassages(concepts.slice(0, 1), aspect, true)) : undefined;
  const why = whySections && evidence[0] ? evidence.find((e) => whySections.has(e.passage) && e.score >= evidence[0]!.score * 0.6) : undefined;
  // "What's the catch with RAG?" of a subject with no section on its limits: the sentence that states
  // one of them, else that the documents state none (not a sentence that only says it "limits" something).
  const limits = aspect === 'limitations' ? statedLimit(ctx, u, concepts, evidence) : aspect === 'examples' && u.intent === 'examples' ? statedExamples(ctx, concepts, evidence) : undefined;
  if (limits?.unstated) return limits.unstated;
  // "Why do models hallucinate?": the section on how it comes about holds every word asked, so it answers.
  const causes = causeSections(ctx, u, concepts);
  const cause = causes.length > 0 ? evidence.find((e) => causes.includes(e.passage)) : undefined;
  const found = limits?.stated ?? ((definesQuoted && evidence.find((e) => definesQuoted.test(e.unit.unit.text))) || why || cause || evidence[0]);
  // "Llama 3.3 is 'open-weights', what does that let us do?": a sentence that introduces another thing
  // than the subject asked about ("**Llama 3.3** is Meta's open model") is no answer to the aspect when
  // a sentence of its section scores as well.
  const key = (n: string) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~')).join(' ');
  const subjectKeys = new Set((concepts[0]?.names ?? []).map(key));
  const introduces = (x: AnalysedUnit) => {
    const named = aspect !== undefined && INTRO_ASPECTS.has(aspect) ? INTRODUCES.exec(x.unit.text) : null;
    return named !== null && !subjectKeys.has(key(named[1]!));
  };
  // What happens is the subject of a cause ("why do LLMs hallucinate"): its section answers as it stands.
  const causal = found !== undefined && causes.includes(found.passage);
  const best = found && introduces(found.unit) ? (evidence.find((e) => e.passage === found.passage && !introduces(e.unit) && e.score >= found.score * 0.98) ?? found) : causal ? found : ofSubject(ctx, aspect, concepts, evidence, found);
  if (!best) return notAnswered();
  const own = new Set(aspectPassages(concepts, aspect, asksImportance(u), causes));
  const names = concepts.length > 0 ? concepts.flatMap((c) => c.names) : subjectWords(u);
  const budget = BUDGETS[aspect ?? 'definition'] ?? { maxChars: 480, maxUnits: 3 };
  const fromOwn = own.has(best.passage);
  // The subject's own section on the aspect reads from its top: it opens with the answer. A definition
  // standing in for a missing section ("how does X work" with no such section) reads from the paragraph
  // that says it.
  const ownSection = fromOwn && (aspect === undefined || aspect === 'definition' || concepts.some((c) => (c.aspects.get(aspect) ?? []).includes(best.passage)) || (aspect === 'why' && asksImportance(u)) || causes.includes(best.passage));
  // A reason or a limitation is the sentence that states it; a definition, a mechanism or a use reads
  // better with its paragraph's topic sentence.
  const topical = aspect === undefined || aspect === 'definition' || aspect === 'how' || aspect === 'uses';
  const weights = idfWeights(ctx.index, u.terms);
  const focus = focusCoverage(ctx, u, concepts, best);
  // Nor does such a sentence lead the paragraph of the answer as its topic.
  // What follows the answer there stays only while it still speaks of the subject or the question
  // ("its flexibility comes with…"), not of the other thing ("Llama 3.3 comes in three sizes").
  const subjectTerms = (concepts[0]?.names ?? []).map((n) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~'))).filter((ts) => ts.length > 0);
  const mentions = (x: AnalysedUnit) => subjectTerms.some((ts) => ts.every((t) => x.terms.has(t)));
  const skipped = best !== found;
  const coverageOf = skipped ? (x: AnalysedUnit) => (introduces(x) ? -1 : (focus?.(x) ?? 0) + (mentions(x) ? 0.5 : 0)) : focus;
  const itemOnly = definesQuoted?.test(best.unit.unit.text) === true;
  // A cause reads from the first sentence of its section that states one (else from the top).
  const lead = causal && best === found ? causeBlock(best, budget) : howFromDefinition(best, evidence, aspect, ownSection) ?? blockFrom(best, { ...budget, itemOnly, coverageOf, ...(skipped ? { minCoverage: 0.01 } : {}), keepTopic: aspect === 'how', fromStart: ownSection && best.unit.unit.paragraph === 0, fromParagraph: topical, wholeList: aspect === 'types' || aspect === 'examples' });
  const kind = aspect === 'definition' || aspect === undefined ? 'definition' : 'explanation';
  // "💡 Quick definition: An AI model is…" reads as its sentence, without the label.
  const blocks: Block[] = [{ ...lead, text: lead.text.replace(DEFINITION_LABEL, '') }];
  // A sentence that defines what the question names answers it, however few words it shares.
  const definesSubject = (aspect === undefined || aspect === 'definition') && names.length > 0 && (definitionPattern(names)?.test(best.unit.unit.text) ?? false);
  const answered = fromOwn || definesSubject || supported(ctx, u, best, lead.text);
  if (!answered) return notAnswered();
  // One supporting paragraph, only when it answers part of the question the lead leaves open.
  // The subject's own section on the aspect speaks of what its heading names in every sentence.
  const leadTerms = new Set([...ctx.index.analyzer.terms(lead.text), ...(ownSection && aspect !== undefined && aspect !== 'definition' ? analysed(ctx.index, best.passage).headings : [])]);
  const leadCoverage = coverage(weights, leadTerms);
  // The rubric's "little or no padding": only when the lead leaves much of the question open and the
  // extra paragraph itself answers much of it.
  // What X is does not say why X matters: a concept's defining sentence is no support for a reason.
  const defining = (e: Evidence) => e.unit.unit.index === 0 && ctx.concepts.about(e.passage).some((c) => c.defining === e.passage);
  const support =
    leadCoverage < 0.7
      ? evidence.find(
          (e) => e.passage !== best.passage && e.score >= best.score * 0.55 && e.coverage >= 0.5 && coverage(weights, new Set([...leadTerms, ...e.unit.terms])) >= leadCoverage + 0.25 && !(aspect === 'why' && defining(e)),
        )
      : undefined;
  // A mechanism answered in one sentence ("training feeds it images with their captions") is thin: the
  // subject's other section on how it works (the noising steps) completes it.
  const thin = aspect === 'how' && ownSection && !lead.text.includes('\n') && !/[.!?]\s+\S/.test(lead.text.trim());
  const more = support ?? (thin ? evidence.find((e) => e.passage !== best.passage && own.has(e.passage) && e.score >= best.score * 0.5 && ASPECT_CUES.how!.test(e.unit.unit.text)) : undefined);
  if (more) blocks.push(blockFrom(more, { maxChars: 300, maxUnits: 2 }));
  return { kind, answered: true, blocks, concepts: concepts.length ? concepts : ctx.concepts.about(best.passage).slice(0, 1) };
}
