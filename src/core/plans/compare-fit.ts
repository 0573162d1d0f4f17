/**
 * "Claude 4.5 Sonnet vs GPT-5 for coding?", "gpt-5 or gemini 2.5 pro for multimodal work": two
 * catalog models weighed for a kind of work. When only one of them is catalogued for that kind
 * (a code model, a multimodal model), that one is the better fit, and the answer says so first;
 * a profile line for each then gives the reasons.
 */
import { modelCategories } from '../../knowledge/catalog-schema.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';

type Category = (typeof modelCategories)[number];

/** How a kind of work reads after "For": "For coding, …". */
const WORK: Partial<Record<Category, string>> = { code: 'coding', image: 'images', video: 'video', audio: 'audio', multimodal: 'multimodal work', reasoning: 'reasoning', world: 'world generation' };

/** The kinds of work the question names, by its content categories and the model types it links. */
function askedWork(u: Understanding): Category[] {
  const out = new Set<Category>();
  for (const c of u.categories) if ((modelCategories as readonly string[]).includes(c.category)) out.add(c.category as Category);
  for (const concept of u.concepts) {
    if (concept.kind !== 'model-type') continue;
    const first = concept.name.toLowerCase().split(/\s+/)[0]!;
    const cat = modelCategories.find((k) => k === first);
    if (cat) out.add(cat);
  }
  return [...out].filter((c) => WORK[c] !== undefined);
}

/** "For coding, **Claude 4.5 Sonnet** is the better fit of the two.", when the catalog settles it. */
export function fitLead(u: Understanding, models: readonly CatalogEntry[]): { text: string; winner: CatalogEntry } | undefined {
  if (models.length !== 2) return undefined;
  const work = askedWork(u);
  if (work.length !== 1) return undefined;
  const fitting = models.filter((m) => m.categories.includes(work[0]!));
  if (fitting.length !== 1) return undefined;
  const winner = fitting[0]!;
  return { text: `For ${WORK[work[0]!]}, **${winner.name}** is the better fit of the two.`, winner };
}
