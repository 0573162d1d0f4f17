/**
 * "Monthly Hugging Face downloads for Omni Open 4?": a figure named by the label the catalog records
 * it under is that model's figure or "my documents don't state it", never another of its figures, a
 * note that only shares its name, a profile or a pick. The label is read from the way people say it
 * ("monthly" for "per month", "HF" spelt out) too.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { namedStat } from '../../../src/core/understand/stat.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const HUB = model({ name: 'Omni Hub 2', developer: 'Commons AI', access: 'open', categories: ['llm'], stats: [{ label: 'HF downloads/month', value: '7.1M' }] });
const PAL = model({ name: 'Code Pal', developer: 'Pal Co', access: 'proprietary', categories: ['code'], stats: [{ label: 'enterprise seats', value: '2.4M+' }] });
const QUIET = model({ name: 'Quiet Open 5', developer: 'Commons AI', access: 'open', categories: ['llm'], stats: [{ label: 'languages supported', value: '40' }], notes: ['The roundup counts Quiet Open 5 among the leading open models of the year.'] });
const models = [...CATALOG, HUB, PAL, QUIET];
const extra = { 'tools.md': '# Code assistants\n\nCode Pal (listed with Alpha 2 Pro behind it) has more than 2.4M enterprise seats.\n' };
const guide = createGuide(docsKnowledgeBase({ models }, extra));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: a figure named by its catalog label', () => {
  it.each(['monthly hugging face downloads for omni hub 2?', 'how many hugging face downloads a month does omni hub 2 get'])('gives the model its own figure for %j', (q) => {
    expect(ask(q).text).toMatch(/^Omni Hub 2 has \*\*7\.1M\*\* HF downloads\/month/);
  });

  it.each(['monthly hugging face downloads for quiet open 5?', 'hugging face downloads per month for quiet open 5'])('says the documents lack it for a model without it (%j)', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state the HF downloads\/month of Quiet Open 5/);
    expect(a.text).not.toMatch(/leading open models|languages supported/);
  });

  it('does not give the figure of another model a sentence names beside it', () => {
    const a = ask('how many enterprise seats does alpha 2 pro have?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state the enterprise seats of Alpha 2 Pro/);
    expect(a.text).not.toMatch(/40%|2\.4M/);
  });
});

describe('namedStat: the label as people say it', () => {
  it('reads "monthly" as "month" and spelt-out initials as the abbreviation', () => {
    expect(namedStat('monthly hugging face downloads for quiet open 5?', models)).toBe('HF downloads/month');
    expect(namedStat('how fast is it per month', models)).toBeUndefined();
  });
});
