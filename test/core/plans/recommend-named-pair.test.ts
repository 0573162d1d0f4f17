/**
 * Two models named for a need ("GPT-5 or Claude for coding?") ask which of the two fits: a family
 * named beside a model stands for its members, and the pick is made among them on the need, even
 * when the wording was read as asking for a size class or a deployment.
 */
import { describe, expect, it } from 'vitest';
import { answerRecommendation } from '../../../src/core/plans/recommend.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const FAMILY = model({ name: 'Zeta (model family)', aliases: ['Zeta'], developer: 'Zeta Labs', access: 'proprietary', categories: ['llm'], strengths: ['general assistant'] });
const ZETA_CODE = model({ name: 'Zeta Code 3', family: 'Zeta', developer: 'Zeta Labs', access: 'proprietary', categories: ['llm', 'code'], strengths: ['best model for coding assistants'] });
const ZETA_MINI = model({ name: 'Zeta Mini 3', family: 'Zeta', developer: 'Zeta Labs', access: 'proprietary', categories: ['llm'], strengths: ['cheap chat'] });

const CHOOSING = `---
title: Choosing by input length
---
# Choosing by input length

## How to choose a model for the longest inputs
**For the longest inputs**, a small startup team building a coding assistant should pick by context window: Beta 1 takes the most of any model.
`;

describe('recommendation plan: which of two named models fits a need', () => {
  const f = coreFixture(docsKnowledgeBase({ models: [...CATALOG, FAMILY, ZETA_CODE, ZETA_MINI] }));

  it('weighs the members of a named family, not its profile line', () => {
    const u = f.read('should we use beta 1 or zeta for a coding assistant?');
    const draft = answerRecommendation(f.plan, { ...u, target: 'model' });
    expect(draft.blocks[0]?.text).toMatch(/^\*\*Zeta Code 3\*\*/);
  });

  it('picks between the two named models when the wording was read as another kind of pick', () => {
    const u = f.read('pixel studio 7 or delta flux, which sticks to the prompt best and could run on a laptop with no network connection?');
    expect(u.models.map((m) => m.name)).toEqual(expect.arrayContaining(['Pixel Studio 7', 'Delta Flux']));
    const draft = answerRecommendation(f.plan, { ...u, target: 'size-class' });
    expect(draft.blocks[0]?.text).toMatch(/\*\*Delta Flux\*\*/);
  });

  it('adds no general advice that only lists the named models after the pick between them', () => {
    const g = coreFixture(docsKnowledgeBase({ models: [...CATALOG, FAMILY, ZETA_CODE, ZETA_MINI] }, { 'choosing.md': CHOOSING }));
    const u = g.read("we're a small startup team: beta 1 or zeta for a coding assistant?");
    const draft = answerRecommendation(g.plan, { ...u, target: 'model' });
    expect(draft.blocks[0]?.text).toMatch(/^\*\*Zeta Code 3\*\*/);
    expect(draft.blocks.map((b) => b.text).join(' ')).not.toContain('For the longest inputs');
  });
});
