/**
 * A follow-up that weighs what the last turn was about against something: "how is that different
 * from a VAE?" after a GAN, "is it better than Pixel Studio 7?" after Gamma Diffusion 3, "how do they
 * compare on price?" after two models. The pointer stands for the earlier subject and the question
 * becomes a comparison of the two.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const guide = createGuide(docsKnowledgeBase());
const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((x) => x.name);

describe('follow-up: weighing the earlier subject against another', () => {
  it.each(['how is that different from a VAE?', 'and how does that differ from VAEs', 'is that better than a VAE?'])(
    'after "what is a GAN", %j compares the GAN with the VAE',
    (now) => {
      const u = f.read(now, ['what is a GAN']);
      expect(u.intent).toBe('comparison');
      expect(u.sides.map((s) => s.concept?.name)).toEqual(['generative adversarial network', 'variational autoencoder']);
    },
  );

  it.each(['is it better than Pixel Studio 7?', 'how does it compare to Pixel Studio 7'])('after a turn about one model, %j sets it against the one named now', (now) => {
    const u = f.read(now, ['what is Gamma Diffusion 3 good for']);
    expect(u.intent).toBe('comparison');
    expect(names(u.models)).toEqual(['Gamma Diffusion 3', 'Pixel Studio 7']);
  });

  it.each(['how do they compare on price?', 'and how do those two differ on price'])('after a turn about two models, %j weighs both of them', (now) => {
    const a = guide.ask({ text: now, history: ['tell me about Alpha 2 Pro and Beta 1'] });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/Alpha 2 Pro/);
    expect(a.text).toMatch(/Beta 1/);
    expect(a.text).toMatch(/\$1\.25/);
    expect(a.text).toMatch(/\$3/);
  });

  it('does not carry the last turn\'s figure into a follow-up that asks its own thing of the models', () => {
    const u = f.read('and which of them is open source?', ["what's the context window of Alpha 2 Pro and Omni Open 4?"]);
    expect(u.attribute).toBeUndefined();
    expect(names(u.models)).toEqual(['Alpha 2 Pro', 'Omni Open 4']);
  });
});
