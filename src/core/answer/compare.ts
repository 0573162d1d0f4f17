import { comparisonSides, extractSubject } from '../understand/subject.js';
import { MIN_COVERAGE, type AnswerContext, type Draft } from './context.js';
import { answerFromPassages } from './general.js';
import { modelProfile } from '../catalog/facts.js';

/** "X vs Y": a section comparing both when there is one; otherwise what each one is, side by side. */
export function answerComparison(ctx: AnswerContext, question: string): Draft {
  const sides = comparisonSides(question);
  const joint = answerFromPassages(ctx, question, 'comparison', sides);
  if (sides.length < 2) return joint;

  const text = joint.text.toLowerCase();
  const missing = sides.filter((side) => {
    const terms = ctx.index.analyzer.terms(side).filter((t) => !['model', 'mode'].includes(t));
    const answerTerms = new Set(ctx.index.analyzer.terms(text));
    return terms.length > 0 && !terms.every((t) => answerTerms.has(t));
  });
  if (joint.answered && missing.length === 0) return joint;

  // Describe each side that the joint answer leaves out.
  const parts: string[] = joint.answered ? [joint.text] : [];
  const passages = joint.answered ? [...joint.passages] : [];
  let covered = 0;
  for (const side of joint.answered ? missing : sides) {
    const model = ctx.matcher.find(side)[0]?.model;
    if (model) {
      parts.push(`**${side}**: ${modelProfile(model)}`);
      const p = ctx.modelPassage(model);
      if (p) passages.push(p);
      covered++;
      continue;
    }
    const one = answerFromPassages(ctx, `what is ${side}`, 'definition');
    if (one.answered) {
      const lead = one.text.split('\n\n')[0]!;
      parts.push(`**${extractSubject(side) || side}**: ${lead.length > 420 ? lead.slice(0, lead.lastIndexOf('. ', 420) + 1) || lead.slice(0, 420) : lead}`);
      passages.push(...one.passages.slice(0, 1));
      covered++;
    }
  }
  const answered = joint.answered || covered === sides.length || (covered > 0 && joint.text !== '' && MIN_COVERAGE <= 0.5 && covered >= sides.length - 1);
  return { kind: 'comparison', answered, text: parts.join('\n\n'), passages };
}
