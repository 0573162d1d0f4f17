/**
 * A small Guide for adapter tests (dependency injection, not a module mock): it echoes the question and its
 * history, and has a few special questions for escaping, splitting and errors.
 */
import type { Answer, Guide, Question, Source } from '../../../../src/core/types.js';

export const SOURCES: Source[] = [
  { id: 'reasoning#overview', title: 'Reasoning models', section: 'Overview', url: 'https://example.org/reasoning?x=1&y=2', path: 'concepts/reasoning.md' },
  { id: 'catalog:o3', title: 'Model catalog', section: 'o3', path: 'catalog/models.yaml' },
];

export const SUGGESTIONS = ['What is a GAN?', 'GAN vs diffusion?', 'Which model for images on-prem?', 'A fourth one never shown'];

/** Text full of things that must never reach Slack as syntax. */
export const PING_TEXT =
  'Heads up <!channel> and <!here>: ask <@U123> about Q&A. See **the docs** at [guide](https://example.org/a?b=1&c=2).';

/** Paragraphs that add up to far more than one Slack message can hold. */
export const HUGE_TEXT = Array.from(
  { length: 120 },
  (_, i) => `Paragraph ${i + 1}: ${'diffusion models denoise step by step & GANs play a two-player game. '.repeat(4)}`,
).join('\n\n');

function answer(question: Question, fields: Partial<Answer>): Answer {
  return {
    question: question.text,
    kind: 'explanation',
    answered: true,
    text: '',
    sources: SOURCES,
    suggestions: SUGGESTIONS,
    ...fields,
  };
}

export function createFakeGuide(): Guide & { asked: Question[] } {
  const asked: Question[] = [];
  return {
    asked,
    info: { documents: 2, passages: 2, models: 1, loadedAt: new Date(0), hash: 'test' },
    ask(question) {
      asked.push(question);
      const text = question.text;
      if (/\bboom\b/.test(text)) throw new Error('the core exploded');
      if (/\bpings?\b/.test(text)) {
        const source = { id: 'p1', title: 'Escaping <!here>', section: 'A & B <@U999>', url: 'https://example.org/x?y=1&z=2', path: 'x.md' };
        return answer(question, { text: PING_TEXT, sources: [source], suggestions: [] });
      }
      if (/\bhuge\b/.test(text)) return answer(question, { text: HUGE_TEXT });
      const history = question.history?.length ? question.history.join(' | ') : 'none';
      return answer(question, { kind: 'definition', text: `**Echo:** ${text}\n- history: ${history}` });
    },
  };
}
