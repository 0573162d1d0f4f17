import { STOP_WORDS, stem } from '../../knowledge/search/text.js';

/** True when a and b differ by one edit (insert, delete, substitute, or swap of neighbours). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  if (a.length === b.length) return tail(1, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(2, 2));
  return a.length > b.length ? tail(1, 0) : tail(0, 1);
}

const FRAME_WORDS = ['what', 'whats', 'which', 'define', 'explain', 'describe', 'compare', 'list', 'tell'];

const STOPS = [...STOP_WORDS].filter((w) => w.length >= 3);

/**
 * Drops misspelt filler words ("waht", "teh") that no document contains: left in, an unknown word
 * would count as a topic the knowledge base lacks and sink a perfectly answerable question.
 */
export function dropFillerTypos(text: string, known: (term: string) => boolean): string {
  // The first word is usually the question's frame: "defin LoRA", "waht is…", "expalin RAG".
  const lead = /^\s*([A-Za-z']{3,})/.exec(text)?.[1]?.toLowerCase();
  if (lead && !STOP_WORDS.has(lead) && FRAME_WORDS.some((f) => oneEditApart(lead, f))) text = text.replace(/^\s*[A-Za-z']+/, ' ');
  return text.replace(/[A-Za-z']{3,}/g, (word) => {
    const w = word.toLowerCase();
    if (STOP_WORDS.has(w) || known(stem(w))) return word;
    return STOPS.some((s) => oneEditApart(w, s)) ? ' ' : word;
  });
}
