/**
 * A long message that sets out its situation before it asks ("hi all, small team, budget is
 * tight, … which model makes most sense?"): the asking sentence decides what is asked; the
 * context sentences add constraints, never the end of a scale or the shape of the answer.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase();
const f = coreFixture(kb);
const guide = createGuide(kb);

const PREAMBLED = [
  "Hi all, I run the help desk, we're a small team and budget is tight, we get about 30k tickets a day. Which model from the price list makes most sense?",
  'I look after support at a small shop; costs matter since the largest plans are way too expensive for us. We answer 4k tickets a day. What model makes the most sense?',
  'hey, quick context: team of 3, money is tight, the big plans feel pricey. we answer 10k support emails a day. which model fits us?',
];

describe('understand: the asking sentence after a preamble of context', () => {
  it.each(PREAMBLED)('reads %j as a pick under a budget, not a ranking by price', (question) => {
    const u = f.read(question);
    expect(u.intent).toBe('recommendation');
    expect(u.superlative).toBeUndefined();
    expect(u.constraints.budget).toBe(true);
    expect(u.target).toBe('model');
  });

  it('reads "makes the most sense" as a pick, not the top of a scale', () => {
    const u = f.read('which model from the price list makes the most sense?');
    expect(u.intent).toBe('recommendation');
    expect(u.superlative).toBeUndefined();
  });

  it('keeps a superlative the asking sentence says itself', () => {
    expect(f.read('we have a small team and lots of tickets. which model is the cheapest?').superlative).toBe('min');
  });

  it('does not read a state of mind ("quick context") as a need for speed', () => {
    expect(f.read('quick context: we answer tickets. which model fits?').constraints.lowLatency).toBe(false);
  });

  it.each(PREAMBLED)('picks the lower-priced model for %j, not the most expensive', (question) => {
    const text = guide.ask({ text: question }).text;
    expect(text).toMatch(/^\*\*Beta 1\*\*/);
    expect(text).not.toMatch(/most expensive/);
  });
});
