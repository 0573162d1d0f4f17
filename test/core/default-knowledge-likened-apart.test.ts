/**
 * "Is X just Y?" where X and Y are two concepts neither of which is a kind of the other, against the
 * default knowledge: a verdict ("Not quite") naming both, then what each one is; never a "Yes" read
 * off a sentence that merely names them together, nor no verdict at all.
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

describe('two unrelated concepts likened', () => {
  it.each([
    ['isnt rag basically fine tuning', /^Not quite: retrieval-augmented generation and fine-tuning are different things\./, /looks up relevant documents/],
    ['is rlhf really just finetuning?', /^Not quite: RLHF \(reinforcement learning from human feedback\) and fine-tuning are different things\./, /reward signal/],
    ['is inference basically just training', /^Not quite: inference and training are different things\./, /running a trained model on a new input/],
    ['is cot just prompt engineering', /^Not quite: chain-of-thought reasoning and prompt engineering are different things\./, /intermediate steps/],
  ])('%j: not quite, and what each one is', (text, verdict, defined) => {
    const a = guide.ask({ text });
    expect(a.text).toMatch(verdict);
    expect(a.text).toMatch(defined);
    expect(a.text).toMatch(/\*\*Fine-tuning\*\*|\*\*Training\*\*|\*\*Prompt engineering\*\*/);
  });

  it('says mostly yes when the other name is part of what the subject is defined as', () => {
    expect(guide.ask({ text: 'is pre-training basically just training?' }).text).toMatch(/^Mostly yes: \*\*Pre-training\*\* is the second training stage/);
  });

  it.each(['does genai basically memorise the training data and look it up?', 'do gen ai models just look up answers in their training data like a search engine'])(
    '%j: a likeness to more than the other name is not judged as the two names',
    (text) => {
      expect(guide.ask({ text }).text).not.toMatch(/different things/);
    },
  );
});
