/** "What is X, in the context of Y?": Y is the setting the question is framed in, not its subject. */
import { describe, expect, it } from 'vitest';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const conceptsOf = (q: string) => f.read(q).concepts.map((c) => c.name);

describe('understand: the setting a question is framed in', () => {
  it('does not take the setting for the subject when something else is named', () => {
    expect(f.read('what is Delta Flux, in the context of diffusion models?').models.map((m) => m.name)).toEqual(['Delta Flux']);
    expect(conceptsOf('what is Delta Flux, in the context of diffusion models?')).toEqual([]);
    expect(conceptsOf('what is Delta Flux, in the context of diffusion models?'.replace(', in the context of', ' and'))).not.toEqual([]);
  });

  it('keeps the setting when it is all the question names', () => {
    expect(conceptsOf('what does it mean in the context of diffusion models?')).not.toEqual([]);
  });
});
