/**
 * "What does <model> use a <concept> for?", "what do <users> use <concept> for?": the question names
 * something one item of the concept's list speaks of, so that item leads and the other items follow
 * by their labels only; without such a name the list comes whole.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const CODECS = `---
title: Codecs
concepts:
  - name: latent codec
    aliases: [latent codecs]
    kind: model-type
---
## Latent codecs
**A latent codec** is a network that squeezes data into a small code and rebuilds it from that code.

## What latent codecs are used for
**Latent codecs are used when a compact code matters more than detail**:
- Molecule search: chemists walk the code space of known compounds to propose new candidates.
- Fault spotting: a codec trained on healthy sensor traces rebuilds faulty ones badly, which flags the faults.
- Parts of image generators: Delta Flux relies on a latent codec to shrink pictures before it paints them.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'codecs.md': CODECS }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('the list item a named thing picks leads', () => {
  it.each(['what does Delta Flux use a latent codec for?', 'why does Delta Flux need latent codecs, what for?'])('opens %j with the item naming the model', (question) => {
    const a = ask(question);
    expect(a).toMatch(/^Delta Flux relies on a latent codec to shrink pictures before it paints them\./);
    expect(a).toContain('Other uses: molecule search and fault spotting.');
  });
  it('opens with the item a field of work names', () => {
    expect(ask('what do sensor teams use latent codecs for, with their traces?')).toMatch(/^Fault spotting: a codec trained on healthy sensor traces rebuilds faulty ones badly, which flags the faults\. Other uses: molecule search and parts of image generators\./);
  });
  it('gives the whole list when the question names nothing an item speaks of', () => {
    expect(ask('what are latent codecs used for?')).toMatch(/^\*\*Latent codecs are used when a compact code matters more than detail\*\*:\n- Molecule search/);
  });
});
