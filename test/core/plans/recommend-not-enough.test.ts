/**
 * "Is X enough, or do we need something else?" answered with a pick of another kind says the
 * verdict on X first, then the pick; a pick of the same kind as X gets no "No".
 */
import { describe, expect, it } from 'vitest';
import { planAnswer } from '../../../src/core/plans/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
/** The question read as a yes/no whose runner-up is a recommendation, as the classifier reads "is X enough or…". */
const asYesNoPick = (question: string) => ({ ...f.read(question), intent: 'yesno' as const, runnerUp: { intent: 'recommendation' as const, p: 0.4 } });
const textOf = (question: string) => planAnswer(f.plan, asYesNoPick(question)).blocks.map((b) => b.text).join('\n\n');

describe('recommendation plan: is X enough?', () => {
  it('says X is not enough before picking another kind of model', () => {
    const u = asYesNoPick('we read scanned receipts. is a text llm enough or do we need something else');
    expect(u.concepts.map((c) => c.kind)).toContain('model-type');
    expect(u.categories.some((c) => c.direction === 'input')).toBe(true);
    expect(textOf('we read scanned receipts. is a text llm enough or do we need something else')).toMatch(/^No, a large language model \(LLM\) alone is not enough here\. .*vision language model/s);
  });

  it('gives no verdict against X when the pick is X itself', () => {
    expect(textOf('we read scanned receipts. is a vision language model enough or do we need something else')).not.toMatch(/^No,/);
  });
});
