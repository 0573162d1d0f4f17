/**
 * "Best open source llm if we need massive context?": the head noun (an LLM, a model) is what is
 * asked for, so the pick is a model that meets the need, not a deployment because "open source" is
 * a way to run one.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { objectTarget } from '../../../src/core/understand/target.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

describe('target: a model named as the thing asked for after "best"', () => {
  it.each(['best open source llm if we need massive context?', 'top self-hosted image model for our brand', "what's the best open weights model for chat"])('%j asks for a model', (q) => {
    expect(objectTarget(q)).toBe('model');
  });

  it.each(['best way to host a model', 'which architecture is best for images'])('%j does not', (q) => {
    expect(objectTarget(q)).not.toBe('model');
  });

  it('picks the open model that meets the need', () => {
    const a = createGuide(docsKnowledgeBase()).ask({ text: 'best open source llm if we need a massive context?', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Omni Open 4');
  });
});
