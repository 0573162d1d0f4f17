/**
 * A need for speed ("needs to be snappy", "fast responses for a chat widget") asks for a model, the
 * fast one the catalog names, whatever kind of answer the classifier guessed, unless the wording asks
 * for that kind ("what size…", "how do we cut…") or for the traits to weigh ("what should we optimise for").
 */
import { describe, expect, it } from 'vitest';
import { modelForSpeed } from '../../../src/core/understand/target.js';

describe('a need for speed picks a model', () => {
  it.each([
    ['we need fast responses for a chat widget', 'size-class'],
    ['what should we use if latency is the main concern for an autocomplete feature?', 'approach'],
    ['our support bot must reply instantly', 'model-type'],
    ['live captions for a webinar, it has to keep up in real time', 'deployment'],
  ] as const)('%j, classified %s, asks for a model', (q, classified) => {
    expect(modelForSpeed(classified, q, true)).toBe('model');
  });

  it.each([
    ['small or big model to cut latency', 'size-class'],
    ["what's a good strategy to reduce latency", 'approach'],
    ['what kind of model answers fastest', 'model-type'],
    ['what should we optimize for if we mainly want fast responses', 'size-class'],
    ['which setting makes it respond faster', 'setting'],
  ] as const)('%j keeps the kind it asks for (%s)', (q, classified) => {
    expect(modelForSpeed(classified, q, true)).toBe(classified);
  });

  it('leaves the target alone when no speed is needed', () => {
    expect(modelForSpeed('size-class', 'we need answers for a chat widget', false)).toBe('size-class');
  });
});
