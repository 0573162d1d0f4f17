/**
 * Follow-up suggestions: grammatical questions phrased from the knowledge's headings and the
 * catalog's facts, that the knowledge can answer, and never the question just asked.
 */
import { describe, expect, it } from 'vitest';
import { questionFor } from '../../../src/core/compose/suggest.js';
import { createGuide } from '../../../src/core/index.js';
import type { Aspect } from '../../../src/knowledge/types.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { passage } from '../fixture-kb.js';

const about = (section: string, aspect?: Aspect, text = 'Some text.') => questionFor({ ...passage('x.md', section, text), ...(aspect ? { aspect } : {}) });

describe('questions from headings', () => {
  it.each([
    ['Variational autoencoders (VAEs)', undefined, 'What are variational autoencoders?'],
    ['Context window', undefined, 'What is a context window?'],
    ['Fine-tuning', undefined, 'What is fine-tuning?'],
    ['Low-Rank Adaptation (LoRA)', undefined, 'What is Low-Rank Adaptation?'],
    ['Type 2: Diffusion models', undefined, 'What are diffusion models?'],
    ['How GANs work', 'how', 'How do GANs work?'],
    ['How a transformer works', 'how', 'How does a transformer work?'],
    ['How foundation models are trained', 'how', 'How are foundation models trained?'],
    ['What GANs are used for', 'uses', 'What are GANs used for?'],
    ['Limitations of GANs', 'limitations', 'What are the limitations of GANs?'],
    ['RAG vs fine-tuning', 'comparison', "What's the difference between RAG and fine-tuning?"],
    ['Leading image models', 'examples', 'What are the leading image models?'],
    ['Is RAG worth it?', undefined, 'Is RAG worth it?'],
  ] as const)('phrases %j as %j', (heading, aspect, question) => {
    expect(about(heading, aspect)).toBe(question);
  });

  it.each([
    ['Why the model type decides what a product can do', 'why'],
    ['Parameters: what 7B means', undefined],
    ['The long and winding history of every generative model family that anyone ever named, in order', undefined],
    ['Notes on vendors', 'references'],
  ] as const)('finds no natural question for %j', (heading, aspect) => {
    expect(about(heading, aspect)).toBeUndefined();
  });

  it.each([
    ['Input tokens vs output tokens', "What's the difference between input tokens and output tokens?"],
    ['Self-hosting costs vs paying per token', "What's the difference between self-hosting costs and paying per token?"],
    ['GANs vs diffusion models', "What's the difference between GANs and diffusion models?"],
  ])('lower-cases a common word that opened the heading but not a name: %j', (heading, question) => {
    expect(about(heading, 'comparison')).toBe(question);
  });

  it('uses no article for a term its definition uses without one', () => {
    expect(about('Temperature', undefined, '**Temperature** is a sampling setting that controls randomness.')).toBe('What is temperature?');
  });
});

describe('follow-up suggestions on answers', () => {
  const guide = createGuide(docsKnowledgeBase());
  const ask = (text: string) => guide.ask({ text });

  it('suggests the other aspects of the concept just explained', () => {
    const s = ask('what is a diffusion model?').suggestions;
    expect(s).toContain('How do diffusion models work?');
    expect(s).toContain('What are the limitations of diffusion models?');
    expect(s).not.toContain('What are diffusion models?');
  });

  it.each(["What's the difference between GANs and diffusion models?", 'What are the limitations of diffusion models?', 'How do diffusion models work?'])(
    'never suggests the question just asked: %j',
    (question) => {
      const s = ask(question).suggestions;
      expect(s.length).toBeGreaterThan(0);
      expect(s.map((q) => q.toLowerCase())).not.toContain(question.toLowerCase());
    },
  );

  it('suggests the catalog facts of the model just discussed, except the one asked', () => {
    const s = ask('how much does Alpha 2 Pro cost?').suggestions;
    expect(s).toContain('What is the context window of Alpha 2 Pro?');
    expect(s).not.toContain('What does Alpha 2 Pro cost per 1M tokens?');
  });

  it('gives at most three, without repeats', () => {
    for (const q of ['what is a GAN?', 'cheapest model for summarising 2 million tickets a month', 'GANs vs diffusion, which is better for images?']) {
      const s = ask(q).suggestions;
      expect(s.length).toBeLessThanOrEqual(3);
      expect(new Set(s).size).toBe(s.length);
    }
  });

  it.each(['what is a diffusion model?', 'what are GANs used for?', 'how much does Alpha 2 Pro cost?', 'what is a VAE?', 'Alpha 2 Pro vs Beta 1 on price'])(
    'suggests after %j only grammatical questions the knowledge answers',
    (question) => {
      for (const s of ask(question).suggestions) {
        expect(s, s).toMatch(/^[A-Z][^?]*\?$/);
        expect(s, s).not.toMatch(/\s{2}|\ba [aeiou]/i);
        expect(ask(s).answered, s).toBe(true);
      }
    },
  );

  it('offers the knowledge’s own topics when it cannot answer', () => {
    const s = ask('recommend a good pasta recipe').suggestions;
    expect(s.length).toBeGreaterThan(0);
    for (const q of s) expect(ask(q).answered, q).toBe(true);
  });
});
