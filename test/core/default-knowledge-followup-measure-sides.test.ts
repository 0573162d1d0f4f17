/**
 * "Which is cheaper?", "which one's better for images?" after two kinds or techniques were compared
 * weighs those same two sides on the measure asked, not a ranking of catalog models.
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

describe('a comparative asked after two kinds were compared', () => {
  it.each([
    ['so which is cheaper', ['rag vs fine tuning'], /\bRAG\b[\s\S]*fine-tuning/i],
    ['ok which one is better for images?', ['gan vs diffusion model'], /diffusion/i],
    ['which is cheaper to run', ['open source vs proprietary models'], /open/i],
  ])('answers %j about the two sides, with no catalog model', (q, history, side) => {
    const a = guide.ask({ text: q, history });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(side);
    expect(a.sources.some((s) => s.title === 'Model catalog')).toBe(false);
  });
});

describe('a size class written with "LLM" as its noun', () => {
  it.each([['small llms vs large llms'], ['medium llms or big llms?']])('weighs %j as two size classes', (q) => {
    const a = guide.ask({ text: q, history: [] });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/\*\*A (?:large|medium) model\*\* has roughly/);
    expect(a.text).not.toContain('**A large language model (LLM)** is');
  });
});
