/**
 * Yes/no questions open with the verdict the answering sentence states: "No" when it denies what
 * was asked, a hedge ("Not necessarily", "Not always", "Not really") when it qualifies it, and no
 * verdict at all when the sentence only shares the question's words.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { verdictOf } from '../../../src/core/plans/verdict.js';
import { polarClause } from '../../../src/core/understand/polar.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const EXTRA = {
  'notes/sizes.md': `# Model sizes

## Bigger models (is bigger always better?)
**A bigger model is not always better**: extra parameters add capacity, but they also add cost and latency, so a small tuned model often wins on a narrow task.

## How generative models produce text (sampling, not lookup)
A generative model does not keep a table of facts to look up like a database does; it samples each next token from probabilities it learned.

## Mixed fleets of models
**Most companies run both** hosted and self-run models rather than picking one side, routing each workload to whichever suits it.
`,
};

const kb = docsKnowledgeBase({}, EXTRA);
const guide = createGuide(kb);
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });
const f = coreFixture(kb);

describe('verdicts: which questions ask yes or no', () => {
  it.each([
    ['does a generative model look facts up like a database?', 'does a generative model look facts up like a database'],
    ['the vendor says instruct, does that mean it had no safety tuning?', 'does that mean it had no safety tuning'],
    ['so bigger just wins, right?', 'so bigger just wins, right?'],
    ['do reasoning models think or is that just marketing', 'do reasoning models think or is that just marketing'],
  ])('finds the yes/no clause of %j', (question, clause) => {
    expect(polarClause(question)).toBe(clause);
  });

  it.each(['does the pipeline use a VAE or a GAN?', 'what is a diffusion model?', 'is there a model for transcribing calls?'])('reads %j as no yes/no question', (question) => {
    expect(polarClause(question)).toBeUndefined();
  });
});

describe('verdicts: what a sentence says of the question', () => {
  it('says no when the sentence denies what was asked', () => {
    const u = f.read('do generative models look things up in a database?');
    expect(verdictOf(f.plan, u, 'A generative model does not look things up in a database.')).toBe('No');
  });

  it('gives no verdict for a negation about something else in the sentence', () => {
    const u = f.read('can you specialise a diffusion model for faces?');
    expect(verdictOf(f.plan, u, 'Diffusion models are not a new idea: they are specialised denoisers.')).toBeUndefined();
  });

  it('hedges with the first qualifier on the main clause', () => {
    const u = f.read('is a bigger model always better?');
    expect(verdictOf(f.plan, u, 'A bigger model is not always better, and it may not be cheaper either.')).toBe('Not always');
  });

  it('answers a question that denies something with what the sentence affirms', () => {
    const u = f.read('does instruct mean it has not had safety tuning?');
    expect(verdictOf(f.plan, u, 'A model sold as instruct may already have had safety tuning.')).toBe('Not necessarily');
  });

  it('gives no plain yes for a sentence that only shares a word with the question', () => {
    const u = f.read('are reasoning models usually open source?');
    expect(verdictOf(f.plan, u, 'Reasoning models usually write out their steps.')).toBeUndefined();
  });

  it('takes "no model is X-free" as no denial of "do models X?", but as one of "are models X-free?"', () => {
    expect(verdictOf(f.plan, f.read('do diffusion models hallucinate?'), 'No current diffusion model is hallucination-free.')).not.toBe('No');
    expect(verdictOf(f.plan, f.read('are diffusion models hallucination-free?'), 'No current diffusion model is hallucination-free.')).toBe('No');
  });

  it('reads "free of hallucinations" as no question about running costs', () => {
    expect(f.read('is a diffusion model free of hallucinations?').verdict.running).toBe('runs');
    expect(f.read('is a diffusion model free to run?').verdict.running).toBe('free');
  });

  it('says no when the sentence says nobody does what was asked', () => {
    const u = f.read('does someone have to label the training data by hand?');
    expect(verdictOf(f.plan, u, 'The data supplies its own training signal, so nobody has to label anything by hand.')).toBe('No');
  });
});

describe('verdicts: answers open with them', () => {
  it('opens a yes/no answer with the verdict its sentence states', () => {
    const a = ask('do generative models just look facts up like a database?');
    expect(a.text).toMatch(/^No: a generative model does not keep a table of facts/);
  });

  it('opens with "No" when the sentence says people do the opposite of what was asked', () => {
    const a = ask('do companies usually pick one side, hosted or self-run models?');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toContain('run both');
  });

  it('keeps an answer without a verdict when no sentence states one', () => {
    const a = ask('do diffusion models follow written descriptions?');
    expect(a.text).not.toMatch(/^(?:No|Not)\b/);
  });
});

describe('verdicts: a sentence that affirms in other words', () => {
  const LOOMS = `---
title: Loom notes
concepts:
  - name: loom
    aliases: [looms]
    kind: concept
---
# Loom notes

## Looms
A **loom** is a frame that weaves yarn into cloth, and a special loom weaves rugs.

## What looms are used for
Most looms weave many kinds of yarn, which keeps them versatile. Looms are also often adjusted further for one yarn, such as wool, so they weave it especially well.

## Punch-card looms
A punch-card loom reads its pattern from a chain of punched cards. The punch-card route is a trade-off rather than a plain upgrade: the cards repeat a pattern exactly, but every pattern first has to be punched by hand.
`;
  const kb = docsKnowledgeBase({ related: [['specialise', 'specialised', 'adjusted further', 'tuned further']] }, { 'looms.md': LOOMS });
  const loom = coreFixture(kb);

  it('says yes when the sentence affirms the question through a word of the same group ("specialise" as "adjusted further")', () => {
    const u = loom.read('can you specialise a loom for just wool?');
    expect(verdictOf(loom.plan, u, 'Looms are also often adjusted further for one yarn, such as wool, so they weave it especially well.')).toBe('Yes');
    expect(verdictOf(loom.plan, u, 'Most looms weave many kinds of yarn, which keeps them versatile.')).toBeUndefined();
  });

  it('answers "is that better or just different?" with "Not necessarily" from a sentence that weighs a trade-off', () => {
    const u = loom.read('what does it mean when a loom works with punch cards, is that better or just different');
    expect(verdictOf(loom.plan, u, 'The punch-card route is a trade-off rather than a plain upgrade: the cards repeat a pattern exactly, but every pattern first has to be punched by hand.')).toBe('Not necessarily');
  });

  it('gives no plain yes to "does X make it better?" from a sentence that compares nothing', () => {
    const u = loom.read('does using punch cards make a loom better');
    expect(verdictOf(loom.plan, u, 'A punch-card loom reads its pattern from a chain of punched cards.')).toBeUndefined();
  });
});
