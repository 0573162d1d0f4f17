/**
 * "Is an image model good for writing SQL?": a kind of model asked about content it is not for. The
 * verdict is No, with what the kind is (its defining sentence), then what the documents give for
 * the task's content: its own model type, else the pick for that content.
 */
import { CONTENT_WORDS } from '../understand/content-words.js';
import { analysed } from '../evidence/analysed.js';
import type { Concept } from '../lexicon/concepts.js';
import type { CategoryMention, Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';
import { displayName } from './pick-wording.js';
import { asksVerdict } from './verdict.js';
import { answerRecommendation } from './recommend.js';

/** How a content is named in a sentence. */
function contentWords(c: CategoryMention): string {
  if (c.form === 'speech') return c.direction === 'output' ? 'spoken audio from text' : 'speech';
  if (c.form === 'music') return 'music';
  return CONTENT_WORDS[c.category].missed;
}

function opening(ctx: PlanContext, c: Concept): Block | undefined {
  const first = c.defining ? analysed(ctx.index, c.defining).units[0] : undefined;
  return first && c.defining ? { text: first.unit.text, passage: c.defining } : undefined;
}

/** A kind's name in the singular: the raw articles name their sections "image models". */
const plain = (name: string) => name.replace(/\*\*/g, '').replace(/\b(models|networks|generators|llms|systems)\b/i, (w) => w.slice(0, -1));
const withArticle = (name: string) => (/^(?:an?|the)\s/i.test(name) ? name : `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`);

/** A sentence carried on after a comma: its first word lower-cased, unless it starts a name ("Llama 4"). */
function continued(ctx: PlanContext, text: string): string {
  const first = /^[A-Z][a-z]+\b/.exec(text)?.[0];
  if (!first || ctx.kb.models.some((m) => m.name.split(/\s+/)[0] === first)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** The No for a kind asked about a task of other content, when the question asks yes or no. */
export function answerKindMisfit(ctx: PlanContext, u: Understanding): Draft | undefined {
  const misfit = u.kindMisfit;
  if (!misfit || (u.intent !== 'yesno' && !asksVerdict(u))) return undefined;
  const { kind, content, task, taskKind } = misfit;
  const kindName = plain(displayName(ctx, kind));
  const own = opening(ctx, kind);
  const blocks: Block[] = [{ text: `No: ${withArticle(kindName)} is made for ${contentWords(content)}, not for ${contentWords(task)}.` }, ...(own ? [own] : [])];
  const concepts = [kind];
  const other = taskKind ? opening(ctx, taskKind) : undefined;
  if (taskKind && other) {
    blocks.push({ text: `For ${contentWords(task)}, the documents point to ${plain(taskKind.name)}s instead. ${other.text}`, passage: other.passage! });
    concepts.push(taskKind);
  } else {
    // No type of its own: what the documents pick for that content, asked without the kind.
    const pick = answerRecommendation(ctx, { ...u, intent: 'recommendation', target: 'model', concepts: [], categories: [task], kindMisfit: undefined, runnerUp: undefined });
    const lead = pick.answered ? pick.blocks[0] : undefined;
    if (lead) blocks.push({ text: `For ${contentWords(task)}, ${continued(ctx, lead.text)}`, ...(lead.passage ? { passage: lead.passage } : {}) });
    return { kind: 'explanation', answered: true, blocks, concepts, ...(pick.models ? { models: pick.models } : {}), ...(pick.cites ? { cites: pick.cites } : {}) };
  }
  return { kind: 'explanation', answered: true, blocks, concepts };
}
