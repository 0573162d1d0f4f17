/**
 * A stated constraint is the need: advice is found by what the situation needs ("too slow" needs
 * speed) even when the question never says the knowledge's word for it, quoted from the sentence on
 * the kind of content asked about, without a sentence scoped to another kind.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { scopedElsewhere, scopedToOtherKind, withNeedTerms } from '../../../src/core/plans/need-terms.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const EXTRA = {
  'notes/speed.md': `# Making models quick

## Recommendation: quick replies
Pick a small model when a live preview or a chat reply must be fast, since small models answer with little delay. For images, distilled image models generate fastest, at a slight cost in detail. Bigger models know more but answer slower.
`,
  'notes/private.md': `# Keeping data in-house

## Recommendation: private data that must stay with you
If data must stay on your own servers, use an open-weight model, self-hosted and fine-tuned in-house on your private data.
`,
};

const kb = docsKnowledgeBase({}, EXTRA);
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('recommendation plan: advice for the stated need', () => {
  it('finds the advice on speed for a situation that is too slow, and quotes its sentence on images', () => {
    const a = ask("image generation can't keep up with our live preview and a small quality hit is ok. what kind of models should we look at?");
    expect(a.text).toMatch(/^For images, distilled image models generate fastest/);
  });

  it('leaves out a sentence scoped to another kind of content', () => {
    const a = ask('our chatbot lags in a live chat widget. what kind of model should we look at?');
    expect(a.text).toMatch(/^Pick a small model when a live preview or a chat reply must be fast/);
    expect(a.text).not.toContain('For images');
  });

  it('finds the advice on private data for a chatty situation that never says "private"', () => {
    const a = ask("we have years of support chats and want a model that talks like our team. but legal really doesn't want those chats going to a vendor. whats the move");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^If data must stay on your own servers, use an open-weight model/);
  });

  it('weighs the words of a constraint this turn states, not of one carried from the thread', () => {
    const fast = f.plan.index.analyzer.terms('fast')[0]!;
    const own = withNeedTerms(f.plan.index, f.read('image generation is too slow for our live preview, what kind of models?'));
    expect(own.terms.find((t) => t.term === fast)?.weight).toBe(1);
    const carried = f.read('and for deep reasoning?', ['what should we optimize for if we mainly want fast responses']);
    expect(carried.constraints.lowLatency).toBe(true);
    expect(withNeedTerms(f.plan.index, carried).terms.find((t) => t.term === fast)?.weight ?? 0).toBeLessThan(1);
  });
});

describe('scopedElsewhere', () => {
  it('tells a sentence scoped to a case the question does not ask about', () => {
    const read = f.read('what should we pick for long reports?');
    const u = { ...read, terms: f.plan.index.analyzer.terms('long reports').map((term) => ({ term, weight: 1 })) };
    expect(scopedElsewhere(f.plan.index, u, '**For stories**, raise the temperature.')).toBe(true);
    expect(scopedElsewhere(f.plan.index, u, '**For long reports**, pick a model with a large context window.')).toBe(false);
    expect(scopedElsewhere(f.plan.index, u, 'Pick a model with a large context window.')).toBe(false);
  });
});

describe('scopedToOtherKind', () => {
  it('tells a sentence scoped to another kind of content from one on the kind asked', () => {
    const { index } = f.plan;
    expect(scopedToOtherKind(index, [], 'For images, distilled models are fastest.')).toBe(true);
    expect(scopedToOtherKind(index, [{ category: 'image', direction: 'output' }], 'For images, distilled models are fastest.')).toBe(false);
    expect(scopedToOtherKind(index, [], 'For fast replies, pick a small model.')).toBe(false);
  });
});
