/**
 * Data that may not leave the country rules a vendor's API out: the answer says self-hosting an open
 * model on premises is required (with the rule the documents state), not that it "fits better"; and a
 * need that names no kind of content is met by a general text model, not a code model that shares words.
 */
import { describe, expect, it } from 'vitest';
import { answerRecommendation } from '../../../src/core/plans/recommend.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const RESIDENCY = `---
title: Where data may be processed
concepts:
  - name: data residency
    aliases: [data localisation]
    kind: concept
---
# Where data may be processed

## Data residency
**Data residency** says in which country data may be stored and processed. When data may be processed only inside your own jurisdiction, the model must be an open model deployed on-premise. Several privacy laws keep data inside set borders.
`;

const CODER = model({ name: 'Kilo Coder', developer: 'Kilo', access: 'open', categories: ['code'], strengths: ['code that must not go to a third-party API'] });

describe('recommendation plan: data that must stay in the country', () => {
  const f = coreFixture(docsKnowledgeBase({ models: [...CATALOG, CODER] }, { 'residency.md': RESIDENCY }));

  it.each([
    "our regulator says the data can't leave the country. self-host or api?",
    'the data must stay in the EU by law, do we self-host or use an api?',
  ])('says self-hosting is required for %j, with the rule', (q) => {
    const draft = answerRecommendation(f.plan, f.read(q));
    expect(draft.blocks[0]?.text).toMatch(/^\*\*Self-hosting an open model\*\* on premises is required here/);
    expect(draft.blocks[1]?.text).toMatch(/must be an open model deployed on-premise/);
  });

  it('still calls self-hosting the better fit when the data is only sensitive', () => {
    const draft = answerRecommendation(f.plan, f.read('we handle confidential contracts, self-host or api?'));
    expect(draft.blocks[0]?.text).toMatch(/fits better here/);
  });

  it('picks a general text model, not a code model, for a need that names no kind of content', () => {
    const draft = answerRecommendation(f.plan, f.read("patient notes can't go to a third-party API and we want to fine-tune on company text, which model should we use?"));
    expect(draft.blocks[0]?.text).toMatch(/\*\*Omni Open 4\*\*/);
    expect(draft.blocks.map((b) => b.text).join(' ')).not.toMatch(/Kilo Coder/);
  });
});
