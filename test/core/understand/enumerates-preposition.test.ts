/**
 * "In what situations is X the right call?": a set of items asked with a preposition in front is
 * still a request for the document's enumeration of that noun.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readEnumeration } from '../../../src/core/understand/enumerates.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KILNS = `---
title: Kiln choices
concepts:
  - name: gas kiln
    aliases: [gas kilns]
    kind: product
---

# Kiln choices

## What a gas kiln is
**A gas kiln** is a kiln that fires pottery with a gas flame instead of electric coils.

## When to choose a gas kiln
**Gas kilns** fit best in three situations:
- Reduction glazes are needed: only a flame can starve the kiln of oxygen.
- The studio has no heavy electric supply.
- Very large pieces must be fired at once.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kilns.md': KILNS }));

describe('enumeration asked with a preposition in front', () => {
  it.each(['in what situations is a gas kiln the right call', 'under which circumstances do teams use gas kilns'])('reads %j as asking for the items', (q) => {
    expect(readEnumeration(q)?.noun).toMatch(/^(?:situations|circumstances)$/);
  });

  it('answers with the whole list', () => {
    const a = guide.ask({ text: 'in what situations is a gas kiln the right call', history: [] });
    expect(a.text).toContain('Reduction glazes are needed');
    expect(a.text).toContain('Very large pieces');
  });
});
