/**
 * The catalog figure a question names by its label ("enterprise API share", "Hugging Face
 * downloads", "enterprise seats"): a stat models can be ranked on, however the rest of the question
 * reads. A label is named when two of its words are in the question, or all of a one-word label's,
 * so one word a label shares with a need ("enterprise coding") names no stat.
 */
import { fold, stem, STOP_WORDS, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';

/** Label words that say nothing of which figure: every stat is about models. */
const GENERIC = new Set(['model', 'per', 'ai']);

/** Each stat label of a catalog with the stems that can name it, worked out once per catalog. */
const labelCache = new WeakMap<readonly CatalogEntry[], Array<{ label: string; stems: string[] }>>();
function statLabels(catalog: readonly CatalogEntry[]): Array<{ label: string; stems: string[] }> {
  let labels = labelCache.get(catalog);
  if (!labels) {
    labels = catalog.flatMap((m) => m.stats.map((s) => ({ label: s.label, stems: [...new Set(words(fold(s.label)).map(stem))].filter((w) => (w.length > 2 || /^[a-z]{2}$/.test(w)) && !GENERIC.has(w)) })));
    labelCache.set(catalog, labels);
  }
  return labels;
}

/**
 * The stat label the question names best, across the catalog, or undefined. The words naming the
 * kind of model asked about (`kindNames`: "text-to-image models") are no figure's label.
 */
export function namedStat(text: string, catalog: readonly CatalogEntry[], kindNames: readonly string[] = []): string | undefined {
  const kind = new Set(kindNames.flatMap((n) => words(fold(n))).map(stem));
  const said = words(fold(text));
  const asked = new Set(said.map(stem).filter((w) => !kind.has(w)));
  const initials = said.filter((w) => !STOP_WORDS.has(w)).map((w) => w[0]).join('');
  // A label's word is said as it is, as the start of a longer word ("month" of "monthly"), or, when
  // it is a short abbreviation ("HF"), by the initials of words in a row ("hugging face").
  const askedList = [...asked];
  const says = (w: string) => asked.has(w) || (w.length >= 4 && askedList.some((a) => a.startsWith(w))) || (/^[a-z]{2,4}$/.test(w) && !asked.has(w) && initials.includes(w));
  let best: { label: string; hit: number } | undefined;
  for (const { label, stems } of statLabels(catalog)) {
    const hit = stems.filter(says).length;
    if ((hit >= 2 || (hit > 0 && hit === stems.length)) && (!best || hit > best.hit)) best = { label, hit };
  }
  return best?.label;
}
