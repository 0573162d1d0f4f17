/**
 * A comparison gives a line for each side: two kinds of one thing are compared by their parent's
 * trade-off section, each side's line saying what it gains or costs; a side's own definition that
 * only mentions the other side gets the other side's line after it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const RUNTIMES = `---
title: Model runtimes
concepts:
  - name: runtime footprint
    aliases: [runtime footprints]
    kind: concept
  - name: compact runtime
    aliases: [compact runtimes]
    kind: concept
    broader: runtime footprint
  - name: full runtime
    aliases: [full runtimes]
    kind: concept
    broader: runtime footprint
  - name: captioning model
    aliases: [captioning models, captioner]
    kind: model-type
  - name: painting model
    aliases: [painting models, painter model]
    kind: model-type
---
# Model runtimes

## Runtime footprints
A **runtime footprint** is how much memory a model runtime claims once it is loaded.

## Compact runtimes
A **compact runtime** fits in 2 GB of memory and serves one model at a time. Compact runtimes boot faster and cost less to host than full runtimes.

## Full runtimes
A **full runtime** needs 20 GB of memory and loads every plug-in at start. Full runtimes handle many more plug-ins than compact ones, but they take longer to start.

## Runtime footprint trade-offs
**Smaller is not always better**: compact runtimes win on start-up time and hosting bills, while full runtimes win on features.

## Captioning models
A **captioning model** writes a sentence describing a photo, the reverse of what a painting model does. Shops use captioners to fill in alt text.

## Painting models
A **painting model** turns a written sentence into a brand-new picture.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'runtimes.md': RUNTIMES }));
const ask = (text: string) => guide.ask({ text });

describe('comparison sides: two kinds of one thing', () => {
  it.each(['compact runtimes vs full runtimes - what do i gain or lose', 'compact runtime vs full runtime: trade-offs?', 'whats the difference between a compact runtime and a full runtime'])(
    'opens %j on the parent section that weighs them',
    (question) => {
      const a = ask(question);
      expect(a.kind).toBe('comparison');
      expect(a.text.startsWith('**Smaller is not always better**')).toBe(true);
    },
  );

  it('gives each side its line, without repeating the gain or cost the lead already weighed', () => {
    const a = ask('compact runtimes vs full runtimes - what do i gain or lose');
    expect(a.text).toContain('- A **compact runtime** fits in 2 GB of memory and serves one model at a time.');
    expect(a.text).toContain('- A **full runtime** needs 20 GB of memory and loads every plug-in at start.');
    expect(a.text).not.toContain('Compact runtimes boot faster and cost less to host');
  });
});

describe('comparison sides: a definition that mentions the other side', () => {
  it.each(['captioning model vs painting model, whats the difference', 'how does a captioner differ from a painting model'])('answers %j with a line on the other side too', (question) => {
    const a = ask(question);
    expect(a.text).toContain('writes a sentence describing a photo');
    expect(a.text).toContain('turns a written sentence into a brand-new picture');
  });
});
