import { comparisonSides, extractSubject } from '../understand/subject.js';
import type { AnswerContext, Draft } from './context.js';
import { answerFromPassages } from './general.js';
import { analysed } from './passage-cache.js';
import { planQuery, retrieve } from './retrieve.js';
import type { Passage } from '../../knowledge/types.js';
import { modelFact, modelProfile } from '../catalog/facts.js';
import { attributeLabels, detectAttribute } from '../catalog/attributes.js';

/** "X vs Y": a section comparing both when there is one; otherwise what each one is, side by side. */
export function answerComparison(ctx: AnswerContext, question: string): Draft {
  const figures = compareModelFacts(ctx, question);
  if (figures) return figures;
  const sides = comparisonSides(question);
  const joint = answerFromPassages(ctx, question, 'comparison', sides);
  if (sides.length < 2) return joint;

  const sideTerms = sides.map((side) => ctx.index.analyzer.terms(side).filter((t) => !['model', 'mode'].includes(t)));
  const names = (terms: string[], found: ReadonlySet<string>) => terms.length > 0 && terms.every((t) => found.has(t));
  // The joint answer only counts when its passage is about at least one side (its heading names it).
  const heading = new Set(joint.passages[0] ? ctx.index.analyzer.terms(joint.passages[0].headings.join(' ')) : []);
  const onTopic = joint.answered && sideTerms.some((terms) => names(terms, heading));
  // A side counts as covered when a passage the answer quotes is headed by it.
  const headings = joint.passages.map((p) => analysed(ctx.index, p).headings);
  const missing = sides.filter((_, i) => !headings.some((h) => names(sideTerms[i]!, h)));
  if (onTopic && missing.length === 0) return withSideNotes(ctx, joint, sides);

  // Describe each side that the joint answer leaves out.
  const parts: string[] = onTopic ? [joint.text] : [];
  const passages = onTopic ? [...joint.passages] : [];
  let covered = 0;
  for (const side of onTopic ? missing : sides) {
    const model = ctx.matcher.find(side)[0]?.model;
    if (model) {
      parts.push(`**${side}**: ${modelProfile(model)}`);
      const p = ctx.modelPassage(model);
      if (p) passages.push(p);
      covered++;
      continue;
    }
    // The opening of the passage that defines the side; a full answer only when none does.
    const defining = definingPassage(ctx, side);
    const opening = defining ? openingOf(ctx, defining) : undefined;
    const one = opening ? undefined : answerFromPassages(ctx, `what is ${side}`, 'definition');
    const lead = opening ?? (one?.answered ? one.text.split('\n\n')[0]! : undefined);
    if (lead) {
      parts.push(`**${extractSubject(side) || side}**: ${lead.length > 420 ? lead.slice(0, lead.lastIndexOf('. ', 420) + 1) || lead.slice(0, 420) : lead}`);
      passages.push(...(defining ? [defining] : one!.passages.slice(0, 1)));
      covered++;
    }
  }
  const answered = onTopic ? true : covered === sides.length;
  return { kind: 'comparison', answered, text: parts.join('\n\n'), passages };
}

/** After a short joint comparison, one line on what each side is, when the knowledge base defines it. */
function withSideNotes(ctx: AnswerContext, joint: Draft, sides: string[]): Draft {
  if (joint.text.length >= 500) return joint;
  const notes: string[] = [];
  const passages = [...joint.passages];
  for (const side of sides) {
    const defining = definingPassage(ctx, side);
    const first = defining ? analysed(ctx.index, defining).units[0]?.unit.text : undefined;
    if (!defining || !first || joint.text.includes(first) || first.length > 300) continue;
    notes.push(first);
    passages.push(defining);
  }
  return notes.length ? { ...joint, text: `${joint.text}\n\n${notes.join('\n')}`, passages } : joint;
}

/** The passage that defines a side ("GANs" → the GAN section), found by one short search. */
function definingPassage(ctx: AnswerContext, side: string): Passage | undefined {
  const plan = planQuery(ctx.index, side, side);
  return retrieve(ctx.index, plan, 5).find((c) => c.aboutSubject)?.passage;
}

/** A passage's first sentences, up to about 420 characters. */
function openingOf(ctx: AnswerContext, passage: Passage): string | undefined {
  let text = '';
  for (const { unit } of analysed(ctx.index, passage).units) {
    if (text && text.length + unit.text.length > 420) break;
    text += (text ? ' ' : '') + unit.text;
  }
  return text || undefined;
}

/** "Gemini 2.5 Pro vs Gemini 2.5 Flash pricing": the named figure for each catalog model, side by side. */
function compareModelFacts(ctx: AnswerContext, question: string): Draft | undefined {
  const models = ctx.matcher.find(question).map((m) => m.model);
  const attribute = detectAttribute(question);
  if (models.length < 2 || !attribute) return undefined;
  const facts = models.map((m) => modelFact(m, attribute, question));
  if (facts.every((f) => f === undefined)) return undefined;
  const label = attributeLabels[attribute];
  const lines = models.map((m, i) => facts[i] ?? `My sources don't state the ${label} of ${m.name}.`);
  const passages = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'comparison', answered: true, text: lines.join('\n'), passages, models };
}
