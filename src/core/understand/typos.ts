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

const STOPS = [...STOP_WORDS].filter((w) => w.length >= 3);

/**
 * Drops misspelt filler words ("waht", "teh") that no document contains: left in, an unknown word
 * would count as a topic the knowledge base lacks and sink a perfectly answerable question.
 */
export function dropFillerTypos(text: string, known: (term: string) => boolean): string {
  return text.replace(/[A-Za-z']{3,}/g, (word) => {
    const w = word.toLowerCase();
    if (STOP_WORDS.has(w) || known(stem(w))) return word;
    return STOPS.some((s) => oneEditApart(w, s)) ? ' ' : word;
  });
}
