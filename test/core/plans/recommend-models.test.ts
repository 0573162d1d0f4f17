/**
 * The recommendation plan when a model is asked for: the pick is filtered by category and by which
 * way the content goes, meets the hard constraints, gives reasons tied to them (each said once),
 * and its alternatives come from the same category.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { planAnswer } from '../../../src/core/plans/index.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase();
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });
const pickOf = (text: string) => /^\*\*([^*]+)\*\*/.exec(ask(text).text)?.[1];
const IMAGE_MAKERS = ['Gamma Diffusion 3', 'Delta Flux', 'Pixel Studio 7'];

describe('recommendation plan: category and direction', () => {
  it.each([
    ['which model can generate product photos', IMAGE_MAKERS],
    ['help me choose a model for on-prem images', ['Gamma Diffusion 3', 'Delta Flux']],
    ['which model for images? we need the highest aesthetic quality', ['Pixel Studio 7']],
    ['which open source image model sticks to the prompt best?', ['Delta Flux']],
    ['which model turns our blog posts into spoken audio?', ['Tone Voice 3']],
    ['we need to transcribe our weekly meetings, which model?', ['Echo Scribe 2']],
    ['we need a model for support tickets that runs on our own boxes', ['Omni Open 4']],
  ])('picks a model of the kind %j needs', (question, allowed) => {
    const a = ask(question);
    expect(a.kind).toBe('recommendation');
    expect(allowed).toContain(pickOf(question));
  });

  it.each([
    ['which model can describe what is in a photo?', IMAGE_MAKERS],
    ['which model is best for describing product photos', IMAGE_MAKERS],
    ['which model should we use to transcribe call recordings?', ['Tone Voice 3']],
  ])('never answers %j with something that goes the other way', (question, wrong) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    for (const name of wrong) expect(a.text).not.toContain(name);
  });

  it('names no benchmark or other kind of thing when the catalog holds no model of the kind asked', () => {
    const a = ask('which model should we use to make marketing videos?');
    expect(a.text).not.toContain('VBench');
  });
});

describe('recommendation plan: constraints and reasons', () => {
  it('picks the cheapest model for a budget at volume, and says so with its price', () => {
    const a = ask('cheapest model for summarising 2 million tickets a month');
    expect(a.text).toMatch(/^\*\*Beta 1\*\* \(Bolt Labs\) fits best: the lowest per-token price/);
    expect(a.text).toContain('$1.25 input / $5.00 output per 1M tokens');
  });

  it('picks a model whose context window takes the stated prompt', () => {
    const a = ask('we have to feed it about 1.5 million tokens of contracts in one prompt, which model?');
    expect(a.text).toMatch(/^\*\*Beta 1\*\*/);
    expect(a.text).toContain('2M (2,000,000) tokens');
  });

  it.each([
    'we need a model for support tickets that runs on our own boxes',
    "legal says customer data can't leave the EU, which llm?",
    'summarise tickets on our own servers, which model?',
  ])('picks an open-weights model when the data must stay in-house: %j', (question) => {
    const a = ask(question);
    expect(a.text).toMatch(/^\*\*Omni Open 4\*\*/);
    expect(a.text).toContain('open weights');
  });

  it('keeps the constraints of the turn before for a follow-up', () => {
    expect(ask('and for images?', ['we need a model for support tickets that runs on our own boxes']).text).toMatch(/^\*\*(?:Gamma Diffusion 3|Delta Flux)\*\*/);
  });

  it('says so when no model of the kind a follow-up asks meets the need it keeps', () => {
    // The fixture's audio models are all proprietary: the self-hosting need cannot be met.
    const a = ask('and for audio?', ['we need a model for support tickets that runs on our own boxes']);
    expect(a.text).toMatch(/^None of the models in my documents that make audio has open weights/);
    expect(a.text).toMatch(/closest fit, if a hosted API is acceptable: \*\*Tone Voice 3\*\*/);
  });

  it.each(['help me choose a model for on-prem images', 'which open source image model sticks to the prompt best?', 'cheapest model for summarising 2 million tickets a month'])(
    'says each reason once: %j',
    (question) => {
      const first = ask(question).text.split('\n')[0]!;
      const reasons = first.replace(/^[^:]*:\s*/, '').replace(/\.$/, '').split(/;\s*/);
      expect(new Set(reasons.map((r) => r.toLowerCase())).size).toBe(reasons.length);
      const words: string[] = first.toLowerCase().match(/\b[a-z-]{6,}\b/g) ?? [];
      const repeated = words.filter((w, i) => words.indexOf(w) !== i);
      expect(repeated, first).toEqual([]);
    },
  );

  it.each(['cheapest model for summarising 2 million tickets a month', 'help me choose a model for on-prem images', 'which model turns our blog posts into spoken audio?'])(
    'offers alternatives only from the pick’s own category: %j',
    (question) => {
      const draft = planAnswer(f.plan, f.read(question));
      const [pick, ...alternatives] = draft.models ?? [];
      expect(pick).toBeDefined();
      for (const alt of alternatives) expect(alt.categories.some((c) => pick!.categories.includes(c)), alt.name).toBe(true);
    },
  );

  it('cites the catalog entries it picked from', () => {
    const a = ask('cheapest model for summarising 2 million tickets a month');
    expect(a.sources[0]).toMatchObject({ section: 'Beta 1', path: 'models.yaml' });
    expect(CATALOG.map((m) => m.name)).toContain(a.sources[0]!.section);
  });
});
