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
const VERB = /^(?:leads|works|accepts|comes|can|pioneered|runs|supports|handles|scored|matches|offers|holds|breaks|reasons|generates|writes|translates|raises|recovers|produces|creates|makes|keeps|follows|turns|reads)\b/i;
/** A verb in the third person before what it acts on: "raises the resolution", "recovers sharp detail". */
const ACTS_ON = /^[a-z]{3,}[^s\W]s\s+(?:the|a|an|its|their|sharp|fine|long|high|low|more|less)\b/i;
const STATE = /^(?:one of|number one|open[- ]source|open-weight|free|multilingual|very|self-hostable)\b/i;
/** What it is, said as an adjective: "IDE-native", "reasoning-oriented", "strong for marketing video". */
const ADJECTIVE = /^[\w]+-(?:native|oriented|based|friendly|first|focused|ready|capable|aware|efficient|optimi[sz]ed)\b|^(?:strong|good|great|fast|cheap|popular|reliable|well suited|suited|ideal|designed)\s+(?:for|at|in|on|with|to)\b|^one\s+(?!of\b)/i;

/** The predicate for one strength, or undefined for a full sentence (a note, not a strength). */
export function strengthPredicate(phrase: string): string | undefined {
  const p = phrase.trim().replace(/\.$/, '');
  // A whole sentence ("Meta's Llama family is the best-known example…") is a note, not a strength.
  if (!p || /[.!?]\s/.test(p) || (/^[A-Z]/.test(p) && /\s(?:is|are|was|were)\s/.test(p))) return undefined;
  const head = p.split(/\s(?:of|among|for|in|on|with|at)\s|\s\(|,/)[0]!;
  if (/^[A-Z][\w-]*'s?\s/.test(p)) return `is ${p}`;
  if (SUPERLATIVE.test(p)) return THING.test(head) ? `is the ${p.replace(/^the\s+/i, '')}` : `has the ${p.replace(/^the\s+/i, '')}`;
  if (PARTICIPLE.test(p)) return `is ${p}`;
  if (VERB.test(p) || ACTS_ON.test(p)) return p;
  if (ADJECTIVE.test(p)) return `is ${p}`;
  if (/^(?:one of|number one)\b/i.test(p)) return `is ${p}`;
  if (THING.test(head)) return `is ${/^[aeiou]/i.test(p) ? 'an' : 'a'} ${p}`;
  // "very long context window" names a thing it has; "very popular on Hugging Face" says what it is.
  if (/^very\s/i.test(p)) return head.split(/\s+/).length >= 3 ? `has a ${p}` : `is ${p}`;
  if (STATE.test(p)) return `is ${p}`;
  return `is known for ${p}`;
}

const KNOWN = 'is known for ';

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Up to `n` of a model's strengths as predicates joined into one clause: "is the X and has the Y",
 * "is the X, has the Y and is known for Z". Consecutive "known for" strengths share the verb.
 */
export function strengthsClause(strengths: readonly string[], n = 2): string | undefined {
  const said = strengths.map(strengthPredicate).filter((s): s is string => s !== undefined).slice(0, n);
  if (said.length === 0) return undefined;
  // "is known for cinematic quality and physics understanding", not "… and is known for …".
  const groups: string[][] = [];
  for (const p of said) {
    const last = groups.at(-1);
    if (last && p.startsWith(KNOWN) && last[0]!.startsWith(KNOWN)) last.push(p.slice(KNOWN.length));
    else groups.push([p]);
  }
  return listed(groups.map((g) => (g.length === 1 ? g[0]! : `${KNOWN}${listed([g[0]!.slice(KNOWN.length), ...g.slice(1)])}`)));
}
