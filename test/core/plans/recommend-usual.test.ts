/**
 * "Which open-source LLM do most companies use as the base for fine-tuning?" asks what is usual:
 * the documents' sentence on which models are most often used that way leads, not a sentence that
 * several models can be fine-tuned. A question that asks no such thing keeps its pick.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const NOTES = `# Open models in companies

## Fine-tuning open models
Open models such as Omni Open 4 and Gamma Diffusion 3 can be fine-tuned on private data and hosted on your own servers.
Omni Open 4 is the base model companies most often fine-tune on their own servers.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'notes.txt': NOTES }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('a question about what most companies use', () => {
  it.each([
    'which open-source LLM do most companies use as the base for fine-tuning?',
    'which open model do teams usually fine-tune on their own servers?',
  ])('%j leads with the sentence on what is most common', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toBe('**Omni Open 4** is the base model companies most often fine-tune on their own servers.');
  });

  it('leaves a pick for a situation alone', () => {
    const a = ask('which open-source LLM should we fine-tune on our own servers?');
    expect(a.text).not.toContain('most often');
  });
});
