/**
 * "The most capable model for agents that use tools" asks for one model: the plural ("tools") is
 * part of what the model is for, not the thing asked for, so a superlative stays one pick.
 */
import { describe, expect, it } from 'vitest';
import { wantedCount } from '../../../src/core/understand/wanted-count.js';

describe('a singular item asked for before a plural of its purpose', () => {
  it.each([
    ["what's the strongest model for apps that call external tools?", undefined],
    ['best llm for teams that build coding assistants', undefined],
    ['which tool is best for products that need captions', undefined],
  ])('%j wants one item', (question, count) => {
    expect(wantedCount(question)).toBe(count);
  });

  it.each([
    ['which models are best for an app that calls a tool?', Infinity],
    ['top tools for a model evaluation', Infinity],
  ])('%j still wants every item', (question, count) => {
    expect(wantedCount(question)).toBe(count);
  });
});
