/**
 * A section that lists more options than the comparison asks about ("three ways to serve a model"
 * for "batch vs streaming"): the answer gives the items on the two sides asked about, without the
 * lead-in counting three and without the unasked third option.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SERVING = `---
title: Serving models
concepts:
  - name: batch serving
    aliases: [batch, batch inference, batch jobs]
    kind: deployment
  - name: streaming serving
    aliases: [streaming, streaming inference, live serving]
    kind: deployment
  - name: edge serving
    aliases: [edge, on-device serving, edge inference]
    kind: deployment
---
# Serving models

## Batch serving
**Batch serving** runs a model over a large pile of inputs on a schedule, usually at night, and stores the outputs.

## Streaming serving
**Streaming serving** answers each request as it arrives, keeping a model loaded on a server at all times.

## Edge serving
**Edge serving** runs a small model on the user's own device, so no request leaves it.

## Batch vs streaming vs edge serving
There are three ways to serve a model, each with its own cost and delay:
- Batch serving: outputs arrive hours later; cheapest per input, since machines run only while the job does.
- Streaming serving: answers within a second; costs the most, because a server stays up around the clock.
- Edge serving: answers within milliseconds on the device; needs a model small enough to fit on it.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'serving.md': SERVING }));

describe('comparison from a section listing more options than asked', () => {
  it.each(['batch vs streaming serving, how long does each take to answer?', 'streaming or batch serving - what does each cost?'])('%j gives the two asked items only', (question) => {
    const a = guide.ask({ text: question });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/Batch serving: outputs arrive hours later/);
    expect(a.text).toMatch(/Streaming serving: answers within a second/);
    expect(a.text).not.toMatch(/Edge serving/);
    expect(a.text).not.toMatch(/three ways/);
  });

  it('keeps the whole list when all three are asked about', () => {
    const a = guide.ask({ text: 'batch vs streaming vs edge serving' });
    expect(a.text).toMatch(/Edge serving/);
  });
});
