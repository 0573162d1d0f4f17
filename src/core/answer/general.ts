import { detectAttribute, detectSuperlative, statesValue } from '../catalog/attributes.js';
import { extractSubject } from '../understand/subject.js';
import type { QuestionKind } from '../understand/classify.js';
import { coverageBar, type AnswerContext, type Draft } from './context.js';
import { planQuery, retrieve } from './retrieve.js';
import { selectUnits, type SelectOptions } from './select.js';
import { splitUnits } from './units.js';

const BUDGET: Partial<Record<QuestionKind, Partial<SelectOptions>>> = {
  definition: { maxChars: 560, leadWithDefinition: true, maxUnits: 4, keepLists: true },
  explanation: { maxChars: 900, leadWithDefinition: true, maxUnits: 7, keepLists: true },
  fact: { maxChars: 520, preferFigures: true, maxUnits: 3 },
  list: { maxChars: 1100, keepLists: true, maxUnits: 6 },
  comparison: { maxChars: 900, maxUnits: 5, keepLists: true },
  recommendation: { maxChars: 700, maxUnits: 4, keepLists: true },
};

const USAGE = /\bused for\b|\buse cases?\b|\bapplications?\b|\bgood for\b|\bwhat (?:do|does|can) .+ do\b/i;

/** Capitalised names with a version number ("Claude Haiku 4.5", "GPT-5") the question asks about. */
export function namedThings(text: string): string[][] {
  const names = text.match(/\b[A-Z][\w]*(?:[- .]?(?:[A-Z][\w]*|\d[\w.]*))*[- ]?\d[\w.]*(?:\s+[A-Z][a-z]+)*/g) ?? [];
  return names.map((n) => n.toLowerCase().split(/[\s-]+/).filter((t) => t.length > 0 && t !== 'v'));
}

/** Retrieval and sentence selection: the path every kind falls back on. */
export function answerFromPassages(
  ctx: AnswerContext,
  question: string,
  kind: QuestionKind,
  extraSubjects: string[] = [],
  budget: Partial<SelectOptions> = {},
): Draft {
  const subject = extractSubject(question);
  const plan = planQuery(ctx.index, question, subject, extraSubjects);
  const candidates = retrieve(ctx.index, plan);
  // "What is X used for?" wants the uses (a list, often), not X's definition.
  const usage = USAGE.test(question);
  const options: SelectOptions = { maxChars: 700, ...BUDGET[usage && kind === 'definition' ? 'explanation' : kind], ...budget };
  if (usage) options.leadWithDefinition = false;
  else options.subjectText = subject;
  options.sameSubject = kind === 'fact' && !detectSuperlative(question);
  const selection = selectUnits(ctx.index, plan, candidates, options);
  if (!selection) return { kind, answered: false, text: '', passages: [] };
  // A passage explicitly about the subject may leave a few of the question's words unmatched.
  const bar = coverageBar(plan.terms.length);
  let answered = selection.coverage >= (candidates[0]?.aboutSubject ? bar - 0.15 : bar);
  if (answered && kind === 'fact') {
    // A fact about a named thing must come from text that names it.
    // A fact about a named thing must come from a sentence that names it and states a value.
    const attribute = detectAttribute(question);
    const names = namedThings(question);
    answered = splitUnits(selection.text).some((u) => {
      const text = u.text.toLowerCase();
      return names.every((tokens) => tokens.every((t) => text.includes(t))) && (names.length === 0 || statesValue(attribute, u.text));
    });
  }
  return { kind, answered, text: selection.text, passages: selection.passages };
}
