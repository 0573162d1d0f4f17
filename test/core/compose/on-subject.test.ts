/** A later paragraph that touches neither the question's subject nor its need is left out as padding. */
import { describe, expect, it } from 'vitest';
import { onSubject } from '../../../src/core/compose/on-subject.js';
import { coreFixture } from '../fixture-context.js';
import { knowledgeBase } from '../fixture-kb.js';

const f = coreFixture(knowledgeBase());
const analyzer = f.plan.index.analyzer;

describe('later paragraphs off the subject', () => {
  const u = f.read('what are vaes used for');
  const answer = { text: 'Pharmaceutical teams use VAEs to propose candidate molecules.' };

  it('drops a later paragraph that shares no word with what the question asks about', () => {
    const neighbour = { text: 'The context window is the maximum number of tokens a model can consider at once.' };
    expect(onSubject([answer, neighbour], u, analyzer)).toEqual([answer]);
  });

  it('keeps a later paragraph that names the subject, however it is written', () => {
    const more = { text: 'A variational autoencoder also flags anomalies through reconstruction error.' };
    expect(onSubject([answer, more], u, analyzer)).toEqual([answer, more]);
  });

  it('keeps the first paragraph whatever it says', () => {
    const only = { text: 'Tokens are counted per request.' };
    expect(onSubject([only], u, analyzer)).toEqual([only]);
  });
});
