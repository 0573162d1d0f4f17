/**
 * An approach question is answered by the advice that speaks to it: the word that names the kind of
 * pick ("what's the approach") is the question's frame, not a topic the text must cover, and the
 * advice is quoted from its own sentence rather than from an unrelated one its "also" leans on.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { withoutKindWords } from '../../../src/core/plans/need-terms.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const EXTRA = {
  'notes/variants.md': `# Image model variants

## Variants of image models
Sketch-guided models follow a rough drawing you supply. Image models are also often fine-tuned to reproduce one style, such as watercolour or comic art.
`,
  'notes/adapt.md': `# Adapting or building

## When to fine-tune rather than train from scratch
If a ready-made model does poorly on your domain, such as hospital discharge notes, fine-tune it on your own data instead of training a new model from scratch. Training from scratch costs far more and takes months.
`,
};

// Many sections on the concepts a question names must not crowd out the one advice section on its situation.
const FILLER = Array.from({ length: 12 }, (_, i) => `## Training note ${i + 1}\nTraining a bot model from scratch behind an API takes prompt engineering and training runs, step ${i + 1}.\n`).join('\n');
const CROWDED = {
  'notes/training.md': `# Training notes\n\n${FILLER}`,
  'notes/domain.md': `# Adapting to a domain

## Recommendation: a general model misreads our domain
If a ready-made model misreads your clause types, fine-tune it on your own examples rather than starting over from scratch.
`,
};

const kb = docsKnowledgeBase({}, { ...EXTRA, ...CROWDED });
const guide = createGuide(kb);
const f = coreFixture(kb);

describe('recommendation plan: approaches', () => {
  it('quotes the advice from its own sentence, without the unrelated one before it', () => {
    const a = guide.ask({ text: "we want all our generated pictures in one consistent watercolour style, what's the approach?", history: [] });
    expect(a.text).toMatch(/^Image models are often fine-tuned to reproduce one style/);
    expect(a.text).not.toContain('Sketch-guided');
  });

  it('weighs ways to adapt a model as such, not as where to host it, even for a regulated team', () => {
    const a = guide.ask({ text: "We're a hospital and our off-the-shelf model does badly on discharge notes. Keep using the plain API, fine-tune it on our data, or train our own from scratch?", history: [] });
    expect(a.text).toMatch(/^If a ready-made model does poorly on your domain/);
    expect(a.text).not.toMatch(/Self-hosting/);
  });

  it('finds the advice on the situation among many sections on the concepts it names', () => {
    const a = guide.ask({ text: 'our api bot misreads our clause types even after lots of prompt engineering. someone wants to train our own model from scratch. right call?', history: [] });
    expect(a.text).toMatch(/^If a ready-made model misreads your clause types, fine-tune it/);
  });

  it('does not count the word that names the kind of pick as a topic to cover', () => {
    const approach = f.plan.index.analyzer.terms('approach')[0]!;
    const read = f.read("what's the approach for one consistent style?");
    const u = { ...read, terms: [...read.terms.filter((t) => t.term !== approach), { term: approach, weight: 1 }] };
    expect(withoutKindWords(f.plan.index, u, 'approach').terms.some((t) => t.term === approach)).toBe(false);
    expect(withoutKindWords(f.plan.index, u, 'benchmark').terms).toEqual(u.terms);
  });
});
