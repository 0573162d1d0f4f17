/**
 * Everyday questions that use one of the field's words in its everyday sense, against the default
 * knowledge: the one word does not anchor them twice (as a word and as the setting it names), and
 * the words a plan adds to its search do not count as the question's own.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the default knowledge and everyday senses', () => {
  it.each([
    'what temperature should i cook chicken at',
    'how do I reduce latency in my home wifi',
    'how often should I feed my python snake',
    'how much are tokens at the arcade',
    'any good modelling agencies for a teenager?',
  ])('refuses %j', (text) => {
    expect(guide.ask({ text }).answered).toBe(false);
  });

  it.each([
    'what temperature should we use for creative writing',
    'how do we reduce latency for our chatbot',
    'which model is best for writing python',
    'which image model is best for fashion product photos',
  ])('still answers %j', (text) => {
    expect(guide.ask({ text }).answered).toBe(true);
  });
});
