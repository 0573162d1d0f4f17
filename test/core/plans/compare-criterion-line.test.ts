/**
 * Two kinds weighed on what the question names after "on" or "in terms of" ("on time and cost"):
 * each side's line is the sentence of its own sections that states that property, with its figures,
 * not its definition; asked nothing more, the definitions stay.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KILNS = `---
title: Firing pottery
concepts:
  - name: gas kiln
    aliases: [gas kilns, gas firing]
    kind: technique
  - name: wood kiln
    aliases: [wood kilns, wood firing]
    kind: technique
---
# Firing pottery

## Gas kilns
**A gas kiln** fires pottery with burners fed from a gas line, so the heat can be set by a valve.

## What gas kilns are used for
**Gas kilns are used by studios** that fire every week. A gas kiln firing takes about 10 hours and costs around $40 in fuel.

## Wood kilns
**A wood kiln** fires pottery with split logs fed by hand, and the ash glazes the pots as they fire.

## What wood kilns are used for
**Wood kilns are used for ash-glazed work**. A wood kiln firing takes 3 days of stoking and costs about $600 in logs and labour.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kilns.md': KILNS }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison of two kinds on a named property', () => {
  it.each(['contrast gas kilns with wood kilns on time and cost', 'wood kilns vs gas kilns in terms of firing time?'])('%j gives each side the sentence stating it', (q) => {
    const text = ask(q);
    expect(text).toContain('takes about 10 hours');
    expect(text).toContain('takes 3 days of stoking');
  });

  it('keeps the definitions when no property is named', () => {
    const text = ask('gas kilns vs wood kilns');
    expect(text).toContain('burners fed from a gas line');
    expect(text).toContain('split logs fed by hand');
  });
});
