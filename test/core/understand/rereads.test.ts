/**
 * The reread rules (understand/rereads.ts) over the default knowledge: for each rule, phrasings it
 * rereads (read otherwise with that rule taken out of its table) and phrasings the classifier already
 * reads the same way (the rule only backs it up). Every rule of the tables has a row, and the tables
 * run in order, each rule on the intent the ones before it left.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import type { Decided } from '../../../src/core/understand/intent/decide.js';
import type { Intent } from '../../../src/core/understand/types.js';
import { ON_ASPECT, ON_FIGURES, ON_STAT, ON_WORDING, rereadBy, type Reread } from '../../../src/core/understand/rereads.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

/** A question, or a question asked after an earlier one. */
type Phrasing = string | { q: string; after: string };

interface Row {
  rule: string;
  to: Intent;
  /** Read as `to` because of the rule: without it they read otherwise. */
  decides: readonly Phrasing[];
  /** Read as `to` by the classifier too. */
  backs?: readonly Phrasing[];
}

const ROWS: readonly Row[] = [
  { rule: 'hear-about', to: 'definition', decides: ['ok whats the deal with gans', 'so whats the deal with fine tuning'], backs: ["what's up with vaes anyway", 'tell me about mixture of experts'] },
  { rule: 'identity', to: 'yesno', decides: ['isnt a chatbot just a fancy name for a chat model', 'which is it, is an llm just a different name for a foundation model'], backs: ['is genai a synonym for llms', 'is rag just a rebrand of search'] },
  { rule: 'think-of-as', to: 'yesno', decides: ['would it be right to think of a model as ordinary software?'], backs: ['is it fair to think of rag as just search?', 'could we think of a vae as a compressor'] },
  { rule: 'same-thing', to: 'yesno', decides: ['is the cheapest model and the smallest model the same thing'], backs: ['are llms and transformers the same thing?', 'are fine-tuning and training identical'] },
  { rule: 'verdict-on-plan', to: 'yesno', decides: ['we plan to use a diffusion model to draft our emails, will that work?', 'should we really pick gpt-5 for a tiny faq bot', 'can we get away with a small model for customer support'], backs: ['thinking of running llama 4 for invoice parsing, is that a good idea?'] },
  { rule: 'past-deed', to: 'fact', decides: ['which model first beat humans at go'], backs: ['which lab released the first diffusion model', 'which team created stable diffusion'] },
  { rule: 'difference', to: 'comparison', decides: ['what should we pick given how rag differs from fine-tuning', 'what are the main differences between open and closed models'], backs: ['how is a base model different from a chat model'] },
  { rule: 'checklist', to: 'list', decides: ['give me a checklist for choosing an llm', 'the key factors to consider when choosing a model for our app', 'what are some questions to ask before choosing an llm vendor', 'what are 3 things we should check before choosing a vendor', 'what compliance requirements do we need to confirm before we sign a contract', 'which vendor certifications should we verify before we sign'] },
  { rule: 'best-practices', to: 'list', decides: ['best practices for fine-tuning llms?', 'any best practices for evaluating models'], backs: ['what are the best-practices for prompting models'] },
  { rule: 'list-request', to: 'list', decides: [], backs: ['name all the benchmarks', 'pls list all the techniques for adapting models', 'could you list all the image models'] },
  { rule: 'dates-not-pick', to: 'fact', decides: ['during what period were gans the go-to model?', 'what period was the best for gans'], backs: ['which years did vaes lead image generation'] },
  { rule: 'dates-not-ranking', to: 'fact', decides: ['what era were gans the top image model', 'in which years were gans the best architecture', 'in which yrs were gans the best architecture'] },
  { rule: 'kinds-unnarrowed', to: 'list', decides: ['which benchmarks should we care about?', 'what architectures should i learn', 'what architectures should we know about'], backs: ['which benchmarks do people check'] },
  { rule: 'list-of-what-it-does', to: 'uses', decides: ['list what audio models can generate', 'list what video models can make'] },
  { rule: 'causes', to: 'why', decides: ['what makes image quality differ between models', 'what makes image quality vary from model to model?', 'what factors affect token pricing', 'what factors determine the context window size', 'what drives the cost of llms, list them'] },
  { rule: 'hard-part', to: 'limitations', decides: ["what's the hard part with fine-tuning", 'what makes gans difficult', "what's the trickiest bit of running rag"], backs: ['any gotchas with lora?'] },
  { rule: 'maker', to: 'recommendation', decides: ['what can turn a sketch into a photo', 'what can write sql from plain english'], backs: ['which tool could draw our logo'] },
  { rule: 'converts', to: 'recommendation', decides: ['can we turn our catalogue photos into little videos?'], backs: ['how would we get video clips from our product photos', 'turn our podcast transcripts into narrated audio'] },
  { rule: 'kind-pick', to: 'recommendation', decides: ['what metric captures hallucinations'], backs: ['what temperature for a creative writing bot', 'which metric tells us how often a model makes stuff up'] },
  { rule: 'kind-pick-weighted', to: 'recommendation', decides: ['We are building a coding agent for our repo. Which benchmark should carry the most weight?'] },
  { rule: 'kind-at-top', to: 'recommendation', decides: ['which benchmark matters most for coding', "what's the most important benchmark for reasoning?", 'which leaderboard is the most useful for chat quality'] },
  { rule: 'remedy', to: 'recommendation', decides: ['how do teams reduce hallucinations?', 'how do we prevent the chatbot from hallucinating', 'tips to reduce token costs?'] },
  { rule: 'kind-superlative', to: 'recommendation', decides: ['which kind of model makes the sharpest pictures', 'which type of model gives the best quality video', 'what architecture makes the most lifelike faces', 'which architecture produces the highest quality audio'] },
  { rule: 'adaptation', to: 'recommendation', decides: ['list ways to make the model know our internal docs', 'list how to keep the same character in every picture'] },
  { rule: 'adaptation-how', to: 'recommendation', decides: ['how does a model learn our company docs', 'how do teams keep a character consistent across hundreds of images'], backs: ['how do we make the model answer from our company wiki'] },
  { rule: 'fragment-need', to: 'recommendation', decides: ['model to list our products', 'models for why questions'], backs: ['llm to explain legal clauses to clients', 'something for video?', 'ai for comparing contracts', 'something to rank support tickets by urgency', 'model for legal contracts?', 'llm for medical notes', 'something for summarising calls', 'ai for invoice extraction?'] },
  { rule: 'bare-situation', to: 'recommendation', decides: ['our analysts read 200-page filings all day', "hospital, patient data, can't use a cloud api", 'tight budget, lots of short classification requests'], backs: ['we have 10k support emails a day, data must stay in EU'] },
  { rule: 'production-watch', to: 'definition', decides: ['what should we monitor once our model is in production?', 'ops metrics to check before putting a model in prod?', 'which metrics to track for an llm app in prod, latency, cost per request?', 'what should our dashboard track once the chatbot is live'] },
  { rule: 'count-asked', to: 'fact', decides: ['roughly how many examples do you need to fine-tune a model', 'how much ram do you need for a 70b model'], backs: ['ballpark how many instructions to make an instruct model'] },
  { rule: 'share-asked', to: 'fact', decides: ['what % of genai pocs are abandoned before going to prod', 'what share of ai pilots are dropped, as a list'] },
  { rule: 'models-figure', to: 'fact', decides: ["what's claude opus 4.5's hallucination rate", "what's gpt-5's hallucination rate?"] },
  { rule: 'figure-not-limit', to: 'fact', decides: ['What LMArena Elo does Gemini 2.5 Pro hold?'] },
  { rule: 'several-figures', to: 'fact', decides: [{ q: "what's its price and context window?", after: 'tell me about gpt-5' }, "what's gpt-5's price and what is its context window"], backs: ['price and context window of gpt-5'] },
  { rule: 'fit-not-ranking', to: 'recommendation', decides: ['which model from the pricing list is the most sensible pick for us', 'what option makes the most sense from that price table', 'what plan makes most sense for us', 'which model from the pricing table suits that best?'] },
  { rule: 'uses-of-kind', to: 'uses', decides: ['who uses vaes', 'who needs a reasoning model', 'who should use an instruct model'] },
  { rule: 'quoted-term', to: 'definition', decides: ["what is the 'github copilot workspace' thing", "what's the 'copilot workspace' feature?"] },
  { rule: 'stat-superlative', to: 'ranking', decides: [], backs: ['which coding tool has the most enterprise seats?', 'what model has the most enterprise seats', 'which open model has the most downloads on hugging face'] },
  { rule: 'stat-of-model', to: 'fact', decides: ['hugging face downloads a month for deepseek v3.2'], backs: ['how many enterprise seats does github copilot have?'] },
  { rule: 'models-in-order', to: 'ranking', decides: ['gpt-5 vs gemini 2.5 pro vs claude opus 4.5, sort by context window', 'llama 4 vs gpt-5 vs mistral large from cheapest', 'gpt-5, claude haiku 4.5 and mistral large in order of context window pls'] },
  { rule: 'as-of', to: 'fact', decides: ['as of when are the prices listed', 'as of when are these benchmark scores'] },
  { rule: 'pick-between-kinds', to: 'comparison', decides: ['base model or chat model, which for an internal helpdesk?', 'fine-tuning or rag for our product docs, which one', 'gans or diffusion models, what should we go with for product shots', 'cloud api or self-hosting, which one for us'] },
  { rule: 'pick-between-models', to: 'comparison', decides: ['gemini 2.5 pro or claude 4.5 sonnet for our helpdesk?', 'should we use llama 4 or gpt-5 for our internal coding assistant?'] },
  { rule: 'figure-in-unit', to: 'fact', decides: ['time to first token for gemini 2.5 flash in ms?', 'tokens per second for gpt-5?', 'output speed for claude haiku 4.5 in seconds'] },
  { rule: 'kind-of-subject', to: 'definition', decides: ['what kind of model is a world model based on?', 'what kind of model is an instruct model a fine-tune of', { q: 'which kind of model is it a fine-tune of', after: 'what is a world model' }] },
];

const TABLES = [ON_WORDING, ON_FIGURES, ON_ASPECT, ON_STAT] as ReadonlyArray<readonly Reread<unknown>[]>;

const intentOf = (p: Phrasing) => (typeof p === 'string' ? f.read(p) : f.read(p.q, [p.after])).intent;
const shown = (p: Phrasing) => (typeof p === 'string' ? p : `${p.q} (after "${p.after}")`);

/** The intent read with one rule taken out of its table. */
function intentWithout(rule: string, p: Phrasing): Intent {
  const table = TABLES.find((t) => t.some((r) => r.name === rule)) as Reread<unknown>[];
  const at = table.findIndex((r) => r.name === rule);
  const [taken] = table.splice(at, 1);
  try {
    return intentOf(p);
  } finally {
    table.splice(at, 0, taken!);
  }
}

describe('the reread rules', () => {
  it('has a row for every rule, rereading to the intent the rule gives', () => {
    const rules = TABLES.flat();
    expect(ROWS.map((r) => r.rule).sort()).toEqual(rules.map((r) => r.name).sort());
    for (const row of ROWS) expect(rules.find((r) => r.name === row.rule)!.to, row.rule).toBe(row.to);
  });

  const decided = ROWS.flatMap((r) => r.decides.map((p) => [r.rule, shown(p), r.to, p] as const));
  it.each(decided)('%s reads %j as %s, and without that rule otherwise', (rule, _shown, to, p) => {
    expect(intentOf(p)).toBe(to);
    expect(intentWithout(rule, p)).not.toBe(to);
  });

  const backed = ROWS.flatMap((r) => (r.backs ?? []).map((p) => [r.rule, shown(p), r.to, p] as const));
  it.each(backed)('%s keeps %j read as %s', (_rule, _shown, to, p) => {
    expect(intentOf(p)).toBe(to);
  });
});

describe('rereadBy', () => {
  const decided = (intent: Intent): Decided => ({ intent, confidence: 0.6 });
  const rules: Reread<{ text: string }>[] = [
    { name: 'a', from: ['definition'], when: (x) => x.text.includes('pick'), to: 'recommendation' },
    { name: 'b', from: ['recommendation'], when: (x) => x.text.includes('when'), to: 'fact' },
    { name: 'c', from: (i) => i !== 'fact', when: () => true, to: 'list' },
  ];

  it('runs each rule on the intent the rules before it left, keeping the reading it corrected as the runner-up', () => {
    const d = decided('definition');
    rereadBy(rules, { text: 'which to pick, and since when' }, d);
    expect(d).toEqual({ intent: 'fact', confidence: 0.6, runnerUp: { intent: 'recommendation', p: 0.6 } });
  });

  it('leaves an intent no rule corrects as it was', () => {
    const d = decided('fact');
    rereadBy(rules, { text: 'anything' }, d);
    expect(d).toEqual({ intent: 'fact', confidence: 0.6 });
  });

  it('tests a predicate `from` against the intent as it stands', () => {
    const d = decided('how');
    rereadBy(rules, { text: 'pick' }, d);
    expect(d.intent).toBe('list');
    expect(d.runnerUp).toEqual({ intent: 'how', p: 0.6 });
  });
});
