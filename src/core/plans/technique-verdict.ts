/**
 * "Can we fine-tune it?" about one catalog model: whether a technique (fine-tuning, LoRA, RAG) can be
 * applied to it, from its own entry when that names the technique, else from what the documents say
 * of the kinds of model it is ("open weights can be trained on internal data…"); then what the
 * technique takes, from its own sections (the sentence that puts a price on it).
 */
import { withArticle } from '../lexicon/case.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { pointsBack } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';
import { modelKinds } from './model-kinds.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { lowerFirst } from '../lexicon/case.js';

/** A line weighing two sides ("Fine-tuning: on any dataset vs limited…") is no verdict on one. */
const WEIGHS_TWO = /\bvs\.?\b|\bversus\b|\bwhile\b|\bwhereas\b/i;
/** Wording that grants the technique only in part. */
const PARTLY = /\b(?:limited|only|not|no|cannot|can't|dependent on)\b/i;
/** Wording that says what can be done: a verdict on "can we…?". */
const ABILITY = /\b(?:can|could|allows?|possible|able|limited)\b/i;
/** Openings that lean on the sentence before as much as "this" does. */
const IN_TURN = /^(?:in return|in exchange|in turn)\b/i;
/** A sentence that puts a price on something. */
const PRICED = /[$€£]\s?\d/;


type Names = ReadonlyArray<readonly string[]>;

/** Each of the technique's names as the strong terms a sentence must hold to name it ("fine tune", "lora"). */
function techniqueNames(ctx: PlanContext, technique: Concept): Names {
  const strong = (n: string) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
  const primary = new Set(strong(technique.name));
  // Its own names ("fine-tuned", "LoRA"), not the loose ways a question may put it ("adapt it"), which
  // any sentence about adapting a model would hold.
  const own = technique.names.filter((n) => strong(n).some((t) => primary.has(t)) || /^[a-z]{2,4}$/i.test(n));
  return own.map(strong).filter((ts) => ts.length > 0);
}

const names = (terms: ReadonlySet<string> | readonly string[], technique: Names) => {
  const has = new Set(terms);
  return technique.some((ts) => ts.every((t) => has.has(t)));
};

/** The first sentence of a kind's own sections that says the technique of that kind, on its own side. */
function kindSentence(ctx: PlanContext, kind: Concept, terms: Names, model: CatalogEntry): { text: string; passage: Passage } | undefined {
  for (const passage of kind.passages) {
    for (const x of analysed(ctx.index, passage).units) {
      const text = x.unit.text.replace(/^\s*[-*•]\s+/, '');
      // Said of the kind, not of another model of it ("open weights mean you can host Llama 3.3…").
      if (!names(x.terms, terms) || WEIGHS_TWO.test(text) || !ABILITY.test(text) || pointsBack(text) || IN_TURN.test(text) || ctx.matcher.find(text).some((m) => m.model !== model)) continue;
      // A labelled item ("Custom fine-tuning on proprietary data: open weights can be…") says it after its label.
      const said = /^[^:]{3,60}:\s+(.+)$/.exec(text)?.[1] ?? text;
      return { text: lowerFirst(said, ctx.kb.models.map((m) => m.name)), passage };
    }
  }
  return undefined;
}

/** What the technique takes: the first sentence of its own sections that prices it, with it as the subject. */
function whatItTakes(ctx: PlanContext, technique: Concept, terms: Names): Block | undefined {
  const opensWith = (text: string) => names(ctx.index.analyzer.terms(text.replace(/^\s*[-*•]\s+/, '').split(/\s+/).slice(0, 3).join(' ')), terms);
  for (const passage of technique.passages) {
    const x = analysed(ctx.index, passage).units.find((y) => PRICED.test(y.unit.text) && !y.unit.row && opensWith(y.unit.text));
    if (x) return { text: x.unit.text.replace(/^\s*[-*•]\s+/, ''), passage };
  }
  return undefined;
}

/** A verdict on applying a technique to the one model asked about; undefined when nothing says it. */
export function techniqueVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0];
  const techniques = u.concepts.filter((c) => c.kind === 'technique');
  if (u.models.length !== 1 || !model || techniques.length !== 1) return undefined;
  const technique = techniques[0]!;
  const terms = techniqueNames(ctx, technique);
  const own = [...model.strengths, ...model.use_cases].find((s) => names(ctx.index.analyzer.terms(s), terms));
  const kinds = modelKinds(ctx, model);
  const found = own ? undefined : kinds.map((kind) => ({ kind, said: kindSentence(ctx, kind, terms, model) })).find((k) => k.said !== undefined);
  if (!own && !found) return undefined;
  const said = own ?? found!.said!.text;
  const verdict = PARTLY.test(said) ? 'Only in part' : 'Yes';
  const lead = own
    ? `${verdict}: ${model.name}'s recorded strengths include that it ${/^(?:can|is|has|runs|was)\b/i.test(own) ? own : `suits ${own}`}.`
    : `${verdict}: ${model.name} is ${withArticle(found!.kind.name)}, and ${said.replace(/\.?$/, '.')}`;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  const takes = whatItTakes(ctx, technique, terms);
  const first: Block = { text: lead, ...(found ? { passage: found.said!.passage } : cites[0] ? { passage: cites[0] } : {}) };
  return { kind: 'explanation', answered: true, blocks: [first, ...(takes ? [takes] : [])], cites, models: [model], concepts: [technique] };
}
