/**
 * "Is an image model good for writing SQL?", "can a speech model summarise my PDFs?": a kind of
 * model asked about a task whose content is another kind's. The kind's content is read off the
 * knowledge's own model types (the type that makes images is the image generation model, a world
 * model is a kind of video model), the task's off the question's other content words; the two
 * differ when the task's content is neither the kind's nor that of a kind narrower or broader than it.
 */
import type { Concept, ConceptTable } from '../lexicon/concepts.js';
import type { LinkContext } from './entities.js';
import { categoryConcept, readCategories } from './needs.js';
import type { CategoryMention, KindMisfit } from './types.js';

/** Every content a model type can be for, speech and music told apart. */
const CONTENTS: readonly CategoryMention[] = [
  { category: 'image' },
  { category: 'video' },
  // Sound as a whole first: a knowledge with one audio type keeps it for all of sound, not speech alone.
  { category: 'audio' },
  { category: 'audio', form: 'speech', direction: 'input' },
  { category: 'audio', form: 'speech', direction: 'output' },
  { category: 'audio', form: 'music' },
  { category: 'code' },
  { category: 'text' },
  { category: 'tabular' },
  { category: 'molecules' },
  { category: '3d' },
  { category: 'documents' },
];

/** A content word right before the head noun of a kind of model: "a speech model", "an image generator". */
const KIND_PHRASE = /\b([a-z][\w-]*)\s+(?:generation\s+|gen\s+)?(?:models?|generators?)\b/gi;

const byTable = new WeakMap<ConceptTable, Map<Concept, CategoryMention>>();

/** The content each model type is for: its own, else the nearest broader type's ("world model" → video). */
function contentOf(concept: Concept, ctx: Pick<LinkContext, 'concepts'>): CategoryMention | undefined {
  let table = byTable.get(ctx.concepts);
  if (!table) {
    table = new Map();
    for (const content of CONTENTS) {
      const owner = categoryConcept([content], ctx);
      if (owner && !table.has(owner)) table.set(owner, content);
    }
    byTable.set(ctx.concepts, table);
  }
  for (let c: Concept | undefined = concept; c; c = c.broader) {
    const own = table.get(c);
    if (own) return own;
  }
  return undefined;
}

const lineage = (c: Concept): Concept[] => {
  const out: Concept[] = [];
  for (let b: Concept | undefined = c; b && !out.includes(b); b = b.broader) out.push(b);
  return out;
};

/** Whether one of two kinds is the other or a kind of it. */
const related = (a: Concept, b: Concept) => lineage(a).includes(b) || lineage(b).includes(a);

/**
 * The kind of model a question asks about and the task content that is not that kind's, when the
 * question names exactly one kind with a content of its own and a task of another content.
 */
export function readKindMisfit(text: string, concepts: readonly Concept[], categories: readonly CategoryMention[], ctx: Pick<LinkContext, 'concepts'>): KindMisfit | undefined {
  // "Is a world model good for music?": a second type linked only from the task's content word is the task's.
  const linked = concepts.filter((c) => c.kind === 'model-type');
  const owners = categories.map((c) => categoryConcept([c], ctx));
  const typed = linked.length === 2 && owners.includes(linked[1]) && !owners.includes(linked[0]) ? linked.slice(0, 1) : linked;
  let kind = typed.length === 1 ? typed[0] : undefined;
  let content = kind ? contentOf(kind, ctx) : undefined;
  if (typed.length === 0) {
    // "A speech model": a kind named by its content, which the knowledge may not hold as a name.
    const named = [...text.matchAll(KIND_PHRASE)].map((m) => readCategories(m[1]!)).filter((c) => c.length === 1);
    if (named.length !== 1) return undefined;
    kind = categoryConcept(named[0]!, ctx);
    content = kind ? contentOf(kind, ctx) : undefined;
  }
  if (!kind || !content || typed.length > 1) return undefined;
  const owner = categoryConcept([content], ctx);
  // An LLM reads what is put in front of it ("can an LLM read PDFs?"): only content it would have to make is another kind's.
  const tasks = categories.filter((c) => c.category !== content!.category && !(content!.category === 'text' && (c.direction === 'input' || c.category === 'documents')));
  if (tasks.length !== 1 || categories.length > 2) return undefined;
  const task = tasks[0]!;
  const taskKind = categoryConcept([task], ctx);
  if (taskKind && (related(taskKind, kind) || (owner && related(taskKind, owner)))) return undefined;
  return { kind, content, task, ...(taskKind ? { taskKind } : {}) };
}
