/**
 * A channel the asker fixed beats the advice a reason usually triggers: "cheapest model via an API
 * for millions of messages a day" asks for the cheapest API model by its per-token price, not for
 * the self-hosting advice high volume brings up; a prompt size stated as a token count ("our whole
 * 4M-token repo in one go") asks for the model whose window holds it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const EXTRA = {
  'notes/volume.md': `# Volume and cost

## Recommendation: high volume and low cost
For high-volume workloads, look first at self-hosting an open source model, which has no per-token fee. If you stay on an API, pick the cheapest API tier.
`,
};
const kb = docsKnowledgeBase({ models: [...CATALOG, model({ name: 'Zeta Lite', developer: 'Bolt Labs', access: 'proprietary', categories: ['llm'], pricing: { input_per_1m: 0.1, output_per_1m: 0.4 }, deployment: ['api'], strengths: ['quick replies'] })] }, EXTRA);
const guide = createGuide(kb);
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('understand: the channel a situation fixes', () => {
  it.each([
    'cheapest model via an API for millions of short messages a day',
    "we'll call an api, no self hosting. cheapest option?",
    "we don't want to self-host anything",
  ])('reads a managed API, and no self-hosting, from %j', (text) => {
    expect(readConstraints(text)).toMatchObject({ managedApi: true, selfHosted: false });
  });

  it('keeps an API weighed against hosting as no fixed channel', () => {
    expect(readConstraints('do we self-host or use an api?')).toMatchObject({ managedApi: false, selfHosted: true });
  });

  it('reads a prompt stated as a token count as a long context', () => {
    expect(readConstraints('we need to fit our whole 4M-token repo in one go')).toMatchObject({ longContext: true, contextTokens: 4_000_000 });
  });
});

describe('recommendation plan: a fixed channel', () => {
  it.each([
    'cheapest model via an API for millions of short messages a day',
    "we'll call an api, no self hosting. cheapest option for a huge volume of classification?",
  ])('picks the cheapest API model for %j, with its price', (q) => {
    const text = ask(q);
    expect(text).toMatch(/^\*\*Zeta Lite\*\*/);
    expect(text).toContain('$0.10');
    expect(text).not.toMatch(/self-host/i);
  });

  it('picks the largest window for a whole repository stated in tokens', () => {
    expect(ask('we need to fit our whole 1.5M-token repo in one go, which model')).toMatch(/^\*\*Beta 1\*\*/);
  });
});
