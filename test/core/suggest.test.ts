import { describe, expect, it } from 'vitest';
import { questionFor } from '../../src/core/answer/suggest.js';
import { createGuide } from '../../src/core/index.js';
import { knowledgeBase, passage } from './fixture-kb.js';

const about = (section: string) => questionFor(passage('x.md', section, 'Some text.'));

describe('suggested follow-ups', () => {
  it('phrases a section heading as a natural question', () => {
    expect(about('Variational autoencoders (VAEs)')).toBe('What are variational autoencoders?');
    expect(about('Context window')).toBe('What is a context window?');
    expect(about('Fine-tuning')).toBe('What is fine-tuning?');
    expect(about('Low-Rank Adaptation (LoRA)')).toBe('What is Low-Rank Adaptation?');
    expect(about('Limitations of GANs')).toBe('What are the limitations of GANs?');
    expect(about('RAG vs fine-tuning')).toBe('RAG vs fine-tuning?');
    expect(about('How GANs work')).toBeUndefined();
    expect(about('Why the model type decides what a product can do')).toBeUndefined();
  });

  it('suggests catalog facts the knowledge base can answer about the model just discussed', () => {
    const a = createGuide(knowledgeBase()).ask({ text: 'how much does Alpha 2 Pro cost?' });
    expect(a.suggestions).toContain('What is the context window of Alpha 2 Pro?');
    expect(a.suggestions).not.toContain('What does Alpha 2 Pro cost per 1M tokens?');
  });

  it('suggests other sections about the same topic first', () => {
    const a = createGuide(knowledgeBase()).ask({ text: 'what is a VAE?' });
    expect(a.suggestions[0]).toBe('What are generative adversarial networks?');
  });
});
