/**
 * "What can we do about it?" after a turn about a problem asks for the ways to deal with it: the
 * documents' remedies, not the problem defined again. Any wording of the request ("how do teams
 * reduce that", "any way to fix it", "how do we deal with it") reads the same.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { SNAGS_DOC } from '../fixture-snags.js';


const kb = docsKnowledgeBase({}, { 'snags.md': SNAGS_DOC });
const f = coreFixture(kb);
const guide = createGuide(kb);

describe('follow-up: how to deal with the problem just discussed', () => {
  it.each(['what can we do about it?', 'how do teams deal with it?', 'how do mills reduce that?', 'any way to fix it?', 'how can we prevent that in the mill?'])('after "why do thread snags happen?", %j asks for a remedy', (now) => {
    const u = f.read(now, ['why do thread snags happen?']);
    expect(u.asksRemedy).toBe(true);
    expect(u.intent).toBe('recommendation');
    expect(u.target).toBe('approach');
    expect(u.concepts.map((c) => c.name)).toContain('thread snag');
  });

  it('answers with the remedies, not the definition', () => {
    const a = guide.ask({ text: 'what can we do about it?', history: ['why do thread snags happen?'] });
    expect(a.text).toMatch(/^\*\*Thread snags in the mill are reduced/);
    expect(a.text).not.toMatch(/catches a thread on a worn hook/);
  });

  it('asks for a remedy when the one who acts points at the problem, not when a thing is said to reduce it', () => {
    expect(f.read('how do hooks reduce them?', ['why do thread snags happen?']).asksRemedy).toBe(true);
    expect(f.read('how does waxing reduce thread snags?').asksRemedy).toBeUndefined();
    expect(f.read('how do hooks reduce friction?').asksRemedy).toBeUndefined();
  });
});
