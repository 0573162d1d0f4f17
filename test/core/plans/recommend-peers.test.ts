/**
 * A pick reads as an answer, not a stitched card: when the documents' sentence names the pick and
 * its equals, that sentence is the answer with every option in bold and none crowned or repeated as
 * an "alternative"; a model-type pick quotes the one use that fits, not the section's list of uses.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const EXTRA = {
  'notes/self-hosted-images.md': `# Self-hosted image generation

## Recommendation: image generation that stays on your own servers
For image generation that must stay on your own servers, the open options are Gamma Diffusion 3 and Delta Flux.
`,
};

const guide = createGuide(docsKnowledgeBase({}, EXTRA));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('recommendation plan: options the documents name together', () => {
  it('answers with the sentence that names every equal option, each in bold', () => {
    const a = ask('we need image generation that stays on our own servers, which model?');
    expect(a.text).toContain('**Gamma Diffusion 3**');
    expect(a.text).toContain('**Delta Flux**');
  });

  it('neither crowns one of them nor repeats one as an alternative', () => {
    const a = ask('we need image generation that stays on our own servers, which model?');
    expect(a.text).not.toMatch(/fits best/);
    expect(a.text).not.toMatch(/Alternatives:/);
  });
});

describe('recommendation plan: a sentence that opens with the pick and its equals', () => {
  it('keeps every name as written instead of turning the first into "it"', () => {
    const kb = docsKnowledgeBase({}, {
      'notes/open-images.md': `# Open image tools\n\n## Open image generators on your own servers\nGamma Diffusion 3 and Delta Flux are the open image generators that stay on your own servers.\n`,
    });
    const a = createGuide(kb).ask({ text: 'which open image generator stays on our own servers?', history: [] });
    expect(a.text).not.toMatch(/\bIt and\b/);
    expect(a.text).toContain('**Gamma Diffusion 3** and **Delta Flux**');
  });
});

describe('ranking plan: a pick on a strength', () => {
  it('says the best model for a strength as a sentence with its reason, not as a card of labels', () => {
    const a = createGuide(docsKnowledgeBase()).ask({ text: 'which image model is best at sticking to the prompt?', history: [] });
    expect(a.text).toMatch(/^\*\*Delta Flux\*\* \(Delta Labs\) fits best: best prompt fidelity/);
  });
});

describe('recommendation plan: equals named in a list that covers only part of a long need', () => {
  it('answers with the list of equals even when the question says much more than the sentence', () => {
    const a = ask('which model for image generation that stays on our own servers, fine-tuned on branded assets with the best prompt fidelity?');
    expect(a.text).toContain('**Gamma Diffusion 3** and **Delta Flux**');
    expect(a.text.split('Delta Flux').length - 1).toBe(1);
    expect(a.text).not.toMatch(/fits best/);
  });
});

describe('recommendation plan: a sentence that names the pick and its equals in one of its clauses', () => {
  const kb = docsKnowledgeBase({}, {
    'notes/own-servers.md': `# Own servers\n\n## Recommendation: models that stay on your own servers\nIf data must stay on your own servers, use an open model hosted there. Omni Open 4 is the open text model to self-host; Gamma Diffusion 3 and Delta Flux are open image models.\n`,
  });
  it.each(['which image model can we self-host on our own servers?', 'we need an open image model that stays on our own servers, which one?'])('answers %j with the clause on them, not the one on a model of another kind', (q) => {
    const text = createGuide(kb).ask({ text: q, history: [] }).text;
    expect(text).toMatch(/^\*\*Gamma Diffusion 3\*\* and \*\*Delta Flux\*\* are open image models\./);
    expect(text).not.toContain('Omni Open 4');
  });
});
