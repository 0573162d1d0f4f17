/**
 * Yes/no questions lead with the verdict. Where the knowledge's structure decides it, the verdict is
 * computed: two names of one concept ("base model" / "foundation LLM") are the same thing; a concept
 * that is a kind of another is "not quite" the other; an open-weights model can be run on your own
 * servers. Otherwise the best evidence sentence is the answer, with "No" in front when it denies
 * what was asked and "Yes" when it plainly affirms it.
 */
import { blockFrom } from '../compose/blocks.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { techniqueVerdict } from './technique-verdict.js';
import { contentFitVerdict } from './content-fit-verdict.js';
import { readerVerdict } from './reader-verdict.js';
import { modelKindVerdict } from './model-kind-verdict.js';
import { analysed } from '../evidence/analysed.js';
import { notAnswered, type Block, type Draft, type PlanContext } from './context.js';
import { explanationEvidence } from './explain.js';
import { answerFact } from './fact.js';
import { supported } from './support.js';
import { contrastVerdict, genusVerdict } from './relation.js';
import { asksWhichSide, comparativeLead } from './compare-verdict.js';
import { answerComparison, figureVerdict } from './compare.js';
import { verdictLead, verdictOf, withVerdict, type Verdict } from './verdict.js';
import { pointsBack, type Evidence } from '../evidence/sentences.js';
import { linkTokens } from '../lexicon/phrases.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { conceptTerm } from './concept-term.js';
import { lowerFirst } from '../lexicon/case.js';



function ancestors(c: Concept): Concept[] {
  const out: Concept[] = [];
  for (let b = c.broader; b && !out.includes(b); b = b.broader) out.push(b);
  return out;
}

function opening(ctx: PlanContext, c: Concept): Block | undefined {
  const first = c.defining ? analysed(ctx.index, c.defining).units[0] : undefined;
  return first && c.defining ? { text: first.unit.text, passage: c.defining } : undefined;
}

/** A concept as its defining sentence names it ("a large language model (LLM)"), with or without its article. */
const termOf = (ctx: PlanContext, c: Concept, article: boolean): string => conceptTerm(ctx, c, article);

/** "Is X (just) Y?" decided by how the two concepts relate. */
export function relationVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const [a, b] = u.sides.map((s) => s.concept);
  if (!a || !b) return undefined;
  if (a === b) {
    const def = opening(ctx, a);
    return { kind: 'definition', answered: true, blocks: [{ text: `Yes: “${u.sides[0]!.text}” and “${u.sides[1]!.text}” name the same thing.` }, ...(def ? [def] : [])], concepts: [a] };
  }
  // "One is a kind of the other" answers "is X another word for Y?", not "is X its own architecture
  // or just a Y with extra training?", which the documents' own sentence answers.
  const identity = u.likeness.identity || u.likeness.same;
  if (identity && ancestors(a).includes(b)) {
    const def = opening(ctx, a);
    return { kind: 'definition', answered: true, blocks: [{ text: `Not quite: ${termOf(ctx, a, true)} is one kind of ${termOf(ctx, b, false)}, not another word for it.` }, ...(def ? [def] : [])], concepts: [a, b] };
  }
  // "Is a chat model basically an instruct model?": the sentence defining one as the other decides.
  // "Their own architecture or just LLMs?" weighs two answers: which one holds is no "mostly yes".
  const justA = u.likeness.justA;
  const plain = u.likeness.plainJust;
  const related = plain && !identity ? genusVerdict(ctx, a, b) : undefined;
  if (related) return { kind: 'definition', answered: true, blocks: related, concepts: [a, b] };
  // "Is fine-tuning just more training?": what X's defining sentence says it is holds Y's name
  // ("continuing to train an already trained model").
  const ownWords = new Set(ctx.index.analyzer.terms(a.name));
  const bStrong = ctx.index.analyzer.terms(b.name).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
  // "Is pre-training just training?": Y's whole name inside X's is still what X's sentence must say it is.
  const bWords = bStrong.some((t) => !ownWords.has(t)) ? bStrong.filter((t) => !ownWords.has(t)) : bStrong;
  const holds = plain && !identity && bWords.length > 0 ? definingVerdict(ctx, a, bWords) : undefined;
  if (holds && holds.text.startsWith('Mostly yes')) return { kind: 'definition', answered: true, blocks: [holds], concepts: [a, b] };
  // "Is a world model just a video model?": one kind of the other, so not merely the other.
  if (justA && ancestors(a).includes(b)) {
    const def = opening(ctx, a);
    return { kind: 'definition', answered: true, blocks: [{ text: `Not quite: ${termOf(ctx, a, true)} is one kind of ${termOf(ctx, b, false)}, not just any ${termOf(ctx, b, false).replace(/\s*\([^)]*\)$/, '')}.` }, ...(def ? [def] : [])], concepts: [a, b] };
  }
  if (identity && ancestors(b).includes(a)) {
    const def = opening(ctx, a);
    return { kind: 'definition', answered: true, blocks: [{ text: `No: ${termOf(ctx, b, true)} is one kind of ${termOf(ctx, a, false)}, which is the broader term.` }, ...(def ? [def] : [])], concepts: [a, b] };
  }
  // "Is a VAE basically a GAN?": two kinds of one thing are not each other; the section setting the
  // two side by side says how they differ, ahead of any one sentence that only weighs them.
  const kin = plain && !identity && !u.likeness.than ? siblingVerdict(ctx, u, a, b) : undefined;
  if (kin?.compared) return kin.compared;
  // "Is X just another word for Y?" about two distinct concepts: no, and how they differ when a
  // section sets the two side by side, else what each one is.
  // "Is a reasoning model just a chat model?": a sentence of its own that sets it against the other.
  const contrasted = plain && !identity && !ancestors(b).includes(a) ? contrastVerdict(ctx, a, b) : undefined;
  if (contrasted) return { kind: 'definition', answered: true, blocks: contrasted, concepts: [a, b] };
  if (kin?.defined) return kin.defined;
  // "Is RAG basically fine-tuning?" of two concepts neither of which is a kind of the other, nor named
  // in the other's defining sentence: not quite, and what each one is.
  const apart = plain && !identity && likenedToName(u, b) ? apartVerdict(ctx, a, b) : undefined;
  if (apart) return apart;
  if (u.likeness.identity) {
    const between = (a.aspects.get('comparison') ?? []).find((p) => (b.aspects.get('comparison') ?? []).includes(p));
    // A lead-in to a list ("There are three deployment paths…:") says nothing without its items.
    const said = between ? analysed(ctx.index, between).units.filter((x) => x.unit.paragraph === 0 && !/:\s*$/.test(x.unit.text)).slice(0, 2).map((x) => x.unit.text) : [];
    if (between && said.length > 0) return { kind: 'definition', answered: true, blocks: [{ text: `Not quite: ${a.name} and ${b.name} are not two words for the same thing.` }, { text: said.join(' '), passage: between }], concepts: [a, b] };
    const defs = [opening(ctx, a), opening(ctx, b)].filter((d): d is Block => d !== undefined);
    if (defs.length === 2) return { kind: 'definition', answered: true, blocks: [{ text: `Not quite: ${a.name} and ${b.name} are different things.` }, { text: defs.map((d) => d.text).join('\n\n') }], cites: defs.map((d) => d.passage!).filter(Boolean), concepts: [a, b] };
  }
  return undefined;
}

/** "Running a trained model…": a participle naming what a thing is ("a trained model", "an already tuned one") is no verb of what X does. */
const withoutParticiples = (text: string) => text.replace(/\b(?:an?|the)\s+(?:(?:already|newly|fully|pre-)\s*)?[\w-]+ed\s+(?=\w)/gi, ' ');

/** Whether what "is X just …?" likens X to is one of Y's names and nothing more ("just fine-tuning", not "just look things up in training data"). */
function likenedToName(u: Understanding, b: Concept): boolean {
  const predicate = u.likeness.nature?.predicate;
  if (!predicate) return false;
  const key = (n: string) => linkTokens(n).filter((t) => !['a', 'an', 'the'].includes(t)).join(' ');
  const asked = key(predicate);
  return b.names.some((n) => key(n) === asked);
}

/** Two concepts set apart: neither is a kind of the other and neither's defining sentence names the other. */
function apartVerdict(ctx: PlanContext, a: Concept, b: Concept): Draft | undefined {
  if (ancestors(a).includes(b) || ancestors(b).includes(a)) return undefined;
  const ofA = opening(ctx, a);
  const ofB = opening(ctx, b);
  if (!ofA || !ofB) return undefined;
  const defs = [ofA, ofB];
  const said = (d: Block) => new Set(ctx.index.analyzer.terms(withoutParticiples(d.text)));
  const names = (c: Concept, d: Block) => {
    const terms = said(d);
    return c.names.some((n) => { const ts = ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)); return ts.length > 0 && ts.every((t) => terms.has(t)); });
  };
  if (names(b, ofA) || names(a, ofB)) return undefined;
  const text = `Not quite: ${lowerFirst(termOf(ctx, a, false))} and ${lowerFirst(termOf(ctx, b, false))} are different things.`;
  return { kind: 'definition', answered: true, blocks: [{ text }, { text: defs.map((d) => d.text).join('\n\n') }], cites: defs.map((d) => d.passage!), concepts: [a, b] };
}

/**
 * Two kinds of one thing asked as "is X basically Y?": no, they are two kinds of their parent. Said
 * over the section comparing the two when the knowledge has one (`compared`), else over what each
 * one is (`defined`).
 */
function siblingVerdict(ctx: PlanContext, u: Understanding, a: Concept, b: Concept): { compared?: Draft; defined?: Draft } | undefined {
  const parent = a.broader;
  if (!parent || b.broader !== parent || asksWhichSide(u)) return undefined;
  // "…just an image model that makes many frames?", "…speech-to-text backwards?" grant the other
  // side a part with words after its name: not quite, rather than no.
  const clause = (u.verdict.clause ?? u.text).toLowerCase();
  // Where the other side's name ends, by any of its names ("speech-to-text" for the speech-to-text model).
  const ends = [b.name, ...b.names].map((n) => n.toLowerCase().replace(/s$/, '')).map((n) => { const at = clause.lastIndexOf(n); return at < 0 ? -1 : at + n.length; });
  const end = Math.max(-1, ...ends);
  const after = end >= 0 ? clause.slice(end).replace(/^s\b/, '') : '';
  const word = /[a-z]{3,}/.test(after) || /\b(?:that|which|with|plus)\b/.test(clause) ? 'Not quite' : 'No';
  const verdict: Block = { text: `${word}: ${termOf(ctx, a, true)} and ${termOf(ctx, b, true)} are two different kinds of ${termOf(ctx, parent, false).replace(/\s*\([^)]*\)$/, '')}.` };
  const between = (a.aspects.get('comparison') ?? []).find((p) => (b.aspects.get('comparison') ?? []).includes(p));
  if (between) {
    const compared = answerComparison(ctx, { ...u, intent: 'comparison', aspect: 'comparison' });
    if (compared.answered && compared.blocks[0]?.passage === between) return { compared: { ...compared, kind: 'definition', blocks: [verdict, ...compared.blocks], concepts: [a, b] } };
  }
  const defs = [opening(ctx, a), opening(ctx, b)].filter((d): d is Block => d !== undefined);
  if (defs.length < 2) return undefined;
  return { defined: { kind: 'definition', answered: true, blocks: [verdict, { text: defs.map((d) => `- ${d.text}`).join('\n') }], cites: defs.map((d) => d.passage!).filter(Boolean), concepts: [a, b] } };
}


/** How open a model is, when its entry does not say: its family's entries, if they all agree. */
function familyAccess(ctx: PlanContext, model: CatalogEntry): CatalogEntry['access'] {
  if (!model.family) return undefined;
  const kin = ctx.kb.models.filter((m) => m !== model && m.family === model.family && m.access);
  const kinds = new Set(kin.map((m) => m.access));
  return kinds.size === 1 ? kin[0]!.access : undefined;
}

/**
 * "Can we run it on our own servers?" about a catalog model: its openness decides. An entry that does
 * not say is read by its family's entries; with no family to go by, the answer says it cannot tell
 * rather than guess either way.
 */
function accessVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0];
  const asksSelfHost = u.constraints.selfHosted || u.constraints.openWeights || u.verdict.runsOwn;
  if (!model || !asksSelfHost) return undefined;
  const cites = [ctx.modelPassage(model)].filter((p) => p !== undefined);
  const access = model.access ?? familyAccess(ctx, model);
  const vendor = model.developer ?? ctx.kb.models.find((m) => m.family === model.family && m.developer)?.developer;
  const runs = access === 'open' ? 'so you can download it and run it on your own machines with no per-token fee; you pay for the GPUs and the work of hosting it.' : `so it runs only through ${vendor ?? 'its vendor'}'s API or apps; its weights are not available to host yourself.`;
  // "Is there a per-token fee if we run it ourselves?" asks the opposite of "can we run it": open
  // weights answer it with a no. "Is it free to run?" is not quite: the hardware is paid for.
  const open = access === 'open';
  const asked = u.verdict.running;
  const verdict = asked === 'fee' ? (open ? 'No' : 'Yes') : asked === 'free' && open ? 'Not quite' : open ? 'Yes' : 'No';
  const likely = asked === 'fee' ? (open ? 'Probably not' : 'Probably yes') : asked === 'free' && open ? 'Probably not quite' : open ? 'Probably yes' : 'Probably not';
  // "Is it open source or do we pay per token?" offers two answers: the side is the verdict, not yes or no.
  const side = open ? 'Open weights' : 'Proprietary';
  const guess = u.verdict.eitherOr ? `Probably ${lowerFirst(side)}` : likely;
  // Read off its family, the verdict is a likelihood, and says what it rests on.
  const text = !access
    ? `I can't say for sure: my documents do not state whether ${model.name}'s weights are open. Only open-weight models can be run on your own servers, so that is what to check before planning to self-host it.`
    : model.access
      ? u.verdict.eitherOr
        ? open ? `${side}: ${model.name} can be downloaded and run on your own machines with no per-token fee; you pay for the GPUs and the work of hosting it.` : `${side}: ${model.name} runs only through ${vendor ?? 'its vendor'}'s API or apps, paid per use; its weights are not available to host yourself.`
        : open ? `${verdict}: ${model.name} has open weights, ${runs}` : `${verdict}: ${model.name} is proprietary, ${runs}`
      : `${guess}: my documents do not say for ${model.name} itself, but it belongs to the ${model.family} family, whose models there ${open ? 'have open weights' : 'are proprietary'}, ${runs}`;
  return { kind: 'fact', answered: true, blocks: [{ text }], cites, models: [model] };
}

const DENIES = /\b(?:not|never|no|isn'?t|aren'?t|rather than|instead of)\b/i;

/**
 * "Is X (just) Y?" where Y is no concept of its own (code, software, autocomplete): the subject's own
 * sections decide it when one of their sentences denies that X is Y ("is not software in the usual
 * sense of code"). Asked of the subject by name, not of whatever concept the other words hit.
 */
function natureVerdict(ctx: PlanContext, u: Understanding): Deferrable | undefined {
  const nature = u.likeness.nature;
  if (!nature) return undefined;
  const subject = ctx.concepts.dictionary.find(linkTokens(nature.subject)).find((x) => x.start === 0)?.value;
  if (!subject) return undefined;
  const own = new Set(subject.names.flatMap((n) => ctx.index.analyzer.terms(n)));
  const asked = ctx.index.analyzer.terms(nature.predicate).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && !own.has(t));
  if (asked.length === 0) return undefined;
  // Its own sections, and those of its defining document whose heading names it ("AI models as trained neural networks").
  // A text names the subject when it holds every word of one of its names (its strong words, when it has any).
  const nameTerms = subject.names.map((n) => { const all = ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~')); const strong = all.filter((t) => !WEAK_TERMS.has(t)); return strong.length > 0 ? strong : all; }).filter((ts) => ts.length > 0);
  const names = (text: string) => { const said = new Set(ctx.index.analyzer.terms(text)); return nameTerms.some((ts) => ts.every((t) => said.has(t))); };
  const doc = subject.defining?.docId;
  const titled = doc ? ctx.index.passages.filter((p) => p.docId === doc && names(p.section)) : [];
  const passages = [...new Set([...(subject.defining ? [subject.defining] : []), ...subject.passages, ...titled])];
  for (const passage of passages) {
    for (const x of analysed(ctx.index, passage).units) {
      const text = x.unit.text;
      // The denial and the asked words in one clause of a sentence about the subject itself.
      // The asked words come after the denial ("not software … of code"), not before it ("writes code, not poems").
      const clause = text.split(/;\s|:\s|\.\s/).find((c) => DENIES.test(c) && asked.every((t) => ctx.index.analyzer.terms(c.slice(c.search(DENIES))).includes(t)));
      // …said of the subject by one of its names, in the same sentence ("An AI model is not…").
      const before = text.slice(0, text.search(DENIES));
      if (!clause || !names(before) || /[.!?]\s/.test(before) || /^\s*[-*]\s/.test(text) || pointsBack(text)) continue;
      return { kind: 'explanation', answered: true, blocks: [{ text: withVerdict('No', text), passage }], concepts: [subject] };
    }
  }
  // "Are agentic models just chatbots with tools?": words naming no concept of their own are judged
  // by the subject's defining sentence, not by the section those words happen to hit.
  // A concept named there only by a word the subject shares ("model" in "a big model") is none.
  const tokens = linkTokens(nature.predicate);
  const named = ctx.concepts.dictionary.find(tokens).filter((x) => x.value !== subject && ctx.index.analyzer.terms(tokens.slice(x.start, x.end).join(' ')).some((t) => asked.includes(t)));
  if (named.length > 0) return undefined;
  const said = definingVerdict(ctx, subject, asked);
  if (!said) return undefined;
  // A sentence of its own besides the definition that says the words ("a simple knot may be a single
  // stitch") relates the two itself: the general reading answers from it when it denies or hedges.
  const first = subject.defining ? analysed(ctx.index, subject.defining).units[0] : undefined;
  const relates = passages.some((p) => analysed(ctx.index, p).units.some((x) => x !== first && asked.every((t) => x.terms.has(t))));
  const draft: Draft = { kind: 'definition', answered: true, blocks: [said], concepts: [subject] };
  return relates ? { ...draft, deferred: true } : draft;
}

/** A verdict that holds unless the general reading finds a sentence that denies or hedges the claim. */
type Deferrable = Draft & { deferred?: boolean };

/** Where the head of a defining sentence's genus ends: at its first qualifying clause or pause. */
const GENUS_END = /\s(?:that|which|who|whose|where|with|so|because)\s|[,:;(]|\s[-–—]\s/i;

/**
 * "Is X just <words>?" read off X's defining sentence: "Mostly yes" when what the sentence says X is
 * ("continuing to train an already trained model") holds every asked word; otherwise "Not quite",
 * followed by what X is.
 */
function definingVerdict(ctx: PlanContext, subject: Concept, asked: readonly string[]): Block | undefined {
  const def = opening(ctx, subject);
  if (!def) return undefined;
  const plain = def.text.replace(/\*\*/g, '');
  const genus = /^(?:(?:A|An|The)\s+)?[^,]{1,80}?\s+(?:is|are|stands for|means)\s+(.+)$/i.exec(plain)?.[1];
  const head = genus ? genus.slice(0, Math.max(0, genus.search(GENUS_END)) || genus.length) : '';
  const held = new Set(ctx.index.analyzer.terms(withoutParticiples(head)));
  const verdict = head && asked.every((t) => held.has(t)) ? 'Mostly yes' : 'Not quite';
  return { text: `${verdict}: ${def.text.replace(/^(\*\*)?(A|An|The)\s/, (w) => w.toLowerCase())}`, passage: def.passage! };
}

/** The question without the words of the alternative it doubts its claim against: the verdict is on the claim. */
function onClaim(ctx: PlanContext, u: Understanding): Understanding {
  const claim = u.verdict.claimTerms;
  if (!u.verdict.alternative || !claim) return u;
  // Kept: the words the rest of the question says, not those read into the alternative ("pictures" as image).
  const rest = new Set(claim);
  return { ...u, terms: u.terms.filter((t) => rest.has(t.term)) };
}

export function answerYesNo(ctx: PlanContext, asked: Understanding): Draft {
  const u = onClaim(ctx, asked);
  // "Can we fine-tune it?": the technique asked of the model decides, not where the model may run.
  // "Is it an instruct model?" of one model: its entry decides, not the kind's definition.
  const nature = natureVerdict(ctx, u);
  const structural = modelKindVerdict(ctx, u) ?? relationVerdict(ctx, u) ?? (nature?.deferred ? undefined : nature) ?? techniqueVerdict(ctx, u) ?? accessVerdict(ctx, u) ?? figureVerdict(ctx, u);
  if (structural) return structural;
  if (nature?.deferred) {
    const { deferred: _, ...fallback } = nature;
    const general = generalVerdict(ctx, u);
    return general.answered && /^(?:No|Not \w+)\b/.test(general.blocks[0]?.text ?? '') ? general : fallback;
  }
  return generalVerdict(ctx, u);
}

/** The verdict read off the evidence: a model's recorded kinds or facts, the sentence ranking two sides, or the best sentence. */
function generalVerdict(ctx: PlanContext, u: Understanding): Draft {
  // "Is it any good for code?" of one model: the kinds its entry records it as decide.
  const fit = contentFitVerdict(ctx, u);
  if (fit) return fit;
  // "Can any of these models see images?": the kind that reads them answers, not the one that makes them.
  const reads = readerVerdict(ctx, u);
  if (reads) return reads;

  if (u.models.length > 0 && u.attribute && u.attribute !== 'figure') {
    const fact = answerFact(ctx, u);
    if (fact.answered) return fact;
  }
  const concepts = u.concepts.slice(0, 2);
  // "Are open models still behind closed ones?": the sentence that ranks the two sides answers it.
  const ranked = u.sides.length >= 2 && asksWhichSide(u) ? comparativeLead(ctx, u, u.sides) : undefined;
  if (ranked) return { kind: 'comparison', answered: true, blocks: [ranked], concepts };
  const evidence = verdictEvidence(ctx, u);
  // The verdict is in a sentence that holds the question's own words, not in the subject's definition.
  const top = Math.max(0, ...evidence.map((e) => e.coverage));
  const best = evidence.find((e) => e.coverage >= top * 0.8) ?? evidence[0];
  if (!best) return notAnswered();
  // A close sentence that states a verdict on what was asked beats one that only shares its words.
  const judged = judgedEvidence(ctx, u, evidence, best);
  const chosen = judged?.evidence ?? best;
  const lead = blockFrom(chosen, { maxChars: 420, maxUnits: 2, ...(judged ? { itemOnly: true } : {}) });
  if (!supported(ctx, u, chosen, lead.text)) return notAnswered();
  return { kind: 'explanation', answered: true, blocks: [judged ? { ...lead, text: verdictLead(ctx, u, judged.verdict, lead.text, chosen.passage.headings.join(' ')) } : lead], concepts };
}

/** The evidence a yes/no question is answered from: sentences holding its words, its subject's sections among them. */
export function verdictEvidence(ctx: PlanContext, u: Understanding): Evidence[] {
  const concepts = u.concepts.slice(0, 2);
  const sideTerms = u.sides.length === 2 ? u.sides.map((s) => new Set(ctx.index.analyzer.terms(s.concept ? s.concept.names.join(' ') : s.text))) : undefined;
  return explanationEvidence(ctx, u, u.aspect === 'definition' ? undefined : u.aspect, concepts, false, sideTerms);
}

/** Among the evidence close to the best, the first sentence that gives a verdict on the question. */
export function judgedEvidence(ctx: PlanContext, u: Understanding, evidence: readonly Evidence[], best: Evidence): { evidence: Evidence; verdict: Verdict } | undefined {
  let affirmed: { evidence: Evidence; verdict: Verdict } | undefined;
  const doubts = u.verdict.doubts;
  for (const e of [best, ...evidence.slice(0, 8).filter((x) => x !== best)]) {
    // A sentence leaning on one before it ("They are a specialised subtype…") cannot open the answer.
    if (e.score < best.score * 0.6 || e.coverage < best.coverage * 0.6) continue;
    // A verdict drawn as a conclusion ("All generated code therefore needs a review") is read with
    // the sentence it concludes from, which then opens the answer.
    const before = pointsBack(e.unit.unit.text) ? e.units[e.units.indexOf(e.unit) - 1] : undefined;
    if (pointsBack(e.unit.unit.text) && (!before || before.unit.bullet || e.unit.unit.bullet || pointsBack(before.unit.text))) continue;
    const verdict = verdictOf(ctx, u, e.unit.unit.text, e.passage.headings.join(' '));
    if (!verdict) continue;
    if (before) {
      if (verdict === 'Yes') continue;
      return { evidence: { ...e, unit: before }, verdict };
    }
    // "Do X really Y?" doubts what a definition seems to grant: a close sentence that takes up the
    // doubt ("do not really reason the way people do") answers it, before one that merely affirms.
    if (verdict === 'Yes' && doubts) {
      affirmed ??= { evidence: e, verdict };
      continue;
    }
    return { evidence: e, verdict };
  }
  return affirmed;
}

