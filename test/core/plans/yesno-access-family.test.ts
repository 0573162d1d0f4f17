/**
 * "Can we run X on our own servers?" about a model whose catalog entry does not say how open it is:
 * its family's entries decide, as a likelihood ("Probably yes/not"), when they agree; with nothing
 * to go by the answer says it cannot tell, and never says "No" by default.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const models = [
  ...CATALOG,
  model({ name: 'Kestrel Large', developer: 'Kestrel AI', access: 'open', family: 'Kestrel', categories: ['llm'] }),
  model({ name: 'Kestrel Think', developer: 'Kestrel AI', family: 'Kestrel', categories: ['llm'] }),
  model({ name: 'Heron Pro', developer: 'Heron Labs', access: 'proprietary', family: 'Heron', categories: ['llm'] }),
  model({ name: 'Heron Mini', family: 'Heron', categories: ['llm'] }),
  model({ name: 'Wren Video', categories: ['video'] }),
];
const guide = createGuide(docsKnowledgeBase({ models }));
const ask = (text: string) => guide.ask({ text }).text;

describe('yes/no: self-hosting a model whose entry leaves its access out', () => {
  it.each(['can we run Kestrel Think on our own servers?', 'could we host Kestrel Think ourselves?'])('%j: probably yes, from its open family', (q) => {
    expect(ask(q)).toMatch(/^Probably yes: .*Kestrel family.*open weights/);
  });

  it('probably not, from a proprietary family, naming the vendor the family has', () => {
    expect(ask('can we self-host Heron Mini?')).toMatch(/^Probably not: .*Heron family.*proprietary.*Heron Labs/);
  });

  it('no verdict either way with no family to go by', () => {
    const a = ask('can we run Wren Video on our own GPUs?');
    expect(a).toMatch(/^I can't say for sure: my documents do not state whether Wren Video's weights are open/);
    expect(a).not.toMatch(/^(?:No|Yes)\b/);
  });
});
