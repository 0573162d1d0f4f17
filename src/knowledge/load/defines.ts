/**
 * The terms a passage defines, found in its heading ("Type 2: Diffusion models", "What is a
 * "model family"?", "Retrieval-augmented generation (RAG)") and in bold terms opening a paragraph
 * ("A **base LLM** (also called a foundation LLM) is …"). Lowercased; search boosts them.
 */

/** Numbering in front of a heading's subject: "Type 2:", "Step 1 -", "3.", "2)". */
const NUMBERING = /^(?:(?:type|step|part|chapter|section|stage|level|phase)\s+\d+[a-z]?\s*[:.)\-–—]\s*|\d+(?:\.\d+)*[.)]?\s+)/i;
const COMPARISON = /\b(?:vs\.?|versus)(?=\s|$)/i;
const QUESTION_START = /^(?:how|why|when|which|where|who|whom|whose|should|can|could|do|does|did|is|are|was|were|will|would|shall)\b/i;
const WHAT_IS = /^what\s+(?:exactly\s+|actually\s+|really\s+)?(?:is|are)\s+(.+)$/i;
const WHAT_X_IS = /^what\s+(.+?)\s+(?:actually\s+|really\s+|exactly\s+)?(?:is|are|means?)$/i;
const QUOTED = /["“]([^"“”]{1,60})["”]/;
const ARTICLE = /^(?:a|an|the)\s+/i;

/** First words of headings that announce something other than a term. */
const NON_TERM_START = new Set(
  `how why when which where who what overview introduction intro conclusion conclusions summary faq faqs sources references further about top best
  our your my their no not other more key next final common start build building get getting choose choosing using
  use ready frequently appendix notes note example examples limitations limitation benefits advantages
  disadvantages pros cons challenges risks uses history recommendation recommendations tips glossary definitions
  terms terminology background resources links contents acknowledgements credits changelog see`.split(/\s+/),
);

/** Words that make a heading a sentence or a description rather than a term. */
const NON_TERM_WORD = new Set(
  `is are was were be been has have had do does did can will should would that which who you we i it they this these
  those get gets makes make changes change matter matters differ differs work works by for from with to between
  across inside within into over under about on at in vs versus`.split(/\s+/),
);

/** Parenthetical asides that are not alternative names: "(brief)", "(overview table)". */
const NON_TERM_ASIDE = /^(?:brief|overview|summary|optional|example|examples|recap|continued|cont|details|table|overview table|short|long)$/i;

function normalise(term: string): string {
  return term
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’]+|[\s"“”'‘’.,;:!?]+$/g, '')
    .toLowerCase();
}

/** An acronym in parentheses names the phrase before it: "(RAG)", "(LLMs)", "(MoE)". */
function isAcronym(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]{1,9}$/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** True for a short noun phrase: "Base models", "Self-attention", "Mixture of experts". */
function isNounPhrase(phrase: string, startedWithThe: boolean): boolean {
  if (!phrase || /[?!:;,&()]/.test(phrase)) return false;
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length > (startedWithThe ? 3 : 5)) return false;
  if (NON_TERM_START.has(words[0]!)) return false;
  if (words.some((w) => NON_TERM_WORD.has(w) || (startedWithThe && w === 'of'))) return false;
  return /[a-z]/i.test(phrase) && phrase.length > 1;
}

/** Terms a plain phrase names: itself, or both sides of "X models and Y models". */
function phraseTerms(phrase: string): string[] {
  const startedWithThe = /^the\s/i.test(phrase);
  const bare = phrase.replace(ARTICLE, '').trim();
  const parts = bare.split(/\s+and\s+/i);
  if (parts.length === 2) {
    const last = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();
    if (last(parts[0]!) !== last(parts[1]!)) return [];
    return parts.every((p) => isNounPhrase(p.trim(), false)) ? parts.map((p) => p.trim()) : [];
  }
  return parts.length === 1 && isNounPhrase(bare, startedWithThe) ? [bare] : [];
}

/** The subject of a question heading, or undefined when the heading asks something else. */
function questionSubject(heading: string): string | undefined {
  const subject = WHAT_IS.exec(heading)?.[1] ?? WHAT_X_IS.exec(heading)?.[1];
  if (!subject) return undefined;
  const quoted = QUOTED.exec(subject);
  if (quoted) return quoted[1];
  // "What is hallucination in generative AI models?" defines "hallucination".
  return subject.replace(/\s+(?:in|within|for)\s+.+$/i, '');
}

/** Terms a heading (or heading-like phrase) defines; "X vs Y" and how/why headings define nothing. */
export function definesFromHeading(heading: string): string[] {
  if (heading.length > 200) return []; // a paragraph marked up as a heading names no term
  let text = heading.replace(/\*\*|__|`/g, '').trim().replace(NUMBERING, '').trim();
  if (!text || COMPARISON.test(text)) return [];
  text = text.replace(/[?!]+$/, '').trim();

  if (/^what\b/i.test(text)) {
    const subject = questionSubject(text);
    return subject ? unique(phraseTerms(subject).map(normalise)) : [];
  }
  if (QUESTION_START.test(text)) return [];

  // "Parameters (weights): what 7B means" names its term before the colon.
  const colon = text.indexOf(': ');
  if (colon > 0) text = text.slice(0, colon).trim();

  const aside = /^(.*?)\s*\(([^()]{1,80})\)(.*)$/.exec(text);
  if (aside) {
    const [, before = '', inside = '', after = ''] = aside;
    const alternative = inside.trim();
    if (isAcronym(alternative)) {
      const words = before.trim().split(/\s+/).length;
      return before && words <= 8 && !NON_TERM_START.has(before.split(/\s+/)[0]!.toLowerCase())
        ? unique([normalise(before.replace(ARTICLE, '')), normalise(alternative)])
        : [];
    }
    const base = phraseTerms(`${before} ${after}`.trim());
    if (base.length === 0) return [];
    const extra = NON_TERM_ASIDE.test(alternative) ? [] : /^what\b/i.test(alternative) ? definesFromHeading(alternative) : phraseTerms(alternative);
    return unique([...base, ...extra].map(normalise));
  }
  return unique(phraseTerms(text).map(normalise));
}

/** "**RAG stands for retrieval-augmented generation**, a technique …" */
const BOLD_STANDS_FOR = /^(?:-\s+)?\*\*([^*]{1,40}\s+(?:stands\s+for|is\s+short\s+for)\s+[^*]{1,80})\*\*/i;
/** "A **base LLM** (also called a foundation LLM) is …", "**LoRA (Low-Rank Adaptation)** is …". */
const BOLD_DEFINITION =
  /^(?:-\s+)?(?:(?:a|an|the)\s+)?\*\*([^*]{1,80})\*\*\s*(?:\(([^()]{1,80})\))?\s*(?:,\s*)?(?:(?:is|are|refers?\s+to|means?|denotes?|describes?|stands?\s+for)\b|[:—–]\s)/i;
/** Lead-ins of a parenthetical alternative name: "(sometimes described as …)", "(also called …)". */
const ALTERNATIVE_LEAD = /^(?:(?:sometimes|also|often|commonly|usually)\s+)?(?:(?:described|called|known|referred\s+to|abbreviated|written)\s+(?:as\s+)?|or\s+|aka\s+|short\s+for\s+)/i;
const CALLOUT = /^(?:note|tip|warning|important|example|caution|update|tl;?dr|worth noting|quick definition)$/i;

function boldTerms(bold: string): string[] {
  const standsFor = /^(.+?)\s+(?:stands\s+for|is\s+short\s+for)\s+(.+)$/i.exec(bold);
  if (standsFor) return [standsFor[1]!, standsFor[2]!];
  const aside = /^(.+?)\s*\(([^()]+)\)$/.exec(bold);
  if (aside) return [aside[1]!, aside[2]!.replace(ALTERNATIVE_LEAD, '')];
  return [bold];
}

/** Terms defined by bold words opening any paragraph or list item of `text`. */
export function definesFromText(text: string): string[] {
  const terms: string[] = [];
  for (const line of text.split('\n')) {
    const match = BOLD_DEFINITION.exec(line) ?? BOLD_STANDS_FOR.exec(line);
    if (!match) continue;
    const bold = match[1]!.trim();
    if (bold.endsWith(':') || CALLOUT.test(bold)) continue;
    const candidates = boldTerms(bold);
    if (match[2]) candidates.push(match[2].replace(ALTERNATIVE_LEAD, ''));
    for (const candidate of candidates) {
      const term = candidate.replace(ARTICLE, '').trim();
      if (term && term.split(/\s+/).length <= 6 && !/\s+and\s+/i.test(term) && !/[,;]/.test(term)) terms.push(normalise(term));
    }
  }
  return unique(terms);
}

/** Deduplicates terms, keeping order, dropping empties. */
export function unique(terms: readonly string[]): string[] {
  return [...new Set(terms.filter((t) => t.length > 0))];
}
