/**
 * Links a question's words to what the knowledge knows: concepts (by any of their names, typos
 * fixed against the index's vocabulary), catalog models, articles, and names that look like models
 * but are not known ("Grok 4", "GPT-6"). Also renders the question with placeholders where it
 * linked something, which is what the intent classifier reads.
 */
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import { fold, stem, STOP_WORDS, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { MODEL_CODE, nameTokens, type ModelMatcher } from '../catalog/model-matcher.js';
import type { Concept, ConceptTable } from '../lexicon/concepts.js';
import type { Article, ArticleTable } from '../lexicon/documents.js';
import { linkTokens } from '../lexicon/phrases.js';
import { namesPublisher } from './publisher-name.js';
import { PLACEHOLDERS } from './intent/features.js';
import { FRAME, misspeltChatWord, WEAK_TERMS } from './terms.js';
import { isCoreEnglishWord, isEnglishWord } from '../../knowledge/search/english.js';
import { fieldTerms } from '../lexicon/domain.js';
import type { FieldMention } from './types.js';

export interface LinkContext {
  index: SearchIndex;
  concepts: ConceptTable;
  models: ModelMatcher;
  articles: ArticleTable;
  catalog: readonly CatalogEntry[];
}

export interface Linked {
  concepts: Concept[];
  models: CatalogEntry[];
  articles: Article[];
  unknownNames: string[];
  /** Named models or products the catalog does not hold, as written ("claude haiku 4.5"): documents may still name them. */
  names: string[];
  /** The text with linked spans replaced by placeholders, clause by clause. */
  placeholderText: string;
  /** Words (as written) covered by a link, so they are not counted as unknown topics. */
  linkedWords: Set<string>;
  /** Each link and each of the field's own words, read for how firmly it ties the question to the field. */
  mentions: FieldMention[];
}

/** Kinds of content whose generation people shorten to "gen" ("image gen", "video gen"). */
const MEDIA_BEFORE_GEN = new Set(['image', 'images', 'img', 'video', 'videos', 'audio', 'music', 'sound', 'speech', 'voice']);

/**
 * The stem a chat shorthand stands for: "img" is an image, and "gen" after a kind of content is its
 * generation ("img gen", "video gen models"), so the question meets "image generation" by name.
 */
function shorthandStem(raw: readonly string[], k: number): string | undefined {
  const word = raw[k]!;
  if (word === 'img' || word === 'imgs') return stem('image');
  if (word === 'gen' && k > 0 && MEDIA_BEFORE_GEN.has(raw[k - 1]!) && !/^\d/.test(raw[k + 1] ?? '')) return stem('generation');
  return undefined;
}

/** A word's stem, or the known stem a misspelling was meant to be ("reinforcment" → "reinforc"). */
function correctedStem(index: SearchIndex, word: string): string {
  const s = stem(word);
  // Short words are too often other words ("lane" is no misspelt "late"): only 5+ letters are corrected.
  if (STOP_WORDS.has(word) || word.length < 5 || index.has(s) || /\d/.test(word)) return s;
  return index.correct(s, word) ?? s;
}

/** Family words of the catalog ("gpt", "claude", "llama"): a family name with an unknown version is an unknown model. */
function familyWords(catalog: readonly CatalogEntry[]): Set<string> {
  const out = new Set<string>();
  for (const m of catalog) {
    const first = nameTokens(m.name)[0];
    if (first && /^[a-z]{3,}$/.test(first)) out.add(first);
  }
  return out;
}

const familyCache = new WeakMap<readonly CatalogEntry[], Set<string>>();

/** The catalog's family words ("gpt", "claude"), read once per catalog. */
export function familiesOf(catalog: readonly CatalogEntry[]): ReadonlySet<string> {
  let families = familyCache.get(catalog);
  if (!families) familyCache.set(catalog, (families = familyWords(catalog)));
  return families;
}

/** Words that precede a number without naming a product: "top 3", "under 7b", "2 weeks", "like im 5". */
const NOT_A_NAME = new Set(
  'im ive youre theyre me us him her them age aged grade top under over about around like than only just each per by in on at of for to from with thru through via step steps stage stages type types part version v day days week weeks month months year years hour hours minute minutes gen level levels option options tier page pages chapter section and or the a an is are was were be my our your we i it its size sizes around roughly maybe last next first second third'.split(
    ' ',
  ),
);

/** Words a number counts ("3 image models"): after one, the number is a count. */
const COUNTED = new Set('image images video videos model models prompt prompts time times step steps token tokens week weeks day days month months year years hour hours people users gpu gpus kinds types ways'.split(' '));

/** Verbs and adjectives a question puts before a name ("who makes X", "compare X", "the new X"): never part of it. */
const BEFORE_A_NAME = new Set(
  'make makes making made build builds building built create creates created develop develops developed release releases released train trains trained own owns run runs ran running host hosts hosted uses call calls called cost costs compare compares compared try tried pick picks choose recommend rate rates score scores scored beat beats say says said new newer newest latest old older current upcoming'.split(' '),
);

/**
 * Whether the word at `k` can be part of a name that continues after it. In a question that writes
 * the name capitalised ("who makes Sprout 2"), only a capitalised word away from the clause's start is.
 */
function nameWordAt(grid: Grid, clause: string, k: number, next: number, covered: ReadonlySet<number>): boolean {
  const t = grid.tokens[k]!;
  if (!/^[a-z][a-z-]+$/.test(t) || STOP_WORDS.has(t) || NOT_A_NAME.has(t) || BEFORE_A_NAME.has(t) || covered.has(k)) return false;
  const capital = (i: number) => /\p{Lu}/u.test(clause[grid.spans[i]![0]] ?? '');
  return !capital(next) || k === 0 || capital(k);
}

/** Words that tell one model of a family from another, after its version ("gemini 2.5 pro"). */
const VARIANTS = new Set('pro flash lite mini nano micro small medium large ultra max plus turbo instant thinking opus sonnet haiku scout maverick behemoth coder vision instruct chat base reasoning verified'.split(' '));

/**
 * Names with a version the catalog does not hold, with their neighbouring name words: "claude haiku
 * 4.5", "gpt 5.1", "stable diffusion 3.5". Without a catalog (a team's raw documents) these are how a
 * question names a model.
 */
function versionedNames(grid: Grid, clause: string, covered: ReadonlySet<number>, families: ReadonlySet<string>): string[] {
  const tokens = grid.tokens;
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!/^\d+(?:\.\d+)?$/.test(tokens[i]!) || covered.has(i)) continue;
    let start = i;
    while (start > 0 && i - start < 2 && nameWordAt(grid, clause, start - 1, start, covered) && writtenTogether(grid, clause, start - 1, start)) start--;
    if (start === i || !productWord(grid, clause, i - 1, families)) continue;
    let end = i + 1;
    while (end < tokens.length && VARIANTS.has(tokens[end]!) && !covered.has(end)) end++;
    const next = tokens[end];
    if (next && (COUNTED.has(next) || /^(?:million|billion|thousand|percent|k|m|b)$/.test(next))) continue;
    out.push(tokens.slice(start, end).join(' '));
  }
  return out;
}

/** Whether two tokens are written as one name: side by side, or joined by a hyphen ("GPT-6"), not across a comma, colon or "#". */
function writtenTogether(grid: Grid, clause: string, a: number, b: number): boolean {
  return /^[\s\-–]*$/.test(clause.slice(grid.spans[a]![1], grid.spans[b]![0]));
}

/**
 * Whether a word before a number can name a product: not a question or function word ("what 3",
 * "who's #1"), and not an everyday word as it starts a sentence or is written in lower case
 * ("Convert 5 photos", "documents 2") unless it is a family word of the catalog ("llama 5").
 */
function productWord(grid: Grid, clause: string, k: number, families: ReadonlySet<string>): boolean {
  const word = grid.tokens[k]!;
  if (STOP_WORDS.has(word) || NOT_A_NAME.has(word)) return false;
  if (families.has(word) || !isCoreEnglishWord(word)) return true;
  const first = /^\W*$/.test(clause.slice(0, grid.spans[k]![0]));
  return !first && /\p{Lu}/u.test(clause[grid.spans[k]![0]] ?? '');
}

function unknownNamesIn(grid: Grid, clause: string, ctx: LinkContext, matchedTokens: Set<number>): string[] {
  const tokens = grid.tokens;
  const families = familiesOf(ctx.catalog);
  const found: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    const version = tokens[i + 1]!;
    if (matchedTokens.has(i) || matchedTokens.has(i + 1)) continue;
    // A version is a number ("Grok 4"), or a letter and a number written as one after a catalog family ("DeepSeek R2"; not "BMW M3").
    if (!/^[a-z][a-z-]{1,}$/.test(word) || !(/^\d+(?:\.\d+)?$/.test(version) || (MODEL_CODE.test(version) && families.has(word)) || sizedName(grid, clause, i + 1, ctx)) || !productWord(grid, clause, i, families) || !writtenTogether(grid, clause, i, i + 1)) continue;
    // "3 image models", "2 weeks": a number counting the next word is no version.
    const next = tokens[i + 2];
    if (next && /^[a-z]{3,}$/.test(next) && (COUNTED.has(next) || (/[^s]s$/.test(next) && ctx.index.has(stem(next))))) continue;
    // A known family with an unknown version ("gpt 6"), or a word the knowledge never uses ("grok 4", "ubuntu 22.04").
    if (!families.has(word) && ctx.index.has(stem(word))) continue;
    // A name the documents write ("GPT-5.1" in an article's text, though not in the catalog) is known.
    if (mentionedTogether(ctx.index, word, version)) continue;
    // With the family word before it ("Claude Haiku 4.5").
    const start = i > 0 && nameWordAt(grid, clause, i - 1, i, matchedTokens) && writtenTogether(grid, clause, i - 1, i) ? i - 1 : i;
    // As the question wrote it ("CUDA 12", "GPT-6"), not re-cased.
    found.push(clause.slice(grid.spans[start]![0], grid.spans[i + 1]![1]).replace(/['’]s$/i, ''));
  }
  return found;
}

/** "'s Le Chat" after a name: capitalised words the knowledge never uses, as written. */
const OWNED = /^(?:['’]s)?\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)?)/;

/** The product a model's (or maker's) name owns right after it ("Mistral's Le Chat"), when the knowledge never uses a word of it. */
function ownedProduct(clause: string, end: number, ctx: LinkContext): string | undefined {
  // The possessive is written with the name ("Mistral's" is one written word) or right after it.
  if (!/['’]s$/i.test(clause.slice(0, end)) && !/^['’]s\s/.test(clause.slice(end))) return undefined;
  const m = OWNED.exec(clause.slice(end));
  if (!m) return undefined;
  const named = m[1]!.split(/\s+/);
  const unheard = (w: string) => !STOP_WORDS.has(w.toLowerCase()) && ctx.index.analyzer.terms(w).every((t) => !ctx.index.has(t));
  return named.some(unheard) ? m[0] : undefined;
}

/**
 * "Falcon 180B": a parameter count written as the version of a name the knowledge never uses is part
 * of that name, not a size class asked about. A catalog family's size ("Llama 70B") is its size.
 */
function sizedName(grid: Grid, clause: string, k: number, ctx: LinkContext): boolean {
  const word = grid.tokens[k - 1];
  if (k < 1 || !word || !/^\d+(?:\.\d+)?b$/.test(grid.tokens[k]!) || !/^[a-z][a-z-]{1,}$/.test(word)) return false;
  const families = familiesOf(ctx.catalog);
  return !families.has(word) && !ctx.index.has(stem(word)) && productWord(grid, clause, k - 1, families) && writtenTogether(grid, clause, k - 1, k);
}

/** True when some passage holds both the family word and the version ("gpt" and "5.1"). */
function mentionedTogether(index: LinkContext['index'], word: string, version: string): boolean {
  const withVersion = new Set(index.passagesWith(version).map((p) => p.id));
  return withVersion.size > 0 && index.passagesWith(stem(word)).some((p) => withVersion.has(p.id));
}

/** "7b", "70B", "1.5b": a parameter count, in billions. */
const PARAMETER_COUNT = /^(\d+(?:\.\d+)?)b$/;

interface SizeRange {
  concept: Concept;
  low: number;
  high: number;
}

const sizeCache = new WeakMap<ConceptTable, SizeRange[]>();

/** The size classes with the parameter range their defining section states ("Small models (1B to 7B parameters)"). */
function sizeRanges(table: ConceptTable): SizeRange[] {
  let ranges = sizeCache.get(table);
  if (ranges) return ranges;
  ranges = [];
  for (const concept of table.concepts) {
    if (concept.kind !== 'size-class' || !concept.defining) continue;
    const text = `${concept.defining.section} ${concept.defining.text.slice(0, 300)}`;
    const span = /(\d+(?:\.\d+)?)\s*(?:b|billion)\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*(?:b|billion)\b/i.exec(text);
    const open = /(\d+(?:\.\d+)?)\s*b\s*\+|more than (\d+(?:\.\d+)?) billion/i.exec(text);
    if (span) ranges.push({ concept, low: Number(span[1]), high: Number(span[2]) });
    else if (open) ranges.push({ concept, low: Number(open[1] ?? open[2]), high: Infinity });
  }
  sizeCache.set(table, ranges);
  return ranges;
}

/** The size class a parameter count falls in ("7b" → small model), when the knowledge states the ranges. */
export function sizeClassOf(token: string, table: ConceptTable): Concept | undefined {
  const m = PARAMETER_COUNT.exec(token);
  if (!m) return undefined;
  const n = Number(m[1]);
  return sizeRanges(table).find((r) => n >= r.low && n <= r.high)?.concept;
}

/** Who the answer is for ("my boss", "a non-technical exec", "a 5 year old"): a reader, not a topic. */
const READER = String.raw`(?:non-?\s?tech(?:nical|y)? )?(?:boss|manager|ceo|cfo|cto|coo|founder|exec(?:utive)?s?|stakeholders?|investors?|lawyer|marketer|designer|student|teenager|grandma|grandmother|grandpa|grand ?parents?|mum|mom|dad|parents?|wife|husband|aunt|uncle|kid|child|layperson|layman|novice|newcomer|non-?techie|(?:five|ten|\d+)[- ]year[- ]old)`;
/**
 * How a question asks to be answered, not what about: the register ("in simple terms", "like im 5",
 * "for my non-technical boss") and the length or form ("one sentence pls", "short answer", "two lines
 * max", "tldr", "keep it short", "quick q"). Written with or without the "in" that may lead it.
 */
const REGISTER = String.raw`\bin (?:simple|plain|layman'?s?|basic|everyday|non-?technical|normal|human) (?:terms|english|words|language)\b|\blike (?:i'?m|im|i am|you'?re talking to|talking to) (?:5|five|\d+|(?:a |an |my )?${READER})\b|\bfor (?:a |an |my |our )?(?:beginners?|dummies|newbies|(?:non-?\s?tech(?:nical|y)?|lay|busy) (?:people|folks|person|audience|boss|manager|ceo|exec(?:utive)?s?|stakeholders?|colleagues?|clients?|team|friend|parents?))\b|\b(?:to|for) (?:a |an |my |our )${READER}(?: who (?:is ?n[o']?t|isnt|is not) (?:technical|techy|an engineer))?\b|\b(?:like|as if|as though) (?:i'?m|im|i am|i was|i were) (?:(?:completely|totally|brand|very|pretty|really) )?new(?: to (?:this|it|ai|all this|all of this|the (?:topic|field|subject)))?\b|\bfor (?:someone|somebody|anyone|people|folks) (?:new to (?:this|it|ai)|(?:who (?:is|are) ?n[o']?t|who isnt|with no|without an?) (?:technical|techy|tech|a tech background|technical background|background)(?: background)?)\b|\b(?:without|with no|no) (?:the )?(?:jargon|technical terms)\b`;
const LENGTH = String.raw`\b(?:in )?(?:one|a single|a few|a couple of|two|three|[1-3]) (?:short )?(?:sentences?|lines?|words?|paragraphs?|bullets?|bullet points?)(?: (?:max|maximum|tops|or less|or fewer))?\b|\b(?:short|shorter|quick|brief|simple|simpler|one[- ]line|high[- ]level|tl;?dr) (?:answer|version|explanation|summary|definition|take|description)\b|\b(?:keep|make) it (?:short|brief|simple|quick)\b|\b(?:super|really|very|real) (?:short|brief|quick)(?:ly)?\b|\b(?:briefly|in brief|in short|in a nutshell|tl;?dr|short and sweet|one[- ]liner)\b|\bquick (?:q|qn|question|one)\b|\bin the first place\b|\bto begin with\b|(?<=\b(?:explain|walk (?:me|us) through|break (?:it |this |that )?down|describe|tell (?:me|us)|show (?:me|us)|how (?:does|do|did|is|are)\b[^?.!]{0,60}\b(?:works?|happens?|goes|go))\b[^?.!]{0,80})\bstep[- ]by[- ]step\b|\bin (?:great |more )?(?:detail|depth)\b|\bat a high level\b`;
/** "What is a model? like is it a file, a program, what": guesses the asker offers, closed by "…or what", ask nothing of their own. */
const GUESSES = String.raw`\b(?:like |i mean |so )?(?:is|are) (?:it|that|this|they|those) (?:just |basically |like )?(?:an? |some )?[\w-]+(?:(?:,\s*|\s+or\s+)(?:an? |some |like )?[\w-]+){0,3},?\s*(?:or )?what\b`;
export const FRAMING = new RegExp(`${REGISTER}|${LENGTH}|${GUESSES}`, 'gi');

/** The indexes of the clause's tokens inside a framing phrase. */
function framingTokens(grid: Grid, clause: string): Set<number> {
  const out = new Set<number>();
  for (const m of clause.matchAll(FRAMING)) {
    grid.spans.forEach(([from, to], k) => {
      if (from >= m.index && to <= m.index + m[0].length) out.add(k);
    });
  }
  return out;
}

/** Words that say what shape of answer is wanted ("the six kinds of…", "list the…", "what counts as…"), not another topic. */
const ASKS_FOR = new Set(['kind', 'type', 'sort', 'categori', 'flavor', 'flavour', 'varieti', 'exampl', 'list', 'count', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'main']);

/** A concept named only by the domain's everyday words ("model", "AI model"). */
function isGeneric(concept: Concept): boolean {
  return concept.names.every((n) => linkTokens(n).every((t) => WEAK_TERMS.has(t) || ['a', 'an', 'the', 'ai'].includes(t)));
}

/** A clause's words with where each came from: the grid the linkers share. */
interface Grid {
  /** Normalised word tokens (as `words()` makes them). */
  tokens: string[];
  /** For each token, the character span in the clause of the written word it came from. */
  spans: Array<[number, number]>;
}

const WRITTEN = /[\p{L}\p{N}$][\p{L}\p{N}$%+#'’.\-/]*/gu;

function gridOf(clause: string): Grid {
  const tokens: string[] = [];
  const spans: Array<[number, number]> = [];
  for (const m of clause.matchAll(WRITTEN)) {
    const word = m[0].replace(/[.'’\-/]+$/, '');
    const span: [number, number] = [m.index, m.index + word.length];
    for (const t of words(fold(word), false)) {
      tokens.push(t);
      spans.push(span);
    }
  }
  return { tokens, spans };
}

/** The clause with each linked token range replaced by its placeholder. */
function withPlaceholders(clause: string, grid: Grid, links: Array<{ start: number; end: number; placeholder: string }>): string {
  const edits = links
    .map((l) => ({ from: grid.spans[l.start]![0], to: grid.spans[l.end - 1]![1], placeholder: l.placeholder }))
    .sort((a, b) => b.from - a.from);
  let out = clause;
  let limit = Infinity;
  for (const e of edits) {
    if (e.to > limit) continue;
    out = out.slice(0, e.from) + e.placeholder + out.slice(e.to);
    limit = e.from;
  }
  return out;
}

/** Words that join a field word to what follows it in one phrase: "diffusion of oxygen", "fine-tune the carburettor". */
const JOINERS = new Set('a an the my our your his her their its this that these those some of'.split(' '));

/**
 * Endings of words that describe or act ("specialised", "biggest", "slowly", "cranking") rather than
 * name another thing: such a word beside a field word says how it is used, not that it is another
 * field's thing.
 */
const DESCRIBING = /(?:ed|est|ly|ing|able|ible|ous|ful|less|ive)$/;

/**
 * A link (or field word) over tokens [start, end), read for whether only this field says it and for
 * whether a word beside it pulls it into another field. A catalog model named with its version
 * ("Heron 5"), a name of several words ("context window") or a word no everyday English uses ("LLM",
 * "tokenizer") is firm. One common word ("train", "token", "weights") has everyday senses, and a
 * thing the knowledge never names, right before it or right after it, is one of those senses: "house
 * train", "arcade tokens", "model railway", "diffusion of oxygen", "fine-tune the carburettor".
 */
function mentionAt(grid: Grid, clause: string, link: { start: number; end: number; versioned: boolean }, foreignAt: (k: number) => boolean, corrected: ReadonlySet<number>): FieldMention {
  const { start, end } = link;
  const content: number[] = [];
  for (let k = start; k < end; k++) {
    const t = grid.tokens[k]!;
    if (t.length > 1 && !STOP_WORDS.has(t) && !/^\d+(?:\.\d+)?$/.test(t)) content.push(k);
  }
  // A typo fixed into a field word ("parametric" read as "parameter") is no word of the field's own.
  const rare = content.some((k) => !isEnglishWord(grid.tokens[k]!) && !corrected.has(k));
  const words = grid.tokens.slice(start, end).join(' ');
  if (rare || link.versioned) return { words, firm: true, foreign: false };
  // The phrase a word belongs to ends at punctuation: "a context window, tldr" is no "window tldr".
  const joined = (a: number, b: number) => !/[,;:()!?"“”]/.test(clause.slice(grid.spans[a]![1], grid.spans[b]![0]));
  // A name of several words ("fine tuning") keeps its sense beside a word said of everything ("a
  // fine-tuning project"); one word ("train times") does not.
  const firm = content.length >= 2;
  const names = (k: number) => foreignAt(k) && !DESCRIBING.test(grid.tokens[k]!) && !(firm && isCoreEnglishWord(grid.tokens[k]!));
  // A modifier stands right before its noun; what follows may come after "of" or an article.
  const before = start > 0 && joined(start - 1, start) && names(start - 1);
  let k = end;
  while (k < grid.tokens.length && JOINERS.has(grid.tokens[k]!)) k++;
  const last = grid.tokens[end - 1]!;
  // A plural names things, no modifier of a thing after it ("diffusion models bad at"); after a
  // singular word, an "-s" word right beside it is as likely its verb ("a model fits") as a noun.
  const plural = /[^s]s$/.test(last);
  const verbLike = k === end && /[^s]s$/.test(grid.tokens[k] ?? '') && !/ing$/.test(last);
  const after = !plural && k < grid.tokens.length && joined(end - 1, k) && names(k) && !verbLike;
  return { words, firm, foreign: before || after };
}

export function linkEntities(clauseTexts: readonly string[], ctx: LinkContext): Linked {
  const concepts: Concept[] = [];
  const models: CatalogEntry[] = [];
  const linkedWords = new Set<string>();
  const unknownNames: string[] = [];
  const names: string[] = [];
  const rendered: string[] = [];
  const mentions: FieldMention[] = [];
  const field = fieldTerms(ctx.concepts, ctx.index, ctx.catalog);
  for (const clause of clauseTexts) {
    const grid = gridOf(clause);
    const raw = grid.tokens;
    const links: Array<{ start: number; end: number; placeholder: string }> = [];
    const covered = new Set<number>();
    const cover = (start: number, end: number, placeholder: string) => {
      links.push({ start, end, placeholder });
      for (let k = start; k < end; k++) {
        covered.add(k);
        linkedWords.add(raw[k]!);
      }
    };
    // Model names, on the matcher's finer token grid ("flux.1" → flux 1).
    const fine: number[] = [];
    const flat: string[] = [];
    raw.forEach((w, i) => nameTokens(w).forEach((t) => (flat.push(t), fine.push(i))));
    for (const m of ctx.models.find(flat.join(' '))) {
      // "Mistral's Le Chat": a product the maker's name owns, which the knowledge never names, is not the model.
      const owned = ownedProduct(clause, grid.spans[fine[m.end - 1]!]![1], ctx);
      if (owned) {
        unknownNames.push((clause.slice(grid.spans[fine[m.start]!]![0], grid.spans[fine[m.end - 1]!]![1]) + owned).replace(/\s+/g, ' '));
        continue;
      }
      if (!models.includes(m.model)) models.push(m.model);
      cover(fine[m.start]!, fine[m.end - 1]! + 1, models.indexOf(m.model) === 0 ? PLACEHOLDERS.model : PLACEHOLDERS.model2);
    }
    // Concepts, on stems with typos fixed.
    const stems = raw.map((w, k) => shorthandStem(raw, k) ?? correctedStem(ctx.index, w.replace(/'/g, '')));
    const framing = framingTokens(grid, clause);
    for (const m of ctx.concepts.dictionary.find(stems)) {
      // "model" alone names the concept of a model only when nothing more specific is asked about.
      const span = stems.slice(m.start, m.end);
      const generic = span.every((t) => WEAK_TERMS.has(t) || ['a', 'an', 'the', 'ai'].includes(t)) || isGeneric(m.value);
      const elsewhere = stems.filter((t, k) => (k < m.start || k >= m.end) && !framing.has(k) && !STOP_WORDS.has(t) && !FRAME.has(raw[k]!) && t.length > 2 && !WEAK_TERMS.has(t) && !ASKS_FOR.has(t));
      if (generic && elsewhere.length > 0) continue;
      let free = true;
      for (let k = m.start; k < m.end; k++) if (covered.has(k)) free = false;
      if (!free) continue;
      if (!concepts.includes(m.value)) concepts.push(m.value);
      cover(m.start, m.end, concepts.indexOf(m.value) === 0 ? PLACEHOLDERS.concept : PLACEHOLDERS.concept2);
    }
    // "open and closed models": the first word shares the second's head noun ("open models").
    for (let k = 0; k + 2 < stems.length; k++) {
      const after = links.find((l) => l.start === k + 2 && l.end - l.start >= 2);
      if (covered.has(k) || !after || !/^(?:and|or|vs|versus|&)$/.test(raw[k + 1]!)) continue;
      const shared = ctx.concepts.dictionary.find([stems[k]!, stems[after.end - 1]!]).find((m) => m.start === 0 && m.end === 2);
      if (!shared || concepts.includes(shared.value)) continue;
      // In the order asked: "open and closed" names open first.
      const second = concepts.findIndex((c) => ctx.concepts.dictionary.find(stems.slice(after.start, after.end)).some((m) => m.value === c));
      concepts.splice(second >= 0 ? second : concepts.length, 0, shared.value);
      cover(k, k + 1, concepts.indexOf(shared.value) === 0 ? PLACEHOLDERS.concept : PLACEHOLDERS.concept2);
    }
    // "7b vs 70b": a parameter count names the size class it falls in.
    raw.forEach((t, k) => {
      // Not "50B+" or "under 7B" (bounds, not sizes), nor a quoted "'70B'" (the notation itself is asked about).
      const [from, to] = grid.spans[k]!;
      const bound = clause.slice(from, to + 1).includes('+') || /['"“‘]/.test(clause[from - 1] ?? '') || /\b(?:under|below|over|above|than|to|up to|at least|at most)\s+$/i.test(clause.slice(0, from));
      const size = covered.has(k) || bound || sizedName(grid, clause, k, ctx) ? undefined : sizeClassOf(t, ctx.concepts);
      if (!size) return;
      if (!concepts.includes(size)) concepts.push(size);
      cover(k, k + 1, concepts.indexOf(size) === 0 ? PLACEHOLDERS.concept : PLACEHOLDERS.concept2);
    });
    const unknown = unknownNamesIn(grid, clause, ctx, covered);
    // Names spread over the clause ("the end-to-end pipeline for training" → training pipeline).
    const content = (s: string) => s.length > 3 && !STOP_WORDS.has(s) && !WEAK_TERMS.has(s);
    const loose: Concept[] = [];
    for (const concept of ctx.concepts.dictionary.findLoose(stems, content)) {
      if (concepts.includes(concept)) continue;
      loose.push(concept);
      // A more specific name takes the place of the general one it contains ("training stages" for "training").
      const general = concepts.findIndex((c) => c.names.some((n) => !/\s/.test(n) && concept.names.some((m) => m !== n && new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(m))));
      if (general >= 0) concepts.splice(general, 1, concept);
      else concepts.push(concept);
    }
    // How firmly each link and each of the field's own words ties the question to the field.
    const termsOf = (k: number) => ctx.index.analyzer.terms(raw[k]!);
    const corrected = new Set(raw.flatMap((w, k) => (stems[k] !== stem(w.replace(/'/g, '')) ? [k] : [])));
    // A word the knowledge never uses, as the question's terms read it: a synonym it knows ("cheapest") is known.
    const foreignAt = (k: number) => {
      const t = raw[k]!;
      if (covered.has(k) || framing.has(k) || STOP_WORDS.has(t) || FRAME.has(t) || t.length < 2 || /\d/.test(t) || misspeltChatWord(t)) return false;
      return !ctx.index.has(stems[k]!) && !termsOf(k).some((x) => ctx.index.has(x) || field.has(x));
    };
    const model = new Set<string>([PLACEHOLDERS.model, PLACEHOLDERS.model2]);
    for (const l of [...links].sort((x, y) => x.start - y.start)) {
      const versioned = model.has(l.placeholder) && raw.slice(l.start, l.end).some((t) => /^\d/.test(t));
      mentions.push(mentionAt(grid, clause, { ...l, versioned }, foreignAt, corrected));
    }
    // "Which certifications do vendors have?": a name said with its words apart ties the question to the
    // field as loosely as an everyday word, and not at all beside a word the knowledge never uses.
    for (const concept of loose) mentions.push({ words: concept.name, firm: false, foreign: raw.some((_, k) => foreignAt(k)) });
    raw.forEach((_, k) => {
      if (!covered.has(k) && !STOP_WORDS.has(raw[k]!) && termsOf(k).some((x) => !x.startsWith('~') && field.has(x))) mentions.push(mentionAt(grid, clause, { start: k, end: k + 1, versioned: false }, foreignAt, corrected));
    });
    unknownNames.push(...unknown);
    // A name already kept as unknown ("GPT-6" is "gpt 6") is not named twice.
    const unknownTokens = unknown.map((u) => words(fold(u), false).join(' '));
    names.push(...versionedNames(grid, clause, covered, familiesOf(ctx.catalog)).filter((n) => !unknownTokens.some((u) => n.endsWith(u))));
    rendered.push(withPlaceholders(clause, grid, links));
  }
  const articles = ctx.articles.find(clauseTexts.join(' '));
  // "The PicassoIA explainer" names the article by its publisher, not the publisher's own model.
  const named = articles.length > 0 ? models.filter((m) => !namesPublisher(m, articles, clauseTexts.join(' '))) : models;
  return { concepts, models: named, articles, unknownNames, names, placeholderText: rendered.join(' '), linkedWords, mentions };
}
