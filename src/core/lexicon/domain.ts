/**
 * Whether a question is about AI models at all. The knowledge's words are mostly everyday English
 * ("best", "place", "office", "long", "book"), so a question sharing a few of them with it is not
 * thereby a question for it: one that names nothing the knowledge knows (no concept, model, article,
 * kind of output, model attribute or need) and none of the field's own words is out of scope.
 * A team's own documents about something else (parking, expenses) are their own field: a question
 * whose words lead to one of those is for them, and answered as any other.
 */
import type { Analyzer } from '../../knowledge/search/analyzer.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import type { ConceptTable } from './concepts.js';
import { isEnglishWord } from '../../knowledge/search/english.js';
import type { FieldMention } from '../understand/types.js';

/** Words of the field itself, whatever the knowledge folder holds. */
const FIELD_WORDS =
  'model models ai llm llms gpt ml neural network networks token tokens prompt prompts chatbot chatbots train training trained dataset datasets inference gpu gpus weights parameter parameters benchmark benchmarks embedding embeddings agent agents agentic generative genai machine-learning fine-tune finetune transformer transformers api apis open-source opensource hallucinate hallucination attention self-attention mixture-of-experts reasoning multimodal diffusion quantization distillation retrieval-augmented anomaly upscaling';

/** Words model names share with everyday English. */
const EVERYDAY_NAME_WORDS = new Set('stable code large small medium mini nano pro plus ultra turbo flash lite scout coder series family open base chat instruct vision image video audio runway'.split(' '));

/** A parameter count as people write it: "70B", "7b", "1.5B". */
const PARAMETER_COUNT = /\b\d+(?:\.\d+)?\s?[bm]\b/i;

/** Acronyms and inner-capital names as the documents write them: "RLHF", "LoRA", "ControlNet". */
const TECHNICAL_NAME = /\b(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]?)\b/g;

/**
 * The field's stems: its own words, every one-word name a concept goes by or a passage defines,
 * and the acronyms and technical names the documents use.
 */
export function domainTerms(
  concepts: ConceptTable,
  analyzer: Analyzer,
  passages: readonly Passage[],
  catalog: readonly CatalogEntry[] = [],
): Set<string> {
  const out = new Set<string>();
  const addWord = (word: string, whole: boolean, withGroup = false) => {
    // The field's own words keep their synonym group: "weird transactions" asks about anomalies.
    const terms = analyzer.terms(word).filter((t) => withGroup || !t.startsWith('~'));
    // "space-o" splits into "space" and "o": a name only counts when it stays one term.
    if (whole && terms.length !== 1) return;
    for (const t of terms) out.add(t);
  };
  for (const word of FIELD_WORDS.split(' ')) addWord(word, false, true);
  for (const concept of concepts.concepts) for (const name of concept.names) if (!/\s/.test(name.trim())) addWord(name, true);
  // Model names' own words ("copilot", "sora"), not their everyday ones ("stable", "large").
  for (const m of catalog) for (const word of m.name.split(/[\s/()]+/)) if (word.length >= 4 && !EVERYDAY_NAME_WORDS.has(word.toLowerCase())) addWord(word, true);
  for (const p of passages) {
    for (const term of p.defines) if (!/\s/.test(term.trim())) addWord(term, true);
    for (const m of p.text.matchAll(TECHNICAL_NAME)) addWord(m[0], true);
  }
  return out;
}

const fieldTermsCache = new WeakMap<ConceptTable, Set<string>>();

/** The field's stems for a knowledge base, built once per concept table. */
export function fieldTerms(concepts: ConceptTable, index: Pick<SearchIndex, 'analyzer' | 'passages'>, catalog: readonly CatalogEntry[]): Set<string> {
  let terms = fieldTermsCache.get(concepts);
  if (!terms) fieldTermsCache.set(concepts, (terms = domainTerms(concepts, index.analyzer, index.passages, catalog)));
  return terms;
}

export interface Anchors {
  articles: number;
  /** Models named with a version the knowledge does not hold ("GPT-6", "claude haiku 4.5"). */
  names: number;
  /** The links and the field's own words, each read for how firmly it ties the question to the field. */
  mentions: readonly FieldMention[];
  categories: number;
  attribute: boolean;
  /** A need only this field states (self-hosting, open weights, a setting or a benchmark asked for). */
  constraint: boolean;
  /** A need said of anything ("cheap", "fast", "best", "small team"). */
  everydayNeed: boolean;
  /** Words of the question the knowledge uses, besides the mentions' own. */
  known: number;
  /** Words of the question no passage holds ("flights", "lisbon"), each with whether it states a need ("offline"). */
  /** `content`: the word names a kind of content ("voiceover"), an everyday word however rare. */
  unknown: ReadonlyArray<{ word: string; need: boolean; content?: boolean }>;
  /** Words of an everyday field that shares words with this one ("power supply", "movie", "excel"), whether or not the knowledge uses them. */
  everydayWords?: number;
  text: string;
}

/**
 * How far a question's unknown words lead away from the knowledge: a common English word ("puppy",
 * "gym") once, a name from elsewhere ("berlin", "solana", "bmw") twice, a word that states a need
 * the question is read for ("offline", "startup") half, a figure not at all.
 */
function pullElsewhere(unknown: Anchors['unknown']): number {
  return unknown.reduce((sum, { word, need, content }) => sum + (FIGURE.test(word) ? 0 : need ? 0.5 : content || isEnglishWord(word) ? 1 : 2), 0);
}

/** A figure, in digits or words ("2", "million"). */
const FIGURE = /\d|^(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)$/;

/**
 * True when the question is about the field. What only the field names settles it: an article, a
 * model's versioned name, a parameter count, a name of several words ("context window") or a word
 * of its own ("LLM"). The field's everyday words ("train", "token", "transformer", "weights", a kind
 * of content, a need such as running on a phone) have senses of their own: they anchor a question
 * only when one of them is not pulled into another phrase ("house train", "arcade tokens") and the
 * rest of the question does not lead elsewhere: its words the knowledge never uses ("berlin", "puppy",
 * "gym") may not outweigh what holds it to the field.
 */
export function onTopic(a: Anchors): boolean {
  if (a.articles + a.names > 0 || PARAMETER_COUNT.test(a.text) || a.mentions.some((m) => m.firm && !m.foreign)) return true;
  // A name of several words pulled into another phrase ("fine-tune the carburettor") holds no more than an everyday word.
  // A kind of content ("films", "songs", "photos") is said outside the field too: it holds half as much.
  const held = a.mentions.filter((m) => !m.foreign).length + a.categories / 2 + (a.constraint ? 1 : 0);
  // A word of an everyday field ("voltage", "timetable", "drawing") leads elsewhere as a name from there does.
  if (held > 0) return pullElsewhere(a.unknown) + 2 * (a.everydayWords ?? 0) <= a.known + held;
  if (a.mentions.length > 0) return false;
  // A price, a speed or a need alone is said of flights and laptops too ("cheap flights to Lisbon",
  // "best laptop under $1000"): it anchors a question only when the knowledge knows its other words.
  // Nor with a word of an everyday field beside it ("how often should I feed my python snake").
  return (a.attribute || a.everydayNeed) && a.unknown.length === 0 && (a.everydayWords ?? 0) === 0;
}

/**
 * Documents about the field: most of their sections use its words. A team's parking rules or
 * expense policy are not, so questions that lead to them are not held to the field's words.
 * Read off the index (which passages hold each field word), not by re-reading every passage.
 */
export function fieldDocuments(index: Pick<SearchIndex, 'analyzer' | 'passages' | 'passagesWith'>): Set<string> {
  const field = new Set(FIELD_WORDS.split(' ').flatMap((w) => index.analyzer.terms(w)).filter((t) => !t.startsWith('~')));
  const withField = new Set<string>();
  for (const term of field) for (const p of index.passagesWith(term)) withField.add(p.id);
  const counts = new Map<string, { all: number; field: number }>();
  for (const p of index.passages) {
    const c = counts.get(p.docId) ?? { all: 0, field: 0 };
    c.all++;
    if (p.tags.includes('catalog') || withField.has(p.id)) c.field++;
    counts.set(p.docId, c);
  }
  return new Set([...counts].filter(([, c]) => c.field >= c.all * 0.4).map(([id]) => id));
}
