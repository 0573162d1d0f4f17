/**
 * "Our looms keep snagging, what should we adjust?": a problem the documents say how to deal with,
 * then a request for what to alter, asks for that remedy, not for the problem defined again. A
 * problem with no such section, or a kind of thing named outright ("what setting…"), is left alone.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { SNAGS_DOC } from '../fixture-snags.js';


const kb = docsKnowledgeBase({}, { 'snags.md': SNAGS_DOC });
const f = coreFixture(kb);
const guide = createGuide(kb);

describe('a stated problem followed by "what should we adjust?"', () => {
  it.each(['our loom keeps snagging, what should we adjust?', 'we get thread snags all the time, what do we change?', 'snags everywhere. what can I tweak?', 'thread snags again - what to fix?'])('%j asks for the remedy', (q) => {
    const u = f.read(q);
    expect(u.asksRemedy).toBe(true);
    expect(u.target).toBe('approach');
  });

  it('answers with the remedies, not the definition', () => {
    const a = guide.ask({ text: 'our loom keeps snagging, what should we adjust?' });
    expect(a.text).toMatch(/waxing the thread/);
    expect(a.text).not.toMatch(/catches a thread on a worn hook/);
  });

  it('leaves a problem without a remedy section, and a kind named outright, alone', () => {
    expect(f.read('there is humming, what should we adjust?').asksRemedy).toBeUndefined();
    expect(f.read('our loom keeps snagging, what setting should we change?').asksRemedy).toBeUndefined();
  });
});
