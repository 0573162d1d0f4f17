/**
 * A model pick says why in sentences that read well: the question's own need first, no label
 * stacked on a label, the pick's name said once, a reason even for a chatty question, and no
 * closing aside about models of another kind.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { pickModels } from '../../../src/core/plans/pick-model.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const EXTRA = {
  'notes/choosing.md': `# Choosing models

## Picking a good-looking image model
Pixel Studio 7 produces the highest aesthetic quality of any image model, which is why design teams favour it.

## Recommendation: private data that must not reach a vendor
If your data can't be shared with any vendor, use an open-weight model and fine-tune it in-house. Omni Open 4 can be fine-tuned on internal support conversations without that data leaving your control. Gamma Diffusion 3 is the open image model to self-host.
`,
};

const kb = docsKnowledgeBase({}, EXTRA);
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('recommendation plan: how a pick gives its reasons', () => {
  it('gives the need asked in this turn before one carried over from the thread', () => {
    const a = ask('which of them is best at sticking to the prompt?', ['which open source image models are there?']);
    expect(a.text).toMatch(/^\*\*Delta Flux\*\* \(Delta Labs\) fits best: best prompt fidelity/);
  });

  it('says a managed API without stacking a second colon on the first', () => {
    const a = ask("we're a 3 person startup and want the easiest way to make images, which model?");
    expect(a.text).toContain('a managed API, so there is nothing to host or maintain');
    expect(a.text).not.toMatch(/fits best: [^.;]*: /);
  });

  it('speaks of the pick as "it" when the documents’ sentence opens with its name', () => {
    const a = ask('which image model has the highest aesthetic quality?');
    expect(a.text).toMatch(/^\*\*Pixel Studio 7\*\* \(Pixel Inc\) fits best\. It produces the highest aesthetic quality/);
    expect(a.text.split('Pixel Studio 7').length - 1).toBe(1);
  });

  it('finds a reason in the plain words of a question whose telling words match no strength', () => {
    const u = f.read('which of the big ones fits');
    const terms = [...u.terms, { term: 'enterpris', weight: 0.5 }, { term: 'code', weight: 0.5 }];
    const top = pickModels(f.plan.index, kb.models, { ...u, terms })[0];
    expect(top?.model.name).toBe('Alpha 2 Pro');
    expect(top?.reasons).toContain('enterprise coding');
  });
});

describe('recommendation plan: advice that stays on the need', () => {
  it('drops a closing sentence that only names models of another kind', () => {
    const a = ask("we want to fine-tune a model on our support conversations but that data can't be shared with any vendor. what kind of model should we use?");
    expect(a.text).toContain('Omni Open 4');
    expect(a.text).not.toContain('Gamma Diffusion 3');
  });
});

describe('recommendation plan: reasons that meet the need, not the family name', () => {
  const family = [
    model({ name: 'Kite 3 Mini', developer: 'Kite', access: 'proprietary', categories: ['llm'], family: 'Kite 3', strengths: ['the cheapest Kite 3 model (low cost)', 'fast, low-cost replies'] }),
    model({ name: 'Kite 3 Max', developer: 'Kite', access: 'proprietary', categories: ['llm'], family: 'Kite 3', strengths: ['the most capable Kite 3 model'] }),
    model({ name: 'Kite 3 (model family)', developer: 'Kite', access: 'proprietary', categories: ['llm'], family: 'Kite 3' }),
  ];
  const kkb = docsKnowledgeBase({ models: [...CATALOG, ...family] });
  const kf = coreFixture(kkb);

  it('gives the strength that meets both speed and cost over one that repeats the family name', () => {
    const u = kf.read('which kite 3 model when speed and cost matter most');
    const top = pickModels(kf.plan.index, kkb.models, u, family.slice(0, 2))[0];
    expect(top?.model.name).toBe('Kite 3 Mini');
    expect(top?.strengths[0]).toBe('fast, low-cost replies');
  });
});
