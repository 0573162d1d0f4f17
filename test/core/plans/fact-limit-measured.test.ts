/**
 * "Max clip length for X?", "longest …X allows": a limit asked of a model is a figure of what is
 * measured. A sentence that names the model beside some other number (a year, a version) does not
 * state it: the answer says the documents do not, and a sentence holding the measure does state it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LEADERS = `# Image leaders

## Leading image models of 2031
The leading image models of 2031 each win on a different strength:
- Gamma Diffusion 3: self-hosting and fine-tuning on a brand's own pictures.
- Delta Flux: the best prompt fidelity.
`;
const RESOLUTION = `# Image output

## Output size
Gamma Diffusion 3 renders at a maximum resolution of 2048 pixels on the long side.
`;

describe('fact plan: a limit asked of a model', () => {
  it('says the documents do not state it when no sentence holds what is measured', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'leaders.md': LEADERS }));
    const a = guide.ask({ text: 'max clip length for gamma diffusion 3?', history: [] });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state .* Gamma Diffusion 3/);
    expect(a.text).not.toContain('leading image models of 2031');
  });

  it('gives the figure from the sentence that holds the measure', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'leaders.md': LEADERS, 'resolution.md': RESOLUTION }));
    const a = guide.ask({ text: 'max resolution for gamma diffusion 3?', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2048 pixels');
  });
});
