import { buildSearchIndex, type SearchIndex } from '../knowledge/search/search-index.js';
import type { CatalogEntry, KnowledgeBase, Passage } from '../knowledge/types.js';
import { answerComparison } from './answer/compare.js';
import type { AnswerContext, Draft } from './answer/context.js';
import { answerFact } from './answer/fact.js';
import { answerFromPassages } from './answer/general.js';
import { answerList } from './answer/list.js';
import { answerRecommendation } from './answer/recommend.js';
import { suggestFollowUps, topicSuggestions } from './answer/suggest.js';
import { detectAttribute } from './catalog/attributes.js';
import { createModelMatcher } from './catalog/model-matcher.js';
import { EXAMPLE_QUESTIONS, GREETING_TEXT, HELP_TEXT, MAX_ANSWER_CHARS, NO_ANSWER_TEXT } from './messages.js';
import type { Answer, Guide, Question, Source } from './types.js';
import { classify, type QuestionKind } from './understand/classify.js';
import { cleanQuestion } from './understand/clean.js';
import { resolveFollowUp } from './understand/followup.js';
import { dropFillerTypos } from './understand/typos.js';

export interface GuideOptions {
  /** A prebuilt (e.g. loaded from disk) index for this knowledge base; built when absent. */
  index?: SearchIndex;
}

function toSource(p: Passage): Source {
  return { id: p.id, title: p.docTitle, section: p.section, ...(p.url ? { url: p.url } : {}), path: p.path };
}

/** Cuts text to the limit at a sentence or line end. */
function fit(text: string, max = MAX_ANSWER_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('. '));
  return end > max / 2 ? cut.slice(0, end + 1).trimEnd() : `${cut.trimEnd()}…`;
}

function compose(ctx: AnswerContext, question: string, kind: QuestionKind): Draft {
  // "What does Gemini 2.0 do well?" is a fact about a catalog model, whatever its wording's shape.
  if ((kind === 'definition' || kind === 'explanation') && detectAttribute(question) && ctx.matcher.find(question).length > 0) {
    const fact = answerFact(ctx, question);
    if (fact.answered) return fact;
  }
  switch (kind) {
    case 'fact':
      return answerFact(ctx, question);
    case 'recommendation':
      return answerRecommendation(ctx, question);
    case 'comparison':
      return answerComparison(ctx, question);
    case 'list':
      return answerList(ctx, question);
    default:
      return answerFromPassages(ctx, question, kind);
  }
}

/** Builds the answering core over a loaded knowledge base: the one entry point adapters call. */
export function createGuide(kb: KnowledgeBase, options: GuideOptions = {}): Guide {
  const index = options.index ?? buildSearchIndex(kb);
  const catalogPassage = new Map<string, Passage>();
  for (const p of index.passages) if (p.docTitle === 'Model catalog') catalogPassage.set(p.section, p);
  const ctx: AnswerContext = {
    kb,
    index,
    matcher: createModelMatcher(kb.models),
    modelPassage: (model: CatalogEntry) => catalogPassage.get(model.name),
  };
  const info = { documents: kb.documents.length, passages: index.passages.length, models: kb.models.length, loadedAt: kb.loadedAt, hash: kb.hash };

  function ask(question: Question): Answer {
    const asked = question.text;
    const cleaned = cleanQuestion(asked);
    const firstKind = classify(cleaned);
    if (firstKind === 'help' || firstKind === 'greeting') {
      const text = firstKind === 'help' ? HELP_TEXT : GREETING_TEXT;
      return { question: asked, kind: firstKind, answered: true, text, sources: [], suggestions: [...EXAMPLE_QUESTIONS].slice(0, 3) };
    }
    const typoFree = dropFillerTypos(cleaned, index.has);
    const resolved = resolveFollowUp(typoFree, (question.history ?? []).filter((h) => h.trim()).map((h) => dropFillerTypos(h, index.has)), ctx.matcher);
    const kind = classify(resolved);
    const draft = compose(ctx, resolved, kind === 'help' || kind === 'greeting' ? 'explanation' : kind);
    if (!draft.answered && draft.text === '') {
      return {
        question: asked,
        kind: 'no_answer',
        answered: false,
        text: NO_ANSWER_TEXT,
        sources: [],
        suggestions: topicSuggestions(ctx, resolved),
      };
    }
    const sources = [...new Map(draft.passages.map((p) => [p.id, toSource(p)])).values()].slice(0, 4);
    if (!draft.answered) {
      const text = draft.kind === 'fact' && draft.models?.length ? draft.text : NO_ANSWER_TEXT;
      return { question: asked, kind: 'no_answer', answered: false, text: fit(text), sources: text === NO_ANSWER_TEXT ? [] : sources, suggestions: topicSuggestions(ctx, resolved) };
    }
    return { question: asked, kind: draft.kind, answered: true, text: fit(draft.text), sources, suggestions: suggestFollowUps(ctx, draft, asked) };
  }

  return { ask, info };
}
