/**
 * A situation that states only where its data may go ("the data can't leave the country") is
 * answered with where to run the model, even when its wording was read as asking for a setting.
 */
import { describe, expect, it } from 'vitest';
import { answerRecommendation } from '../../../src/core/plans/recommend.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

describe('recommendation plan: where the data may go decides the pick', () => {
  it('answers a residency rule read as a setting question with the deployment verdict', () => {
    const u = f.read("what if the regulator says our data can't leave the country at all");
    expect(u.constraints.dataResidency || u.constraints.selfHosted).toBe(true);
    const draft = answerRecommendation(f.plan, { ...u, target: 'setting' });
    expect(draft.blocks[0]?.text).toMatch(/^\*\*Self-hosting an open model\*\* (?:fits better here|on premises is required here)/);
  });

  it('keeps a setting question that names a setting a setting question', () => {
    const u = f.read('which setting keeps replies focused when data must stay on our own servers?');
    const draft = answerRecommendation(f.plan, { ...u, target: 'setting' });
    expect(draft.blocks[0]?.text ?? '').not.toMatch(/^\*\*Self-hosting/);
  });
});
