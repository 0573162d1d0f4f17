import { detectAttribute, detectSuperlative, statesValue } from '../catalog/attributes.js';
import { extractSubject } from '../understand/subject.js';
import type { QuestionKind } from '../understand/classify.js';
import { coverageBar, type AnswerContext, type Draft } from './context.js';
import { coverageOf, planQuery, retrieve, USAGE_QUESTION } from './retrieve.js';
import { analysed } from './passage-cache.js';
import { nameTokens, VARIANT_WORDS, VERSIONED_NAME } from '../catalog/model-matcher.js';
import type { Passage } from '../../knowledge/types.js';
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

const YES_NO = /^\s*(?:is|are|can|does|do|will|was|were|should)\b/i;

/** Capitalised names with a version number ("Claude Haiku 4.5", "GPT-5") the question asks about. */
export function namedThings(text: string): string[][] {
  const versioned = text.match(new RegExp(VERSIONED_NAME.source, 'g')) ?? [];
  // "Mistral Small", "Gemini Flash": a capitalised name with a variant word names a model too.
  const variants = [...text.matchAll(/\b([A-Z][\w-]+)\s+([A-Z][a-z]+)\b/g)].filter((m) => VARIANT_WORDS.has(m[2]!.toLowerCase())).map((m) => m[0]);
  return [...versioned, ...variants].map((n) => nameTokens(n));
}

function singleUnitCoverage(ctx: AnswerContext, plan: ReturnType<typeof planQuery>, passages: Passage[], text: string): number {
  let best = 0;
  for (const block of text.split('\n\n')) {
    const passage = passages.find((p) => analysed(ctx.index, p).units.some((u) => block.includes(u.unit.text)));
    const heading = passage ? analysed(ctx.index, passage).headings : new Set<string>();
    for (const u of splitUnits(block)) {
      const found = new Set([...ctx.index.analyzer.terms(u.text), ...heading]);
      // Weak words ("model", "best") may be missing from the sentence that answers.
      for (const t of plan.terms) if (t.weight < 1 || plan.focus.has(t.term)) found.add(t.term);
      best = Math.max(best, coverageOf(ctx.index, plan, found));
    }
  }
  return best;
}

/** Every token of every name appears among the unit's own tokens (not merely inside longer ones). */
function namesAll(names: string[][], unit: string): boolean {
  const tokens = new Set(nameTokens(unit));
  return names.every((name) => name.every((t) => tokens.has(t)));
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
  const usage = USAGE_QUESTION.test(question);
  const options: SelectOptions = { maxChars: 700, ...BUDGET[usage && kind === 'definition' ? 'explanation' : kind], ...budget };
  // Usage and yes/no questions ("are agentic LLMs open source?") want a property, not the definition.
  if (usage || YES_NO.test(question)) options.leadWithDefinition = false;
  else options.subjectText = subject;
  options.sameSubject = kind === 'fact' && !detectSuperlative(question);
  const selection = selectUnits(ctx.index, plan, candidates, options);
  if (!selection) return { kind, answered: false, text: '', passages: [] };
  // A short question must be answered by one sentence (with its heading), not by its words
  // scattered over unrelated sentences ("who founded X" ≠ "found" here and "X" there).
  const unitCoverage = plan.terms.length <= 4 ? singleUnitCoverage(ctx, plan, selection.passages, selection.text) : 1;
  // With two or three words, each one counts: a rare word alone ("Anthropic") does not answer "who founded Anthropic".
  const needed = plan.terms.filter((t) => t.weight >= 1).length <= 3 ? 0.999 : coverageBar(plan.terms.length);
  if (unitCoverage < needed) {
    return { kind, answered: false, text: selection.text, passages: selection.passages };
  }
  // A passage explicitly about the subject may leave a few of the question's words unmatched.
  const bar = coverageBar(plan.terms.length);
  let answered = selection.coverage >= (candidates[0]?.aboutSubject ? bar - 0.15 : bar);
  if (answered && kind === 'fact') {
    // A fact about a named thing must come from text that names it.
    // A fact about a named thing must come from a sentence that names it and states a value.
    const attribute = detectAttribute(question);
    const names = namedThings(question);
    answered = splitUnits(selection.text).some((u) => {
      if (!namesAll(names, u.text)) return false;
      if (names.length === 0) return true;
      // "How many layers does GPT-5 have?": the counted thing must be in the sentence that names it.
      const terms = new Set(ctx.index.analyzer.terms(u.text));
      return statesValue(attribute, u.text) && [...plan.focus].every((t) => terms.has(t));
    });
  }
  return { kind, answered, text: selection.text, passages: selection.passages };
}
