/**
 * A yes/no question that names its setting at length ("…night-time film stills from public
 * archives?") is answered by the sentence that denies its claim even when that sentence says less of
 * the setting than the best-matching one: the verdict opens the answer, not a sentence that only
 * shares the setting's words.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DREAMS = `---
title: Dreaming models
concepts:
  - name: dreaming model
    aliases: [dreaming models]
    kind: model-type
---
# Dreaming models

## Dreaming models
A **dreaming model** is a network tuned to dream up unseen scenes by replaying its training images in new orders.

## How dreaming models learn
Dreaming models learn from night-time film stills gathered from public archives of old cinema reels.
Dreaming models do not need people to tag the stills in their archives: the order of the frames is the signal.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'dreams.md': DREAMS }));

describe('yes/no: the denying sentence within reach of the best match', () => {
  it('opens with No from the sentence that denies the claim, though it says less of the setting', () => {
    const a = guide.ask({ text: 'do dreaming models need people to tag night-time film stills from public archives?' });
    expect(a.text).toMatch(/^No\. Dreaming models do not need people to tag/);
  });
});
