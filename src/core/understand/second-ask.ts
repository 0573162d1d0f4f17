/**
 * "Who makes Llama 4, and can we host it ourselves?", "what does that buy you and what's the
 * downside?": a question joined to the first that asks something else of the same subject. The
 * joined clause is read on its own, as a follow-up to the first, so its pronoun ("it") is the
 * first's subject; it counts only when it is about that subject and asks another thing of it.
 */
import type { Understanding } from './types.js';

/** Words that open a question of their own. */
const OPENS = String.raw`(?:what(?:'s|s|\s+is|\s+are|\s+does|\s+do|\s+about)?|how|who(?:'s|s)?|when|where|which|why|can|could|is|are|does|do|should|would|will|did|was|were)\b`;

/** The join: ", and can…", " and what's…", "? How…", "; is it…". */
const JOIN = new RegExp(String.raw`(?:,\s*(?:(?:and|&|plus|also)\s+)?|\s+(?:and|&)\s+(?:also\s+)?|[?;]\s+(?:(?:and|also)\s+)?)(?=${OPENS})`, 'gi');

/** The joined question's text: the last join after at least three words of a first question, or undefined. */
export function joinedClause(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(JOIN)) {
    const before = text.slice(0, m.index).trim();
    const after = text.slice(m.index + m[0].length).trim();
    if (before.split(/\s+/).length < 3 || after.split(/\s+/).length < 2) continue;
    found ??= after;
  }
  return found;
}

/** The same subject: the same first model, or (with no model) the same first concept or article. */
function sameSubject(a: Understanding, b: Understanding): boolean {
  if (a.models.length > 0 || b.models.length > 0) return a.models[0] !== undefined && a.models[0] === b.models[0];
  if (a.articles.length > 0) return a.articles[0] === b.articles[0];
  return a.concepts[0] !== undefined && a.concepts[0] === b.concepts[0];
}

/** A pronoun for a person. */
const PERSON = /\b(?:he|she|him|his|her|hers)\b/i;

/** What a turn asks of its subject: its intent, the figure and the aspect. */
const askOf = (u: Understanding) => `${u.intent}|${u.attribute ?? ''}|${u.aspect ?? ''}`;

/** Questions of one subject whose answers are a part each: a figure, a verdict, an aspect, a definition. */
const FIRST_ASKS: ReadonlySet<string> = new Set(['fact', 'definition', 'how', 'uses', 'limitations', 'examples', 'why', 'yesno']);
/** What a joined question can ask as a second part; a pick, a comparison or a list answers a question of its own, and a definition comes first when asked. */
const SECOND_ASKS: ReadonlySet<string> = new Set(['fact', 'how', 'uses', 'limitations', 'examples', 'yesno']);

/** The whole question, read at once, already asks what the joined one does: its figure or its aspect. */
function readAlready(first: Understanding, joined: Understanding): boolean {
  if (joined.attribute && (joined.attribute === first.attribute || first.attributes?.includes(joined.attribute))) return true;
  return joined.aspect !== undefined && joined.aspect !== 'definition' && joined.aspect === first.aspect;
}

/** The second ask, when the joined clause (read against the first) asks something else of the same subject. */
export function secondAsk(first: Understanding, joined: Understanding | undefined): Understanding | undefined {
  if (!joined || !joined.followUp || !sameSubject(first, joined)) return undefined;
  // "Who wrote the guide and what's his job?": the person the first answer names is asked about, not the subject.
  if (PERSON.test(joined.text)) return undefined;
  if (!FIRST_ASKS.has(first.intent) || !SECOND_ASKS.has(joined.intent) || joined.outOfScope) return undefined;
  return askOf(first) === askOf(joined) || readAlready(first, joined) ? undefined : joined;
}
