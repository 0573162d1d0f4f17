/**
 * The default knowledge folder, loaded once: what the bot itself offers (the help text's example
 * questions, its suggestions) must be answerable from it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import { EXAMPLE_QUESTIONS, HELP_TEXT } from '../../src/core/messages.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  const kb = await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge'));
  expect(kb.problems.filter((p) => p.severity === 'error')).toEqual([]);
  guide = createGuide(kb);
});

describe('the default knowledge', () => {
  it('answers "what kind of model do we need" with a pick, not with a verdict on a proposal nobody made', () => {
    const text = guide.ask({ text: 'we get photos of receipts with text and logos. what kind of model do we need' }).text;
    expect(text).toMatch(/^Use \*\*a multimodal model\*\*/);
  });

  it.each([...EXAMPLE_QUESTIONS])('answers the example question %j', (question) => {
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(true);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it('answers the follow-up the help text shows', () => {
    expect(HELP_TEXT).toContain('"and for video?"');
    const a = guide.ask({ text: 'and for video?', history: ['Which model for images on-prem?'] });
    expect(a).toMatchObject({ kind: 'recommendation', answered: true });
  });

  it.each(['What is a reasoning model?', 'GAN vs diffusion?', 'What does Claude 4.5 Sonnet cost per 1M tokens?'])('suggests after %j only questions it answers', (question) => {
    const suggestions = guide.ask({ text: question }).suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(guide.ask({ text: s }).answered, s).toBe(true);
  });
});
