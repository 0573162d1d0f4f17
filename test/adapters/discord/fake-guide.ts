/** A small stand-in for the answering core: echoes the question, with variants picked by keywords. */
import type { Answer, Guide, Question } from '../../../src/core/types.js';

export const SOURCES = [
  { id: 'concepts/reasoning#what', title: 'Reasoning models', section: 'What they are', url: 'https://example.org/reasoning', path: 'concepts/reasoning.md' },
  { id: 'catalog/pricing', title: 'Model catalog', section: 'Pricing', path: 'catalog/models.yaml' },
];
export const SUGGESTIONS = ['GAN vs diffusion?', 'which model for images on-prem?', 'what is a reasoning model?', 'a fourth one, never shown'];

/** A paragraph of about 500 characters; hugeText() is 30 of them, about 15 000 characters. */
const PARAGRAPH = `A diffusion model learns to reverse a noising process, step by step. ${'It refines an image over many steps, each one removing a little noise. '.repeat(6)}`.trim();
const HUGE_PARAGRAPHS = 30;
export const hugeText = (): string => Array(HUGE_PARAGRAPHS).fill(PARAGRAPH).join('\n\n');

/**
 * The answer is "You asked: <text>" plus "Earlier: a | b" when there is history. Keywords:
 * "pings" → text with @everyone, @here and user/role mentions; "huge" → 15 000 chars and 60 sources;
 * "explode" → the guide throws.
 */
export function createFakeGuide(): Guide & { questions: Question[] } {
  const questions: Question[] = [];
  return {
    questions,
    info: { documents: 2, passages: 4, models: 1, loadedAt: new Date(0), hash: 'fake' },
    ask(question: Question): Answer {
      questions.push(question);
      const base = { question: question.text, kind: 'explanation' as const, answered: true, sources: SOURCES, suggestions: SUGGESTIONS };
      if (question.text.includes('explode')) throw new Error('the fake guide exploded');
      if (question.text.includes('pings')) {
        return { ...base, text: 'Hello @everyone and @here, <@123> and <@&1600000000000000001>: **models** are great.' };
      }
      if (question.text.includes('huge')) {
        const sources = Array.from({ length: 60 }, (_, i) => ({
          id: `huge/${i}`,
          title: `A long source title number ${i} about diffusion [and GANs]`,
          section: 'Training (part two)',
          url: `https://example.org/docs/diffusion (${i})`,
          path: `huge/${i}.md`,
        }));
        return { ...base, text: hugeText(), sources };
      }
      const earlier = question.history?.length ? `\nEarlier: ${question.history.join(' | ')}` : '';
      return { ...base, text: `You asked: ${question.text}${earlier}` };
    },
  };
}
