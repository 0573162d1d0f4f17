/**
 * "Which model can run on a phone?": when no catalog model records running on a device, the size
 * class the documents tie to mobile apps is the pick, not an open model picked for self-hosting.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SIZES = `---
title: Widget sizes
concepts:
  - name: compact widget
    aliases: [compact widgets]
    kind: size-class
  - name: grand widget
    aliases: [grand widgets]
    kind: size-class
---
# Widget sizes

## Compact widgets (1B to 5B parameters)
**A compact widget** has roughly 1 billion to 5 billion parameters and is the size class meant for mobile apps and quick replies.

## Grand widgets (20B to 90B parameters)
**A grand widget** has roughly 20 billion to 90 billion parameters and suits long reports.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'sizes.md': SIZES }));

describe('a model for a device', () => {
  it.each(['which model can run on a phone?', 'what model should power an on-device assistant in our mobile app'])('%j gets the size class meant for mobile', (q) => {
    const a = guide.ask({ text: q });
    expect(a.kind).toBe('recommendation');
    // The fixture base has a second size class for devices ("small language model"): either is that pick.
    expect(a.text).toMatch(/^Look at \*\*a (?:compact widget|small language model)\*\*/);
    expect(a.text).not.toMatch(/fits best/);
  });
});
