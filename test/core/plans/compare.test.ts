/**
 * The comparison plan names both sides. Two catalog models with a figure asked: the figures side
 * by side and the computed winner. Two concepts: the section comparing them when there is one,
 * else a line on each side.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text });

describe('comparison plan: catalog models on a figure', () => {
  it.each([
    ['Alpha 2 Pro vs Beta 1 on price', /^\*\*Beta 1\*\* has the cheaper price of the two \(about 2\.9×\)\./],
    ['which is cheaper, Beta 1 or Alpha 2 Pro?', /^\*\*Beta 1\*\* has the cheaper price/],
    ['Alpha 2 Pro vs Beta 1 context window', /^\*\*Beta 1\*\* has the larger context window of the two\./],
    ['which has the bigger context window, Alpha 2 Pro or Beta 1?', /^\*\*Beta 1\*\* has the larger context window/],
  ])('computes the winner of %j', (question, lead) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(lead);
  });

  it('shows both figures side by side, each with its unit', () => {
    const a = ask('Alpha 2 Pro vs Beta 1 on price');
    expect(a.text).toContain('- **Alpha 2 Pro**: $3.00 input / $15.00 output per 1M tokens');
    expect(a.text).toContain('- **Beta 1**: $1.25 input / $5.00 output per 1M tokens');
    expect(a.sources.map((s) => s.section)).toEqual(['Alpha 2 Pro', 'Beta 1']);
  });

  it('compares on input tokens when asked, in a sentence that reads', () => {
    const lead = ask('Beta 1 vs Alpha 2 Pro, which is cheaper for input tokens?').text.split('\n')[0]!;
    expect(lead).toMatch(/^\*\*Beta 1\*\* has the cheaper price/);
    expect(lead).toContain('input tokens');
    expect(lead).toContain('(about 2.4×)');
    expect(lead).not.toContain('input tokens price');
  });

  it('names the figure a benchmark comparison is won on', () => {
    const a = ask('Alpha 2 Pro vs Beta 1 on SWE-bench');
    const lead = a.text.split('\n')[0]!;
    expect(lead).toMatch(/^\*\*Alpha 2 Pro\*\* has the higher/);
    expect(lead).toMatch(/SWE-bench|score/);
    expect(a.text).toContain('70.6%');
    expect(a.text).toContain('63.8%');
  });

  it('says which figure is missing instead of declaring a winner', () => {
    const a = ask('Alpha 2 Pro vs Omni Open 4 price');
    expect(a.text).toContain('- **Omni Open 4**: no price in my documents');
    expect(a.text).not.toMatch(/has the cheaper/);
  });

  it('says what two models share and how they differ when no figure is asked, with the figures both have', () => {
    const a = ask('Alpha 2 Pro vs Beta 1');
    expect(a.text.split('\n')[0]).toMatch(/^\*\*Alpha 2 Pro\*\* and \*\*Beta 1\*\* are both proprietary large language models \(LLMs\); they differ in what each does best: Alpha 2 Pro is known for enterprise coding, while Beta 1 is known for multimodal reasoning\./);
    expect(a.text).toMatch(/Context window: Alpha 2 Pro 200K .*; Beta 1 2M /);
    expect(a.text).toMatch(/Price: Alpha 2 Pro \$3\.00 input/);
  });

  it('says which to pick for what, when both entries name the work they are for', () => {
    const kb = docsKnowledgeBase({ models: [model({ name: 'Quick 1', developer: 'Acme', access: 'proprietary', categories: ['llm'], strengths: ['fastest model of the series'], use_cases: ['fast, low-cost replies'] }), model({ name: 'Deep 1', developer: 'Acme', access: 'proprietary', categories: ['llm'], strengths: ['most advanced model of the series'], use_cases: ['agentic multi-step work'] })] });
    const a = createGuide(kb).ask({ text: 'Quick 1 vs Deep 1' });
    expect(a.text).toContain('Pick Quick 1 for fast, low-cost replies; Deep 1 for agentic multi-step work.');
  });

  it('says once which of two models is open when their access differs', () => {
    const a = ask('Delta Flux vs Pixel Studio 7');
    expect(a.text).toMatch(/^\*\*Delta Flux\*\* and \*\*Pixel Studio 7\*\* are both image generation models; .*Delta Flux has the best prompt fidelity, while Pixel Studio 7 has the highest aesthetic quality\. Delta Flux is open source/);
  });
});

describe('comparison plan: concepts', () => {
  it.each(['GANs vs diffusion, which is better for images?', 'diffusion models versus GANs for product shots', "what's the difference between GANs and diffusion models"])(
    'leads %j with the section that compares both',
    (question) => {
      const a = ask(question);
      expect(a.sources[0]?.section).toBe('GANs vs diffusion models');
      expect(a.text.startsWith('GANs produce an image in one quick pass')).toBe(true);
    },
  );

  it('without a section comparing them, says what each side is', () => {
    const a = ask("what's the difference between RAG and fine-tuning");
    expect(a.text).toContain('keeps training an existing model');
    expect(a.text).toContain('fetches relevant passages');
  });

  it('never leads with a section that compares another pair', () => {
    const a = ask('VAE vs GAN');
    expect(a.text).toContain('encoder');
    expect(a.text).toContain('discriminator');
    expect(a.text.startsWith('GANs produce an image in one quick pass')).toBe(false);
  });

  it('does not answer for a side the knowledge does not know with a comparison of something else', () => {
    const a = ask('diffusion models vs autoregressive transformers');
    expect(a.text).not.toContain('GANs produce an image');
  });
});
