/**
 * A need for speed ("needs to be snappy", "fast responses for a chat widget") asks for a model, the
 * fast one the catalog names, whatever kind of answer the classifier guessed, unless the wording asks
 * for that kind ("what size…", "how do we cut…") or for the traits to weigh ("what should we optimise for").
 */
import { describe, expect, it } from 'vitest';
import { modelForLongInput, modelForSpeed, objectTarget } from '../../../src/core/understand/target.js';

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

describe('a long input picks a model', () => {
  it.each([
    ['our analysts read 200-page filings all day', 'approach'],
    ['we need to analyse 500-page contracts', 'deployment'],
  ] as const)('%j, classified %s, asks for a model', (q, classified) => {
    expect(modelForLongInput(classified, q, true)).toBe('model');
  });

  it.each([
    ['building a long-doc summariser, which specs matter most', 'approach'],
    ['what size of model for 500-page contracts', 'size-class'],
  ] as const)('%j keeps the kind it asks for (%s)', (q, classified) => {
    expect(modelForLongInput(classified, q, true)).toBe(classified);
  });
});

describe('"model" qualifying the kind asked for', () => {
  it.each([
    ['Which model size class does the sizing table point to?', 'size-class'],
    ['what model type suits tabular data', 'model-type'],
    ['which model settings make it less random', 'setting'],
  ] as const)('%j asks for a %s', (q, target) => {
    expect(objectTarget(q)).toBe(target);
  });
});
