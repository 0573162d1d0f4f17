/**
 * understand(): the situation a question states — the constraints a pick must meet, and the kind of
 * content involved with which way it goes (images read vs images made).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { noConstraints, readCategories, readConstraints } from '../../../src/core/understand/needs.js';
import type { Constraints } from '../../../src/core/understand/types.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

type Flag = Exclude<keyof Constraints, 'contextTokens'>;

const CONSTRAINT_ROWS: Array<[Flag, string]> = [
  ['selfHosted', 'we need a model for support tickets that runs on our own boxes'],
  ['selfHosted', 'it has to be on-prem'],
  ['selfHosted', 'we want to host it in-house'],
  ['selfHosted', 'our network is air-gapped'],
  ['selfHosted', 'could we host Kestrel Large ourselves?'],
  ['selfHosted', 'can we deploy the big one in-house'],
  ['selfHosted', 'we would serve Omni Open 4 ourselves'],
  ['dataResidency', "legal says customer data can't leave the EU"],
  ['dataResidency', 'records must stay in the country'],
  ['dataResidency', "compliance doesn't want our chat logs going to any outside vendor"],
  ['privacy', 'we handle confidential contracts'],
  ['privacy', 'a bank with strict data rules'],
  ['privacy', 'we are bound by data-protection law'],
  ['frontier', 'an enterprise with a huge budget'],
  ['openWeights', 'it should be open source'],
  ['openWeights', 'we want open weights we can inspect'],
  ['openWeights', 'top oss models for 2026?'],
  ['budget', 'we are on a tight budget'],
  ['budget', 'something cost-effective please'],
  ['highVolume', 'we summarise 2 million tickets a month'],
  ['highVolume', 'thousands of requests every day'],
  ['lowLatency', 'it has to answer in real time in a live chat widget'],
  ['lowLatency', 'the current one is too slow'],
  ['onDevice', 'it must run on-device on a phone with no network'],
  ['onDevice', 'needs to work offline on a laptop'],
  ['longContext', 'we feed it long contracts'],
  ['longContext', 'it has to read entire codebases'],
  ['longContext', 'best open llm if we need massive context?'],
  ['longContext', 'we need a huge context window for our prompts'],
  ['frontier', 'we want the most capable frontier model'],
  ['frontier', 'state of the art only'],
  ['frontier', 'money is no object, which model for our research assistant?'],
  ['frontier', "budget doesn't matter, we want the best possible model for analysis"],
  ['frontier', 'no matter the cost, which llm for contract review'],
  ['longContext', 'best model for working across a large codebase'],
  ['longContext', 'it must understand our huge legacy monorepo'],
  ['smallTeam', "we're a 3 person startup"],
  ['smallTeam', 'small team, no ml engineers'],
  ['managedApi', 'we want a managed service with no infrastructure to run'],
  ['regulated', 'a hospital wants a chatbot for patient letters'],
];

describe('understand: constraints', () => {
  it.each(CONSTRAINT_ROWS)('reads %s from %j', (flag, text) => {
    expect(f.read(text).constraints[flag]).toBe(true);
  });

  it('reads none from a plain definition question', () => {
    expect(noConstraints(f.read('what is a diffusion model?').constraints)).toBe(true);
  });

  it.each(['an enterprise with a huge budget', 'we have plenty of money for this', 'we have a large budget'])('reads no budget need from money to spare: %j', (text) => {
    expect(readConstraints(text).budget).toBe(false);
  });

  it.each(['quick q: which model for images?', 'a quick question about code models'])('reads no speed need from a quick question: %j', (text) => {
    expect(readConstraints(text).lowLatency).toBe(false);
  });

  it.each(['what should our dashboard track once the chatbot is live', 'we go live next month, which model?'])('reads no speed need from a launch: %j', (text) => {
    expect(readConstraints(text).lowLatency).toBe(false);
  });

  it('still reads a speed need from quick answers', () => {
    expect(readConstraints('we need quick answers in the chat widget').lowLatency).toBe(true);
  });

  it.each(['we want to stay on a hosted API', 'we would rather stay on the vendor api'])('reads staying on an API as a managed API, not data residency: %j', (text) => {
    expect(readConstraints(text)).toMatchObject({ dataResidency: false, managedApi: true });
  });

  it('reads data that must stay in-house as a privacy need too', () => {
    expect(readConstraints("customer data can't leave the EU")).toMatchObject({ dataResidency: true, privacy: true });
  });

  it.each([
    ['we have to feed it about 1.5 million tokens of contracts in one prompt', 1_500_000],
    ['prompts of 5-8 million tokens', 8_000_000],
    ['long documents, a 200k-token prompt', 200_000],
  ])('reads the tokens one prompt needs: %j', (text, tokens) => {
    const c = readConstraints(text);
    expect(c.longContext).toBe(true);
    expect(c.contextTokens).toBe(tokens);
  });

  it('counts a monthly rate of tokens as volume, not as one long prompt', () => {
    const c = readConstraints('we send 50 million tokens a month');
    expect(c.highVolume).toBe(true);
    expect(c.contextTokens).toBeUndefined();
  });
});

describe('understand: categories and their direction', () => {
  const read = (text: string) => readCategories(text).map((c) => `${c.category}${c.direction ? `:${c.direction}` : ''}`);

  it.each([
    ['which model can generate product photos', 'image:output'],
    ['we need to create illustrations for a book', 'image:output'],
    ['which model can describe what is in a photo?', 'image:input'],
    ['which model is best for describing product photos', 'image:input'],
    ['caption the pictures our users upload', 'image:input'],
    ['which model should we use to make marketing videos?', 'video:output'],
    ['which model should we use to transcribe call recordings?', 'audio:input'],
    ['we need a voiceover generated for our videos', 'audio:output'],
    ['pull totals out of scanned invoices', 'documents:input'],
    ['we need fake transaction records for testing', 'tabular'],
    ['help with drug discovery molecules', 'molecules'],
    ['which model is best for coding?', 'code'],
    ['which model works inside jetbrains for completions', 'code'],
    ['best vscode assistant model?', 'code'],
    ['something for summarising calls', 'audio:input'],
    ['anything good for transcribing meetings?', 'audio:input'],
    ['a tool for generating unit tests', 'code:output'],
    ['something to draft replies to customer reviews', 'text:output'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each(['which model should write our marketing copy and slogans?', 'we need catchy taglines for a product launch', 'a model for product descriptions in our shop'])('reads written copy as text to make: %j', (text) => {
    expect(read(text)).toEqual(['text:output']);
  });

  it('reads API calls as no audio', () => {
    expect(read('we make millions of api calls a day, which model is cheapest?')).toEqual([]);
  });

  it('reads records a team holds as no kind of content to make', () => {
    expect(read("our patient records can't leave the country, api or self-host?")).toEqual([]);
    expect(read('which model can generate synthetic customer records?')).toContain('tabular:output');
  });

  it('reads no category from a question about a concept', () => {
    expect(read('what is a reasoning model?')).toEqual([]);
  });

  it.each(['which model can describe pictures for alt text?', 'best model for describing images'])('links a model that sees pictures, never an image generator, for %j', async (q) => {
    const kb = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
    const names = kb.read(q).concepts.map((c) => c.name);
    expect(names).toContain('vision model');
    expect(names).not.toContain('image generation model');
  });

  it('passes the categories through understand()', () => {
    expect(f.read('which model can describe what is in a photo?').categories).toEqual([{ category: 'image', direction: 'input' }]);
  });
});

describe('language work', () => {
  it.each([
    ['which model for our helpdesk chatbot', 'chatbot'],
    ['we are sorting customer emails into queues', 'customer emails'],
    ['need something for translating product manuals', 'translating'],
  ])('%j is language work (%j), no kind of content', (q, words) => {
    const u = f.read(q);
    expect(u.languageWork).toBe(words);
    expect(u.categories).toEqual([]);
  });

  it.each(['we need a coding assistant', 'a voice bot that answers phone calls'])('%j names another kind of content: that decides, no language work', (q) => {
    expect(f.read(q).languageWork).toBeUndefined();
  });
});
