import { VERSIONED_NAME, type ModelMatcher } from '../catalog/model-matcher.js';
import { cleanQuestion } from './clean.js';
import { classify } from './classify.js';
import { extractSubject } from './subject.js';

const CONNECTOR = /^(?:and|also|plus|or|but|so|then|ok|okay)?\s*(?:what about|how about|what of|same (?:question )?for|same with|and for|and with|and in|and on|and)\b[\s,]*/i;
const PRONOUN = /\b(?:it|its|it's|they|them|their|theirs|those|these)\b|\b(?:the|a|an)\s+(?:\w+\s+)?ones?\b|\b(?:that|this)(?: one| model)?\s*\??$|\bwhich (?:of (?:them|those|these)|one)\b|\bthe (?:same|former|latter|first one|second one)\b/i;
const CATEGORY_WORD = /\b(?:images?|pictures?|photos?|video|videos|code|coding|audio|music|speech|text|chat|tabular data|3d)\b/i;

function subjectOf(question: string, matcher: ModelMatcher): string {
  const model = matcher.find(question)[0];
  return model ? model.model.name : extractSubject(question);
}

/** Replaces the previous question's model, category word or subject with the new one. */
function substitute(prev: string, replacement: string, matcher: ModelMatcher): string | undefined {
  const newModel = matcher.find(replacement)[0];
  const oldModel = matcher.find(prev)[0];
  if (newModel && oldModel) {
    const re = new RegExp(oldModel.text.split(' ').map(escape).join('[\\s\\-.]*'), 'i');
    const replaced = prev.replace(re, newModel.model.name);
    if (replaced !== prev) return replaced;
    return `${prev.replace(/[?.!]+$/, '')} (${newModel.model.name} instead of ${oldModel.model.name})?`;
  }
  // Without a catalog entry, a capitalised name with a version ("Gemini 2.5 Pro") stands in for one.
  const newName = replacement.match(VERSIONED_NAME)?.[0];
  const oldName = prev.match(VERSIONED_NAME)?.[0];
  if (newName && oldName && newName !== oldName) return prev.replace(oldName, newName);
  const newCategory = replacement.match(CATEGORY_WORD)?.[0];
  if (newCategory && CATEGORY_WORD.test(prev)) return prev.replace(CATEGORY_WORD, newCategory);
  const oldSubject = extractSubject(prev);
  const newSubject = extractSubject(replacement) || replacement;
  if (oldSubject && prev.toLowerCase().includes(oldSubject.toLowerCase())) {
    return prev.slice(0, prev.toLowerCase().indexOf(oldSubject.toLowerCase())) + newSubject + prev.slice(prev.toLowerCase().indexOf(oldSubject.toLowerCase()) + oldSubject.length);
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites a follow-up into a standalone question using the conversation's earlier questions:
 * "and Gemini 2.5 Pro?" after "How much does Claude 4.5 Sonnet cost?" → "How much does Gemini 2.5 Pro cost?".
 */
export function resolveFollowUp(text: string, history: readonly string[], matcher: ModelMatcher): string {
  if (history.length === 0) return text;
  const prev = resolveFollowUp(cleanQuestion(history[history.length - 1]!), history.slice(0, -1), matcher);
  if (!prev || classify(prev) === 'greeting' || classify(prev) === 'help') return text;

  const connector = text.match(CONNECTOR);
  const rest = connector ? text.slice(connector[0].length).trim() : text;
  const bare = classify(rest) === 'explanation' && rest.split(/\s+/).length <= 6 && !PRONOUN.test(rest);
  if ((connector && connector[0].trim()) || bare) {
    if (!PRONOUN.test(rest) && (bare || !/^(?:what|how|why|when|which|who|is|are|does|do|can)\b/i.test(rest))) {
      const swapped = substitute(prev, rest, matcher);
      if (swapped) return swapped;
    }
  }
  if (PRONOUN.test(rest)) {
    const subject = subjectOf(prev, matcher);
    if (!subject) return text;
    return rest
      .replace(/\bwhich (?:of (?:them|those|these)|one)\b/i, `which of the ${subject}`)
      .replace(/\b(?:its|their|theirs)\b/i, `${subject}'s`)
      .replace(/\bit's\b/i, `${subject} is`)
      .replace(/\b(?:it|they|them|those|these)\b/i, subject)
      .replace(/\b((?:the|a|an)\s+(?:\w+\s+)?)ones?\b/i, `$1${subject}`)
      .replace(/\b(?:that|this)(?: one| model)?(\s*\??)$/i, `${subject}$1`);
  }
  return text;
}
