/**
 * The clause of a message that asks, read apart from the context around it.
 */
import { clauses } from './clean.js';

/** "what is a lora", "define RAG": a short question naming its own subject, not "what's the difference", "what's the move". */
const NAMES_ITS_SUBJECT = /^(?:what(?:'s|s|\s+is|\s+are)|define)\s+(?:an?\s+(?!(?:good|better|best|way|thing|catch)\b)\w|(?!(?:the|that|this|it|its|they|them|those|these|up|next|wrong|better|best|worse|going|happening|your|our|my|their|his|her|new|different|more|less|so|there|here|with|in|on|for|of|to)\b)\w)/i;

const QUESTION_START = /^(?:what|whats|how|why|which|who|when|where|is|are|does|do|did|can|could|should|would|will|any|anyone|list|name|define|explain|compare|tell)\b/i;

/**
 * The clause that asks: "it invented a book title yesterday. why does it make stuff up?" is a why
 * question, whatever the context around it says. The last clause that ends with "?" or opens like
 * a question, else the whole message.
 */
export function questionClause(text: string): string {
  const parts = clauses(text);
  if (parts.length <= 1) return text;
  const opening = (p: string) => p.replace(/^(?:wait|ok|okay|so|hmm+|also|and|but|right|btw|lol)[\s,]+/i, '');
  const asking = parts.filter((p) => /\?\s*$/.test(p) || QUESTION_START.test(opening(p)));
  if (asking.length === 0) return text;
  // A short question ("Which video model?"), or one pointing back ("how big is one?"), is read with
  // the sentence that sets it up.
  const last = asking[asking.length - 1]!;
  const at = parts.lastIndexOf(last);
  const pointsBack = /\b(?:one|it|its|they|them|those|these)\b/i.test(last);
  // "…on our brand style. what is a lora": a short question naming what it asks about stands alone.
  const namesItsSubject = NAMES_ITS_SUBJECT.test(opening(last)) && !pointsBack;
  if ((last.split(/\s+/).length <= 4 || pointsBack) && !namesItsSubject && at > 0) return `${parts[at - 1]} ${last}`;
  // "…? any examples?" asks both: keep consecutive asking clauses at the end together.
  return asking.length > 1 && /^(?:and|any|also|or)\b/i.test(asking[asking.length - 1]!) ? asking.slice(-2).join(' ') : asking[0] === parts[0] && asking.length === 1 ? asking[0]! : asking[asking.length - 1]!;
}
