/**
 * A catalog strength ("most accessible image model", "highest aesthetic quality", "leads the
 * SWE-bench Verified benchmark", "cinematic quality") as what follows the model's name in a sentence:
 * "is the most accessible image model", "has the highest aesthetic quality", "leads the SWE-bench
 * Verified benchmark", "is known for cinematic quality".
 */

const SUPERLATIVE = /^(?:the\s+)?(?:most|least|best|top|highest|lowest|largest|longest|fastest|cheapest|leading|strongest|biggest|smallest|first|\w{3,}est)\b/i;
/** The phrase names a thing (before "of", "among", "for"…): "fastest model of the series". */
const THING = /\b(?:model|models|tool|option|family|series|choice|generator|llm|example|system)\b/i;
const PARTICIPLE = /^(?:integrated|preferred|called|used|built|designed|trained|known|optimi[sz]ed|powered|tuned|rated|ranked|released)\b/i;
const VERB = /^(?:leads|works|accepts|comes|can|pioneered|runs|supports|handles|scored|matches|offers|holds|breaks|reasons|generates|writes|translates)\b/i;
const STATE = /^(?:one of|number one|open[- ]source|open-weight|free|multilingual|very|self-hostable)\b/i;

/** The predicate for one strength, or undefined for a full sentence (a note, not a strength). */
export function strengthPredicate(phrase: string): string | undefined {
  const p = phrase.trim().replace(/\.$/, '');
  // A whole sentence ("Meta's Llama family is the best-known example…") is a note, not a strength.
  if (!p || /[.!?]\s/.test(p) || (/^[A-Z]/.test(p) && /\s(?:is|are|was|were)\s/.test(p))) return undefined;
  const head = p.split(/\s(?:of|among|for|in|on|with|at)\s|\s\(|,/)[0]!;
  if (/^[A-Z][\w-]*'s?\s/.test(p)) return `is ${p}`;
  if (SUPERLATIVE.test(p)) return THING.test(head) ? `is the ${p.replace(/^the\s+/i, '')}` : `has the ${p.replace(/^the\s+/i, '')}`;
  if (PARTICIPLE.test(p)) return `is ${p}`;
  if (VERB.test(p)) return p;
  if (/^(?:one of|number one)\b/i.test(p)) return `is ${p}`;
  if (THING.test(head)) return `is ${/^[aeiou]/i.test(p) ? 'an' : 'a'} ${p}`;
  // "very long context window" names a thing it has; "very popular on Hugging Face" says what it is.
  if (/^very\s/i.test(p)) return head.split(/\s+/).length >= 3 ? `has a ${p}` : `is ${p}`;
  if (STATE.test(p)) return `is ${p}`;
  return `is known for ${p}`;
}

/** Up to `n` of a model's strengths as predicates joined into one clause: "is the X and has the Y". */
export function strengthsClause(strengths: readonly string[], n = 2): string | undefined {
  const said = strengths.map(strengthPredicate).filter((s): s is string => s !== undefined).slice(0, n);
  if (said.length === 0) return undefined;
  // "is known for cinematic quality and physics understanding", not "… and is known for …".
  return said.reduce((out, p) => (out.startsWith('is known for ') && p.startsWith('is known for ') ? `${out} and ${p.slice('is known for '.length)}` : `${out} and ${p}`));
}
