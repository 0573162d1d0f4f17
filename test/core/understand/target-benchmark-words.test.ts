/**
 * "What evaluation should we run…", "which test suite for…": the words for a benchmark are more than
 * "benchmark", and one of them takes two words; each asks for a benchmark, not a deployment or a model.
 */
import { describe, expect, it } from 'vitest';
import { objectTarget } from '../../../src/core/understand/target.js';

describe('target: the words that ask for a benchmark', () => {
  it.each(['what evaluation should we run before choosing a model?', 'which test suite tells us a model can write code?', 'what evaluations matter for our chatbot', 'which evals for a video tool'])('%j asks for a benchmark', (q) => {
    expect(objectTarget(q)).toBe('benchmark');
  });

  it.each(['which test do we need to pass for compliance?', 'what suite of tools should we buy'])('%j does not', (q) => {
    expect(objectTarget(q)).not.toBe('benchmark');
  });
});
