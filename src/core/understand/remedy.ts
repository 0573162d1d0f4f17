/**
 * "How do teams reduce that?", "what can we do about it?", "any way to fix it?": the asker wants the
 * ways to deal with a problem, not the problem explained again. Read as a request for an approach,
 * whatever shape the classifier saw (the "what can … do" of a uses question, the "how" of a mechanism).
 */
import type { Intent } from './types.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Concept } from '../lexicon/concepts.js';

/** Someone who acts on the problem: "we", "teams", "companies". */
const AGENT = String.raw`(?:we|i|you|u|teams?|people|companies|orgs?|organi[sz]ations?|businesses|developers|devs|one|folks|engineers)`;
/** Verbs of dealing with a problem. */
const REMEDY_VERB = String.raw`(?:reduce|lower|limit|cut(?: down on)?|minimi[sz]e|mitigate|prevent|avoid|stop|fix|solve|tackle|handle|manage|deal with|cope with|combat|counter|guard against|protect against|get rid of|get around|work around|catch|detect)`;

const REMEDY = new RegExp(
  [
    // "how do teams reduce that in production?", "how can we prevent it?", "how should I handle it?"
    String.raw`\bhow (?:do|can|could|should|would|might|will|are|does|did)\s+${AGENT}\s+(?:\w+\s+)?${REMEDY_VERB}\b`,
    // "how do mills reduce that?": whoever acts, when what they act on points back at the problem
    // ("how do hooks reduce friction?" asks how a thing works instead).
    String.raw`\bhow (?:do|can|could|should|would)\s+(?:\w+\s+)?\w+s\s+(?:\w+\s+)?${REMEDY_VERB}\s+(?:it|that|this|them|those|these)\b`,
    // "how to avoid it", "ways to fix that", "any way to stop it", "best way to reduce it"
    String.raw`\b(?:how|ways?|means|steps|tips|tricks) to\s+(?:\w+\s+)?${REMEDY_VERB}\b`,
    // "what can we do about it?", "anything teams can do about that?"
    String.raw`\b(?:what|anything|something)\s+(?:can|could|should|do|does)\s+${AGENT}\s+do\s+(?:about|against)\b`,
    String.raw`\b(?:what|anything|something)\s+${AGENT}\s+(?:can|could|should)\s+do\s+(?:about|against)\b`,
  ].join('|'),
  'i',
);

/** The words a document uses for dealing with a problem ("Reducing hallucination…", "safeguards"). */
export const REMEDY_WORDS = 'reduce reducing prevent mitigate safeguards';

/** True when the question asks how to deal with a problem. */
export function asksRemedy(text: string): boolean {
  return REMEDY.test(text);
}

/** Shapes that would explain the problem again instead of giving the ways to deal with it. */
const EXPLAINING: ReadonlySet<Intent> = new Set(['definition', 'how', 'uses', 'why', 'limitations', 'examples', 'fact', 'list']);

/** Whether a remedy question classified as `intent` should be answered as a request for an approach. */
export function remedyAsApproach(intent: Intent): boolean {
  return EXPLAINING.has(intent);
}

/**
 * "…what should we adjust?", "what do we change?", "what to tweak": asks what to alter. Said after a
 * problem the documents deal with ("our chatbot keeps making stuff up"), it asks for their way of
 * dealing with that problem, not for the problem defined again.
 */
const ADJUST = /\bwhat\s+(?:(?:should|can|could|do|would|must|shall)\s+(?:we|i|you|u|one|they|teams?)\s+|(?:we|i)\s+(?:should|can|could|need to)\s+|(?:is there\s+)?to\s+|needs?\s+to\s+be\s+)(?:\w+\s+)?(?:adjust|change|tweak|tune|modify|alter|fix|set|do differently|improve)(?:d|ed)?\b/i;

/** A heading that sets out how to deal with its subject: "Reducing hallucination in production". */
const REMEDY_HEADING = /^(?:how to\s+)?(?:reduc|prevent|avoid|mitigat|limit|minimi[sz]|fix|manag|handl|deal|cop|combat|counter|guard)\w*\b/i;

/** Whether a section's heading says how to deal with its subject. */
export function remedySection(section: string): boolean {
  return REMEDY_HEADING.test(section);
}

/** Whether the wording asks what to alter ("what should we adjust?"); the caller checks a problem was stated. */
export function asksAdjustment(text: string): boolean {
  return ADJUST.test(text);
}

const remedyMemo = new WeakMap<object, string[]>();

/** The headings of an index's sections that say how to deal with their subject, lower-cased, read once per index. */
function remedyHeadings(index: SearchIndex): string[] {
  let headings = remedyMemo.get(index);
  if (!headings) remedyMemo.set(index, (headings = [...new Set(index.passages.map((p) => p.section).filter(remedySection).map((s) => s.toLowerCase()))]));
  return headings;
}

/**
 * Whether the question asks how to deal with a problem: "what can we do about it?", or "our chatbot
 * keeps making stuff up, what should we adjust?", a problem the documents say how to deal with, then
 * a request for what to alter (a kind named outright, "what setting…", stays the thing asked for).
 */
export function readRemedy(text: string, objectKind: string | undefined, concepts: readonly Concept[], index: SearchIndex): boolean {
  const problemStated = () => { const headings = remedyHeadings(index); return concepts.some((c) => headings.some((h) => c.names.some((n) => h.includes(n.toLowerCase())))); };
  return asksRemedy(text) || (asksAdjustment(text) && objectKind === undefined && problemStated());
}
