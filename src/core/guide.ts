/**
 * The answering core: `createGuide(kb).ask(question)`, the one entry point adapters call.
 *
 * understand (one typed value) → plan by intent (definition, aspect, verdict, comparison,
 * recommendation, fact, list, ranking) → compose (the rules every answer keeps) → sources and
 * follow-up suggestions.
 */
import { buildSearchIndex, type SearchIndex } from '../knowledge/search/search-index.js';
import type { KnowledgeBase, Passage } from '../knowledge/types.js';
import { VERSIONED_NAME } from './catalog/model-matcher.js';
import { composeText } from './compose/compose.js';
import { buildCoreContexts } from './contexts.js';
import { suggestFollowUps, topicSuggestions } from './compose/suggest.js';
import { EXAMPLE_QUESTIONS, GREETING_TEXT, HELP_TEXT, NO_ANSWER_TEXT, THANKS_TEXT } from './messages.js';
import type { Draft } from './plans/context.js';
import { planAnswer } from './plans/index.js';
import type { Answer, Guide, Question, Source } from './types.js';
import { understand, type Turn } from './understand/understand.js';
import type { ListedItem, Understanding } from './understand/types.js';

export interface GuideOptions {
  /** A prebuilt (e.g. loaded from disk) index for this knowledge base; built when absent. */
  index?: SearchIndex;
  /** Turns kept understood and answered, so a thread's history is not worked out again at every question (default 2,000; 0 keeps none). */
  turnCacheSize?: number;
}

export const DEFAULT_TURN_CACHE_SIZE = 2_000;

/** Every versioned name in a text (match() with a global pattern starts afresh each call). */
const VERSIONED_NAMES = new RegExp(VERSIONED_NAME.source, 'g');

function toSource(p: Passage): Source {
  const url = p.url ?? p.source?.url;
  return { id: p.id, title: p.docTitle, section: p.section, ...(url ? { url } : {}), ...(p.page !== undefined ? { page: p.page } : {}), path: p.path };
}

function sourcesOf(draft: Draft): Source[] {
  const passages = [...draft.blocks.map((b) => b.passage), ...(draft.cites ?? [])].filter((p): p is Passage => p !== undefined);
  return [...new Map(passages.map((p) => [p.id, toSource(p)])).values()].slice(0, 4);
}

/** The items of the list an answer gave (its bulleted or numbered lines), each with its block's passage. */
function listedItems(draft: Draft): ListedItem[] {
  const out: ListedItem[] = [];
  for (const block of draft.blocks) {
    for (const line of block.text.split('\n')) {
      const m = /^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+)$/.exec(line);
      if (m) out.push({ text: m[1]!.trim(), ...(block.passage ? { passage: block.passage } : {}) });
    }
    if (out.length >= 2) break;
  }
  return out;
}

/** Builds the answering core over a loaded knowledge base. */
export function createGuide(kb: KnowledgeBase, options: GuideOptions = {}): Guide {
  const index = options.index ?? buildSearchIndex(kb);
  const contexts = buildCoreContexts(kb, index);
  const ctx = contexts.plan;
  const { concepts } = ctx;
  const uctx = contexts.understanding;
  const info = { documents: kb.documents.length, passages: index.passages.length, models: kb.models.length, loadedAt: kb.loadedAt, hash: kb.hash };
  const turns = new Map<string, { turn: Turn; draft: Draft }>();
  const turnCacheSize = options.turnCacheSize ?? DEFAULT_TURN_CACHE_SIZE;

  /** Understands and plans one turn against the one before it. */
  function run(text: string, previous: Turn | undefined, key: string): { turn: Turn; draft: Draft } {
    const cached = turns.get(key);
    if (cached) return cached;
    const u = understand(text, uctx(), previous);
    const draft = planAnswer(ctx, u);
    const named = draft.answered ? (draft.blocks[0]?.text.match(VERSIONED_NAMES) ?? []) : [];
    const items = draft.answered ? listedItems(draft) : [];
    const result = { turn: { understanding: u, models: draft.models ?? u.models, concepts: draft.concepts ?? u.concepts, names: named.length ? named.slice(0, 1) : u.names, ...(items.length >= 2 ? { items } : {}) }, draft };
    if (turnCacheSize > 0) {
      if (turns.size >= turnCacheSize) turns.delete(turns.keys().next().value!);
      turns.set(key, result);
    }
    return result;
  }

  function reply(asked: string, kind: Answer['kind'], text: string, u?: Understanding): Answer {
    const suggestions = kind === 'help' || kind === 'greeting' ? [...EXAMPLE_QUESTIONS].slice(0, 3) : topicSuggestions(concepts, u?.text ?? asked);
    return { question: asked, kind, answered: kind !== 'no_answer', text, sources: [], suggestions };
  }

  function ask(question: Question): Answer {
    const asked = question.text;
    if (!asked.trim()) return reply(asked, 'help', HELP_TEXT);
    let previous: Turn | undefined;
    let key = '';
    for (const h of question.history ?? []) {
      if (!h.trim()) continue;
      key += `${h}\u0000`;
      previous = run(h, previous, key).turn;
    }
    const { turn, draft } = run(asked, previous, `${key}${asked}\u0001`);
    const u = turn.understanding;
    if (u.intent === 'greeting') return reply(asked, 'greeting', GREETING_TEXT, u);
    if (u.intent === 'thanks') return reply(asked, 'greeting', THANKS_TEXT, u);
    // "What's your favourite model?" reads like a question about the bot, but asks its taste: no help text answers it.
    if (u.intent === 'help' && u.outOfScope !== 'opinion') return reply(asked, 'help', HELP_TEXT, u);
    const text = composeText(draft.blocks, undefined, u.maxSentences, u.list.namesOnly === true);
    if (!draft.answered || !text) {
      const answer = reply(asked, 'no_answer', text || NO_ANSWER_TEXT, u);
      return text ? { ...answer, sources: sourcesOf(draft) } : answer;
    }
    const sources = sourcesOf(draft);
    const suggestions = suggestFollowUps(concepts, { u, concepts: turn.concepts, models: turn.models, passages: draft.blocks.map((b) => b.passage).filter((p): p is Passage => p !== undefined) });
    return { question: asked, kind: draft.kind, answered: true, text, sources, suggestions };
  }

  return { ask, info };
}
