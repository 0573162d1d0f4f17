/**
 * "Need img gen we can self host + finetune on our brand assets, which model": a pick asked as the
 * question's last words is a model, however much the situation before it speaks of hosting.
 */
import { describe, expect, it } from 'vitest';
import { objectTarget } from '../../../src/core/understand/target.js';
import { readCategories } from '../../../src/core/understand/needs.js';

describe('target: "which model" as the last words', () => {
  it.each(['need img gen we can self host + finetune on our brand assets, which model', 'everything stays on-prem and we tune it on our docs, which one?', 'data must stay in the EU - which llm'])('%j asks for a model', (q) => {
    expect(objectTarget(q)).toBe('model');
  });

  it.each(['which one do we need, RAG or fine-tuning?', 'we host on-prem, which deployment suits us'])('%j does not', (q) => {
    expect(objectTarget(q)).not.toBe('model');
  });
});

describe('"img" as images', () => {
  it('reads "img gen" as images made', () => {
    expect(readCategories('need img gen for our shop')).toEqual([{ category: 'image', direction: 'output' }]);
  });
});
