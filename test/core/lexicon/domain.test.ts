import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, passage } from '../fixture-kb.js';

const kb = knowledgeBase({
  passages: [
    ...knowledgeBase().passages,
    // Everyday words the knowledge happens to hold: a question made of them is still off topic.
    passage('office.md', 'Running models in the office', 'Teams near the office run a model. The best place for a long list is a shared sheet. LoRA adapters and RLHF come up often.', []),
    // A team's own document about something else is its own field.
    passage('parking.md', 'Parking', 'Bicycles go in the basement cage behind the blue door.', []),
  ],
});
const guide = createGuide(kb);
const ask = (text: string) => guide.ask({ text });

describe('questions outside the field', () => {
  it('refuses a question that shares only everyday words with the knowledge', () => {
    expect(ask('best pizza place near the office?').answered).toBe(false);
    expect(ask('any good book for a long flight').answered).toBe(false);
  });

  it('answers a bare acronym the documents use, though no concept declares it', () => {
    const a = ask('LoRA?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('LoRA');
  });

  it('answers a question that names a model by a word of its name only', () => {
    expect(ask('is delta flux open source?').answered).toBe(true);
  });

  it('answers from a team document outside the field, by its own words', () => {
    const a = ask('where do bicycles go?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.path).toBe('parking.md');
  });

  it('keeps answering a follow-up in a thread that was about the field', () => {
    const a = guide.ask({ text: 'what is it used for?', history: ['what is a VAE?'] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/molecule|anomal/i);
  });
});
