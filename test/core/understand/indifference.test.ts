/** A factor the asker waves away is not read as a constraint, nor as what the question is about. */
import { describe, expect, it } from 'vitest';
import { withoutIndifference } from '../../../src/core/understand/indifference.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';

describe('constraints waved away', () => {
  it.each([
    ['best coding model, budget not really a concern', 'budget'],
    ['money is no object, which llm is smartest', 'budget'],
    ["we don't care about self-hosting, want great images", 'selfHosted'],
    ['latency doesnt matter, quality does', 'lowLatency'],
    ["privacy isn't an issue since the data is public", 'privacy'],
    ['not worried about price at all, need the best', 'budget'],
    ['cost aside, which llm reasons best', 'budget'],
    ['putting latency aside, which model writes the best code', 'lowLatency'],
  ] as const)('%j sets no %s constraint', (text, key) => {
    expect(readConstraints(text)[key]).toBe(false);
  });

  it.each([
    ['cost is a concern for us, which llm', 'budget'],
    ['the main worry is latency', 'lowLatency'],
    ['which open model has no problem running on-prem', 'selfHosted'],
  ] as const)('%j keeps its %s constraint', (text, key) => {
    expect(readConstraints(text)[key]).toBe(true);
  });

  it('keeps the clauses around the one waved away', () => {
    expect(withoutIndifference('latency doesnt matter but cost does').trim()).toBe('but cost does');
  });
});

describe('a recommendation with a factor waved away', () => {
  it('recommends for what is asked instead of explaining the factor', () => {
    const guide = createGuide(knowledgeBase());
    const a = guide.ask({ text: "which image model has the highest quality? we don't care about self-hosting", history: [] });
    expect(a.text).toMatch(/^\*\*Pixel Studio 7\*\*/);
  });
});

describe('understanding a question with a factor waved away', () => {
  const f = coreFixture(knowledgeBase());

  it('does not take the waved factor for the subject', () => {
    const u = f.read("we don't care about fine-tuning, which image model has the highest quality?");
    expect(u.concepts.map((c) => c.name)).not.toContain('fine-tuning');
  });

  it('keeps a question that is nothing but the waved clause', () => {
    expect(f.read("latency doesn't matter").text).toBe("latency doesn't matter");
  });
});

describe('cost waved away by an idiom', () => {
  const f = coreFixture(knowledgeBase());

  it.each(['we have deep pockets, which llm for our analysts', 'whatever it costs, which llm reasons best'])('%j reads a frontier need, and the idiom\'s words are no need terms', (q) => {
    const u = f.read(q);
    expect(u.constraints.frontier).toBe(true);
    expect(u.terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['deep']));
    expect(u.terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['cost']));
  });
});
