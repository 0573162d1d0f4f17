/**
 * "Which certifications do the vendors have?", "what are the six types of models the guide covers?",
 * "what factors affect image quality?": a question asking for the items of a set a document
 * enumerates, named by its plural noun (and the count, when the question says one). Models and
 * their like are not read here: the catalog lists those.
 */
import type { Enumeration } from './types.js';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "(In) what (are the) (six) (main) <plural> …", "list the <plural>", "name the <plural>". The words in
 * between are at most two modifiers ("model types", "key compliance checks").
 */
const ASKS_ITEMS =
  /^\W*(?:(?:so|and|ok|okay)\s+)?(?:(?:in|for|under|during)\s+)?(?:(?:what|which)(?:\s+(?:are|were|r))?|(?:can you\s+|pls\s+|please\s+)?(?:list|name|enumerate))(?:\s+(?:the|all|all the|some|its|their))?(?:\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10))?((?:\s+[a-z][\w-]*){0,2}?)\s+([a-z][\w-]*[^su'\W]s)\b/i;

/**
 * A bare noun phrase with what the items are for after it: "ops metrics to check before launch",
 * "ways to evaluate an LLM", "tips for prompting". The same at most two modifiers before the plural.
 */
const BARE_ITEMS =
  /^\W*(?:(?:so|and|ok|okay)\s+)?(?:(?:the|all the|some)\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+)?((?:\s*[a-z][\w-]*){0,2}?)\s*\b([a-z][\w-]*[^su'\W]s)\s+(?:to|worth|we|i|you|one)\s+[a-z]/i;

/** A plural right after the one read, which is then its modifier: "what ops metrics…" asks for metrics. */
const NEXT_PLURAL = /^\s+([a-z][\w-]*[^su'\W]s)\b/i;

/** Plural nouns of things the catalog lists, or that name one thing of many ("which of the models…"). */
const CATALOG_NOUNS = /^(?:models|llms|tools|options|apis|generators|products|apps|systems|vendors|providers|companies|labs)$/i;

/** Words ending in -s that are verbs or function words, not the thing asked for ("what happens", "what makes"). */
const NOT_NOUNS = new Set(
  'does goes happens makes means works counts matters causes decides determines affects sets stands gets needs uses runs helps tells says shows looks seems lets gives takes keeps comes puts has was is its this thus plus less always perhaps yes'.split(' '),
);

/** The set a question asks the items of, when it asks for one. */
export function readEnumeration(text: string): Enumeration | undefined {
  const m = ASKS_ITEMS.exec(text) ?? BARE_ITEMS.exec(text);
  if (!m) return undefined;
  const next = NEXT_PLURAL.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
  const head = next && !NOT_NOUNS.has(next) && !CATALOG_NOUNS.test(next) && m[2]!.trim().split(/\s+/).filter(Boolean).length < 2 ? next : undefined;
  const noun = (head ?? m[3]!).toLowerCase();
  if (CATALOG_NOUNS.test(noun) || NOT_NOUNS.has(noun)) return undefined;
  // A modifier that is itself a verb or function word ("what does… ", "which of…") is no noun phrase.
  const between = m[2]!.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (between.some((w) => NOT_NOUNS.has(w) || /^(?:of|do|did|can|should|would|is|are|was|were|to|a|an)$/.test(w))) return undefined;
  const said = m[1]?.toLowerCase();
  const count = said ? (COUNTS[said] ?? Number(said)) : undefined;
  return { noun, ...(count ? { count } : {}) };
}
