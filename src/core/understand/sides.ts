/**
 * The two (or more) things a comparison weighs: "GANs vs diffusion for image gen" → GAN, diffusion;
 * "is gen ai just another word for llms?" → generative AI, LLM. Each side is linked to a concept or
 * a model where the knowledge has one.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import { nameTokens } from '../catalog/model-matcher.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { linkTokens } from '../lexicon/phrases.js';
import { fold, words } from '../../knowledge/search/text.js';
import { sizeClassOf, type LinkContext, type Linked } from './entities.js';
import { categoryConcept, readCategories, readConstraints } from './needs.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { Intent } from './intent/examples.js';
import type { Constraints, Side } from './types.js';
import type { Concept } from '../lexicon/concepts.js';

const PATTERNS: RegExp[] = [
  /\bdiff(?:erence|erences)?\b.*?\bbetween\s+(.+?)\s+(?:and|&|vs\.?|versus|or)\s+(.+)/i,
  /(.+?)\s+(?:vs\.?|versus|v\.?|compared (?:to|with)|against)\s+(.+)/i,
  /^(?:are|is)\s+(.+?)\s+(?:and|&)\s+(.+?)\s+(?:(?:really|just|basically|actually|exactly)\s+)?(?:the same(?: thing)?|identical|interchangeable|synonyms|synonymous|equivalent)\b/i,
  /(.+?)\s+(?:just |really |simply )?(?:another|a fancy|a different|the same|same) (?:word|name|term|thing) (?:for|as)\s+(.+)/i,
  /(.+?)\s+(?:the )?same (?:thing )?as\s+(.+)/i,
  /(.+?)\s+(?:differ|different|differs) from\s+(.+)/i,
  /(.+?)\s+(?:better|worse|cheaper|faster|slower|bigger|smaller|more \w+|less \w+) than\s+(.+)/i,
  /(.+?)\s+or\s+(.+)/i,
];

/** A side that only points at something named before it ("that", "those really"). */
export const POINTER = /^(?:that|this|it|those|these|they)(?:\s+(?:actually|really|just|even|basically|truly|honestly|still))?$/i;

function tidy(side: string): string {
  return side
    .replace(/(?:[?!,;:]|\.(?!\d)|\s[-–—]\s).*$/, '')
    .replace(/^.*\b(?:is|are|does|between|whats|what's|what is|compare|comparing)\s+/i, '')
    .replace(/\b(?:for|on|in|when|which|what|whats|if)\b.*$/i, '')
    .replace(/^(?:(?:could|can|would) you\s+)?(?:please\s+)?(?:explain|describe|tell me)?\s*\bhow\s+/i, '')
    .replace(/\s+(?:is|are)$/i, '')
    .replace(/^(?:a|an|the|using|just)\s+/i, '')
    .trim();
}

/** A term the text puts in quotes ('custom copilot', "open weights"), not an apostrophe's neighbours. */
export function quotedIn(text: string): string | undefined {
  return /(?:^|[\s(:])['"“‘]([^'"”’]{2,40})['"”’](?=[\s,.?!;:)]|$)/.exec(text)?.[1];
}

/**
 * A quoted term that holds a model's name and a word no name of it has ("'custom copilot'" against
 * GitHub Copilot) is a term of its own: what is asked about is the quoted term, not the model.
 */
export function quoteOutgrowsModel(quote: string, model: CatalogEntry): boolean {
  const own = new Set([model.name, ...model.aliases].flatMap((n) => nameTokens(n)));
  const quoted = nameTokens(quote);
  return quoted.some((t) => own.has(t)) && quoted.some((t) => t.length > 2 && !own.has(t) && !/^(?:the|an?|model|models)$/.test(t));
}

/** The models a question's quoted term stands apart from (see quoteOutgrowsModel). */
export function modelsOutgrownByQuote(text: string, models: readonly CatalogEntry[]): CatalogEntry[] {
  const quote = quotedIn(text);
  return quote ? models.filter((m) => quoteOutgrowsModel(quote, m)) : [];
}

/** A side that only asks for the difference ("whats the actual diff", "the real difference"): padding, no thing compared. */
const PADDING_SIDE = /^(?:(?:what'?s|what is|whats|so|the|a|an|actual|actually|real|really|exact|main|key|big|whole|diff|diffs|difference|differences|deal|point|here)\s*)+$/i;

/** A second side that ends on the question about it ("diffusion whats the actual diff"): the thing before the question. */
function beforeQuestion(raw: string): string {
  return tidy(raw.replace(/\s+(?:so\s+)?(?:whats|what's|what is|what are|what)\b.*$/i, ''));
}

/** An example that illustrates a side ("classic ML like spam filters", "such as fraud checks"). */
const EXAMPLE_CLAUSE = /\s*,?\s+(?:like|such as|e\.?g\.?|eg|for example|for instance|say|think)\s+.*$/i;
/** Everyday words for what documents call traditional, and machine learning named for the AI it is. */
const CLASSIC = /\b(?:classic(?:al)?|conventional|old[- ]school|old[- ]fashioned|regular|normal|plain old)\b/gi;
const CLASSIC_ONCE = new RegExp(CLASSIC.source, 'i');
const MACHINE_LEARNING = /\b(?:ml|machine learning)\b/gi;

/**
 * A side linked as written, else without the example it gives and in the documents' plainer words:
 * "classic ML like spam filters" is traditional AI.
 */
function linkSide(text: string, ctx: LinkContext, quoted = false): Side {
  const side = linkWritten(text, ctx, quoted);
  // "Conventional machine learning" is traditional AI, not AI models in general.
  // So is "traditional machine learning": a side that says "traditional" is not a kind whose names never do.
  const everyday = CLASSIC_ONCE.test(text) || (/\btraditional\b/i.test(text) && !!side.concept && !side.concept.names.some((n) => /\btraditional\b/i.test(n)));
  if (quoted || ((side.model || side.concept) && !everyday)) return side;
  const head = text.replace(EXAMPLE_CLAUSE, '').trim();
  const plain = head.replace(CLASSIC, 'traditional').replace(MACHINE_LEARNING, 'AI');
  for (const variant of new Set(everyday ? [plain, head] : [head, plain])) {
    if (!variant || variant === text) continue;
    const found = linkWritten(variant, ctx);
    if (found.model || found.concept) return { ...found, text: head };
  }
  return side;
}

function linkWritten(text: string, ctx: LinkContext, quoted = false): Side {
  const found = ctx.models.find(nameTokens(text).join(' '))[0]?.model;
  const model = found && !(quoted && quoteOutgrowsModel(text, found)) ? found : undefined;
  if (model) return { text, model };
  // "7b" → the small model size class, "70b model" → the large one.
  // "audio gen vs video gen": a side that names a kind of content is the model type that makes it.
  const concept =
    words(fold(text), false).map((t) => sizeClassOf(t, ctx.concepts)).find(Boolean) ??
    ctx.concepts.dictionary.find(linkTokens(text))[0]?.value ??
    categoryConcept(readCategories(text), ctx);
  if (concept) return { text, concept };
  // "the chat version", "an instruct variant of it": a version of a model named by its kind is a model of that kind.
  const version = VERSION_OF_KIND.exec(text);
  const kind = version ? ctx.concepts.dictionary.find(linkTokens(`${version[1]} model`))[0]?.value : undefined;
  return kind ? { text, concept: kind } : { text };
}

/** A kind's word before "version", "variant" or "edition": "chat version" → "chat". */
const VERSION_OF_KIND = /\b([a-z][\w-]*)\s+(?:versions?|variants?|editions?|flavou?rs?)\b/i;

/** Words that introduce what sides are weighed on ("on MMLU", "in terms of cost"), not another side. */
const CRITERION_LEAD = ['on', 'in terms of', 'by'];

/** Whether the question names a concept as what the sides are weighed on ("… on MMLU"). */
export function namedAsCriterion(text: string, concept: Concept): boolean {
  const lower = ` ${fold(text).replace(/[^a-z0-9-]+/g, ' ')} `;
  return concept.names.some((n) => { const name = fold(n); return CRITERION_LEAD.some((w) => lower.includes(` ${w} ${name} `) || lower.includes(` ${w} the ${name} `)); });
}

/** The sides a question weighs; `setAgainst`: only those its wording sets against each other, not every thing it names. */
export function readSides(text: string, intent: Intent, linked: Linked, ctx: LinkContext, setAgainst = false): Side[] {
  const entities = linked.models.length + linked.concepts.length;
  if (intent !== 'comparison' && intent !== 'yesno') return [];
  const clause = text.replace(/\s+/g, ' ');
  for (const pattern of PATTERNS) {
    const m = pattern.exec(clause);
    if (!m) continue;
    // "which is further along, audio or video models": the first side is the clause just before the
    // connector, unless that clause only points back ("foundation model, is that the same as…").
    const last = tidy(m[1]!.split(/[?!,;:]\s+|\s[-–—]\s/).pop()!);
    // "for our support bot should we grab the base model or…": a clause that opens on its purpose tidies
    // to nothing; the side is the noun phrase the clause ends on.
    const ending = /\b(?:the|an?)\s+((?:[\w.-]+\s*){1,3})$/i.exec(m[1]!.trim())?.[1]?.trim() ?? '';
    const tidied = last && !POINTER.test(last) ? last : tidy(m[1]!) || ending;
    // "Is there any data on ROI for open-source vs proprietary?": the first side is the phrase next
    // to the connector, after the last preposition, when that names a thing the knowledge has: not
    // the whole clause ("there any data on ROI for open-source").
    const near = tidy(/^.*\b(?:for|on|of|about|with|between)\s+((?:[\w.-]+\s*){1,4})$/i.exec(m[1]!.trim())?.[1]?.trim() ?? '');
    const named = (side: string) => { const l = linkSide(side, ctx); return l.model !== undefined || l.concept !== undefined; };
    // A clause naming what is weighed ("the hardest part for video vs image models") asks that of the
    // comparison as it is read already.
    const weighs = /\b(?:part|challenges?|problems?|catch|downsides?|differences?|trade-?offs?|advantages?|benefits?|pros|cons)\b/i.test(tidied);
    const a = near && tidied && tidied !== near && !weighs && named(near) && (!named(tidied) || tidied.endsWith(near)) ? near : tidied;
    const b = PADDING_SIDE.test(tidy(m[2]!)) ? beforeQuestion(m[2]!) : tidy(m[2]!);
    // "whats the actual diff, X vs Y" is no comparison of the padding with X: the next reading, or the things named.
    if (!a || !b || PADDING_SIDE.test(a) || PADDING_SIDE.test(b)) continue;
    // "my manager keeps saying 'foundation model' … a fancy word for LLM?": a side is the term in quotes.
    const sides = [a, b].map((side) => { const q = quotedIn(side); return linkSide(q ?? side, ctx, q !== undefined); });
    // "A vs B vs C": the second side goes on to more sides, each named in turn.
    const chain = b.split(/\s+(?:vs\.?|versus)\s+/i);
    if (chain.length > 1) {
      const more = chain.map((piece) => linkSide(tidy(piece), ctx));
      if (more.every((s) => s.model || s.concept)) sides.splice(1, 1, ...more);
    }
    // "Gemini 2.5 Flash, GPT-5 or Claude 4.5 Sonnet": the list before the connector holds sides too,
    // each piece back to the first one that names nothing known.
    if (a === last && sides.every((s) => s.model || s.concept)) {
      const pieces = m[1]!.split(/[?!,;:]\s+|\s[-–—]\s/).slice(0, -1);
      for (const piece of pieces.reverse()) {
        const side = linkSide(tidy(piece), ctx);
        if (!side.model && !side.concept) break;
        sides.unshift(side);
      }
    }
    // "'foundation model' … is that just a fancy word for LLM?": "that" is what was named before.
    for (const [i, side] of sides.entries()) {
      if (side.model || side.concept || !POINTER.test(side.text)) continue;
      const other = sides[1 - i]!;
      const named = linked.concepts.find((c) => c !== other.concept);
      if (named) sides[i] = { text: named.name, concept: named };
    }
    // "Open vs closed models": the head noun the second side ends on is the first one's too.
    for (const [i, side] of sides.entries()) {
      if (side.model || side.concept) continue;
      const head = / ((?:models?|networks?|llms?|systems?))$/i.exec(sides[1 - i]!.text)?.[1];
      if (!head || side.text.toLowerCase().endsWith(head.toLowerCase())) continue;
      // Only a name that holds the side's own word counts: "open models", not the bare "models".
      const word = side.text.toLowerCase().split(/\s+/)[0]!;
      const holds = (shared: Side) => shared.model !== undefined || (shared.concept !== undefined && shared.concept !== sides[1 - i]!.concept && shared.concept.names.some((n) => n.toLowerCase().includes(word)));
      // "Open vs closed LLM": an LLM is a model, so "open model" names the side when "open LLM" names nothing.
      const found = [head, ...(/^llms?$/i.test(head) ? ['model'] : [])].map((h) => linkSide(`${side.text} ${h}`, ctx)).find(holds);
      if (found) sides[i] = found;
    }
    // "Closed vs open LLMs": a kind of model written with "LLM" for its head is that kind (open
    // models), not LLMs in general, when the knowledge names the kind with "model".
    for (const [i, side] of sides.entries()) {
      const own = /^(.+?)\s+llms?$/i.exec(side.text)?.[1];
      if (!own || side.model || !side.concept || side.concept.names.some((n) => n.toLowerCase().startsWith(own.toLowerCase()))) continue;
      const word = own.toLowerCase().split(/\s+/)[0]!;
      const kind = linkSide(`${own} model`, ctx);
      if (kind.concept && kind.concept !== side.concept && kind.concept.names.some((n) => n.toLowerCase().includes(word))) sides[i] = { ...kind, text: side.text };
    }
    // "A code LLM made by further training vs one trained from scratch": "one" and what follows it is
    // the other side's kind, built another way (whatever the words after "one" would link to alone).
    for (const [i, side] of sides.entries()) {
      const other = sides[1 - i];
      if (sides.length === 2 && /^ones?\s+\w/i.test(side.text) && other?.concept && !other.model) sides[i] = { text: side.text, concept: other.concept };
    }
    // "A small language model vs a large one": "one" stands for what the other side names, the
    // side's own word in front ("large model", the other side being the small model).
    for (const [i, side] of sides.entries()) {
      const own = /^(.+?)\s+ones?$/i.exec(side.text)?.[1];
      const other = sides[1 - i];
      if (side.model || side.concept || !own || !other?.concept) continue;
      const rest = (name: string) => name.split(/\s+/).slice(1).join(' ');
      const found = [rest(other.concept.name), rest(other.text)].filter(Boolean).map((head) => linkSide(`${own} ${head}`, ctx)).find((s) => s.concept !== undefined && s.concept !== other.concept && s.concept.names.some((n) => n.toLowerCase().includes(own.toLowerCase().split(/\s+/).pop()!)));
      if (found) sides[i] = found;
    }
    // "Small language models vs large language models": two sides written with one head, each with its
    // own word in front, are two kinds of one sort: "large" names the large model (the small model's
    // sibling), not LLMs in general.
    if (sides.length === 2) {
      const [first, second] = sides.map((x) => x.text.toLowerCase().split(/\s+/));
      const sameHead = first!.length >= 2 && first!.length === second!.length && first!.slice(1).join(' ') === second!.slice(1).join(' ') && first![0] !== second![0];
      for (const [i, side] of sides.entries()) {
        const other = sides[1 - i]!;
        if (!sameHead || side.model || !other.concept?.broader || side.concept?.broader === other.concept.broader) continue;
        const head = other.concept.name.split(/\s+/).slice(1).join(' ');
        const own = side.text.split(/\s+/)[0]!;
        const sibling = head ? linkSide(`${own} ${head}`, ctx) : undefined;
        if (sibling?.concept && sibling.concept !== other.concept && sibling.concept.broader === other.concept.broader) sides[i] = { ...sibling, text: side.text };
      }
    }
    // "X or Y" only counts when both sides are things the knowledge knows.
    if (pattern === PATTERNS[PATTERNS.length - 1] && sides.some((s) => !s.model && !s.concept)) continue;
    if (sides.every((s) => s.model || s.concept) || intent === 'comparison') return sides;
  }
  if (entities >= 2 && !setAgainst) {
    const models: Side[] = linked.models.map((m) => ({ text: m.name, model: m }));
    // "How far apart are open and closed models on MMLU?": what they are weighed on is no side.
    const weighed = linked.concepts.filter((c) => !namedAsCriterion(clause, c));
    const concepts: Side[] = (models.length + weighed.length >= 2 ? weighed : linked.concepts).map((c) => ({ text: c.name, concept: c }));
    // "Compare A, B, C and D on price": every model named is a side, up to a readable six.
    return [...models, ...concepts].slice(0, Math.min(6, Math.max(3, models.length)));
  }
  return [];
}

/**
 * "Open vs closed models for a bank": the constraints the words beside the two sides state, the
 * sides' own words taken out ("open", "closed" are what is compared, not what is needed).
 */
export function besideSides(text: string, sides: readonly Side[]): { besideSides?: Constraints } {
  if (sides.length < 2) return {};
  let rest = text;
  for (const side of sides) for (const name of [side.text, side.model?.name, ...(side.concept?.names ?? [])]) if (name) rest = rest.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), ' ');
  const stated = readConstraints(rest);
  return Object.entries(stated).some(([, v]) => v === true) ? { besideSides: stated } : {};
}

/**
 * "what's a 'custom copilot'…": a quoted term that only shares a word with a model's name is the
 * subject itself, not that model (nor the concept named after it), nor is the model's synonym group
 * ("~github_copilot") a term to search by. True when a model was dropped.
 */
export function dropOutgrown(text: string, linked: Linked, terms: WeightedTerm[], ctx: Pick<LinkContext, 'index'>): boolean {
  const outgrown = modelsOutgrownByQuote(text, linked.models);
  if (outgrown.length === 0) return false;
  linked.models = linked.models.filter((m) => !outgrown.includes(m));
  const names = new Set(outgrown.map((m) => m.name.toLowerCase()));
  linked.concepts = linked.concepts.filter((c) => !names.has(c.name.toLowerCase()));
  const groups = new Set(outgrown.map((m) => `~${ctx.index.analyzer.terms(m.name).filter((t) => !t.startsWith('~')).join('_')}`));
  for (let i = terms.length - 1; i >= 0; i--) if (groups.has(terms[i]!.term)) terms.splice(i, 1);
  return true;
}
