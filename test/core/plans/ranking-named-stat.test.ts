/**
 * "Which model has the highest enterprise API share?": a superlative over a figure the catalog records
 * by a label the question names ranks the models on it, whatever the rest of the wording reads like
 * (a word of the label that names a way to deploy, a pick), and among the models that carry it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { namedStat } from '../../../src/core/understand/stat.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const PAL = model({ name: 'Code Pal', developer: 'Pal Co', access: 'proprietary', categories: ['code'], strengths: ['code completion for enterprise teams'], stats: [{ label: 'enterprise seats', value: '2.4M+' }] });
const HUB = model({ name: 'Omni Hub 2', developer: 'Commons AI', access: 'open', categories: ['llm'], stats: [{ label: 'Hugging Face downloads per month', value: '7.1M' }] });
const models = [...CATALOG, PAL, HUB];
const guide = createGuide(docsKnowledgeBase({ models }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('ranking plan: a stat named by its label', () => {
  it.each([
    ['which model has the highest enterprise API share', /^\*\*Alpha 2 Pro\*\* \(Acme\) ranks first on enterprise API share: \*\*40%\*\*/],
    ['whose enterprise API share is the lowest?', /^\*\*Beta 1\*\* \(Bolt Labs\) ranks lowest on enterprise API share: \*\*21%\*\*/],
    ['which tool has the most enterprise seats', /^\*\*Code Pal\*\* \(Pal Co\) ranks first on enterprise seats: \*\*2\.4M\+\*\*/],
    ['which model gets the most Hugging Face downloads?', /^\*\*Omni Hub 2\*\* \(Commons AI\) ranks first on Hugging Face downloads per month/],
  ])('ranks %j on that stat', (question, lead) => {
    expect(ask(question).text).toMatch(lead);
  });

  it('says the kind of model asked carries no such figure, rather than picking one of that kind', () => {
    const a = ask('which image model has the most Hugging Face downloads?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no|don't/i);
    expect(a.text).toContain('Hugging Face downloads per month');
  });
});

describe('namedStat', () => {
  it('reads a label from two of its words, not from one shared with a need or from the kind of model', () => {
    expect(namedStat('which model has the biggest API share among enterprises', models)).toBe('enterprise API share');
    expect(namedStat('which model is best for enterprise coding', models)).toBeUndefined();
    const offered = [...models, model({ name: 'Hub', categories: ['image'], stats: [{ label: 'text-to-image models offered', value: 'over 90' }] })];
    expect(namedStat('best text to image model', offered, ['image', 'text-to-image'])).toBeUndefined();
  });
});
