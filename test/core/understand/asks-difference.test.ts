/**
 * "Could you explain how X differs from Y?" asks for the difference: it is read as a comparison of
 * the two sides (not a recommendation), the sides lose the request's words ("explain how"), and the
 * polite "could you…" gets no yes/no verdict in front of the answer.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksVerdict } from '../../../src/core/plans/verdict.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const guide = createGuide(docsKnowledgeBase());

describe('a request for the difference between two things', () => {
  it.each([
    'Could you explain, for my manager, how a VAE differs from a GAN?',
    'please explain how a VAE is different from a GAN',
    'can you describe how VAEs differ from GANs',
  ])('%j is a comparison of the VAE and the GAN', (question) => {
    const u = f.read(question);
    expect(u.intent).toBe('comparison');
    expect(u.sides.map((s) => s.concept?.name)).toEqual(['variational autoencoder', 'generative adversarial network']);
    const a = guide.ask({ text: question });
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
  });

  it.each(['could you explain what a VAE is?', 'can you list the model types', 'would you compare GANs and VAEs'])('%j does not ask for a yes/no verdict', (question) => {
    expect(asksVerdict(f.read(question))).toBe(false);
  });

  it.each(['can a VAE make sharp images?', 'can you tell me if a VAE makes sharp images?'])('%j still asks for one', (question) => {
    expect(asksVerdict(f.read(question))).toBe(true);
  });
});
