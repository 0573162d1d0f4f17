/**
 * The follow-up resolution table (understand/followup.ts) and the carry-over rules (followup/carry*.ts,
 * weigh-back.ts), over the default knowledge: for each rule, two-turn phrasings that resolve
 * differently with that rule taken out of its table. Every rule has a row, so a new rule without one
 * fails here.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { RESOLUTIONS } from '../../../src/core/understand/followup.js';
import { CARRY } from '../../../src/core/understand/followup/carry.js';
import { understand, type Turn } from '../../../src/core/understand/understand.js';
import type { Understanding } from '../../../src/core/understand/types.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

/** A follow-up asked after an earlier question; `items` stands for a list the earlier answer gave. */
interface Phrasing {
  after: string;
  q: string;
  items?: readonly string[];
}

const ROWS: ReadonlyArray<{ rule: string; asks: readonly Phrasing[] }> = [
  { rule: 'pick-between', asks: [{ after: 'compare flux.1 and midjourney v7', q: 'which would you pick for a logo?' }] },
  { rule: 'measure-between', asks: [{ after: 'rag vs fine-tuning', q: 'which is cheaper' }, { after: 'gans vs diffusion models', q: 'which is better for images' }] },
  { rule: 'after-small-talk', asks: [{ after: 'thanks', q: 'and gpt-5?' }, { after: 'hello', q: 'and what about claude?' }] },
  { rule: 'small-talk', asks: [{ after: 'what is a token', q: 'thanks!' }, { after: 'what is a token', q: 'ok thanks' }] },
  { rule: 'own-question', asks: [{ after: 'what are the leading llms', q: 'which is best at coding?' }, { after: 'is it open source', q: 'what is llama 4' }, { after: 'best image model for a marketing team', q: 'how much does it cost to fine-tune a model?' }, { after: 'best model for coding', q: 'how long does it take to train a model from scratch?' }, { after: 'what does gpt-5 cost', q: 'what is a context window?' }, { after: 'tell me about claude 4.5 sonnet', q: 'whats a parameter?' }] },
  { rule: 'side-pick', asks: [{ after: 'chat model vs instruct model', q: 'ok and which one would you pick for a support bot?' }] },
  { rule: 'other-end', asks: [{ after: 'which model is cheapest', q: 'and the most expensive?' }, { after: "what's the cheapest model", q: 'and the priciest one?' }] },
  { rule: 'carry-over', asks: [{ after: 'what is gpt-5', q: 'and gemini 2.5 pro?' }, { after: 'what is a diffusion model', q: 'what is it used for?' }] },
  { rule: 'pick-kept', asks: [{ after: 'best model for image generation for our marketing team', q: 'why not flux.1 instead?' }] },
  { rule: 'same-question', asks: [{ after: 'how much does claude opus 4.5 cost', q: 'and haiku?' }, { after: 'context window of gemini 2.5 pro', q: 'what about flash' }, { after: 'what deployment fits a hospital with patient data', q: 'how about a startup that just wants to prototype fast?' }, { after: 'what temperature should I use for a poetry generator', q: 'what about a chatbot that must not get facts wrong?' }, { after: 'which model should a small team of three use for a support chatbot?', q: 'what about a bank with strict data rules?' }] },
  { rule: 'needs-kept', asks: [{ after: 'which model should we use for a support bot', q: 'whats the catch?' }, { after: 'list some video models', q: 'which one is best for ads?' }] },
  { rule: 'figure-asked', asks: [{ after: 'what are the limitations of gpt-5', q: 'and the release date?' }, { after: 'why is gemini 2.5 pro popular', q: 'and its context window?' }] },
  { rule: 'figure-of-pick', asks: [{ after: 'best model for coding help', q: 'and the price' }, { after: 'recommend a model for customer support', q: 'and the price' }] },
  { rule: 'sibling', asks: [{ after: 'tell me about claude 4.5 sonnet', q: "what's the cheap fast sibling of it?" }, { after: 'tell me about gemini 2.5 pro', q: 'any cheaper variant of it' }] },
  { rule: 'compare-pick', asks: [{ after: 'what is claude opus 4.5', q: "and gpt-5? which one's cheaper?" }] },
  { rule: 'the-one', asks: [{ after: 'which image models are there', q: 'who makes the one with the best prompt fidelity' }, { after: 'what video models exist', q: 'who makes the one that does sound' }] },
  { rule: 'listed-kind', asks: [{ after: 'what size classes are there?', q: 'which one for general chat?' }, { after: 'what deployment options are there', q: 'which of them is cheapest' }, { after: 'list the size classes', q: 'which is cheapest to run?' }] },
  { rule: 'among-items', asks: [{ after: 'what are the stages of training an llm', q: 'which of those stages makes it safe?', items: ['pretraining on raw text', 'instruction tuning', 'preference tuning for safety'] }] },
  { rule: 'figure-of-answer', asks: [{ after: 'tell me about gpt-5', q: 'context window size in tokens' }, { after: 'best model for long documents', q: 'and the context window' }] },
  { rule: 'plan-picks', asks: [{ after: 'tell me about gpt-5', q: 'is there a smaller version of it?' }, { after: 'what video models exist', q: 'who makes the one that does sound' }] },
  { rule: 'which-of-them', asks: [{ after: 'list some image models', q: 'which of those are open source' }, { after: 'what are the top image upscalers', q: 'which of them is free' }, { after: 'what are the leading llms', q: 'which of those are open source?', items: ['Claude 4.5 Sonnet (Anthropic, proprietary): 200K-token context window', '**GPT-5** (OpenAI, proprietary): frontier reasoning', 'Mistral Large (Mistral AI, open source): mixture-of-experts'] }] },
  { rule: 'superlative-among', asks: [{ after: 'best model for coding help', q: 'something with a longer context?' }] },
  { rule: 'plan-figure', asks: [{ after: 'should we fine-tune llama 4 on our support tickets?', q: 'and how long does that take?' }, { after: 'should we fine-tune llama 4 on our support tickets?', q: 'how much would that cost' }, { after: 'tell me about llama 4', q: 'how long does it take to fine-tune it?' }, { after: 'what is mistral large', q: 'how much does it cost to fine-tune it?' }] },
  { rule: 'model-kept', asks: [{ after: 'what is llama 4', q: 'is it open source?' }, { after: 'release date of gemini 2.5 pro', q: 'what modes does it have?' }] },
  { rule: 'pointed-kind', asks: [{ after: 'which model leads on swe-bench verified', q: 'what does that benchmark measure' }, { after: 'what is a small model', q: 'what is that size class good for?' }] },
  { rule: 'aspect-of-pick', asks: [{ after: 'best model for coding help', q: "what's it good at?" }, { after: 'best model for coding help', q: 'what are its limitations' }] },
  { rule: 'reason-for-pick', asks: [{ after: 'best reasoning model for math homework', q: 'why that one?' }, { after: 'which model for fine-tuning on our data', q: 'why this one?' }] },
  { rule: 'subject-kept', asks: [{ after: 'what is a diffusion model', q: 'what is it used for?' }] },
  { rule: 'subject-pronoun', asks: [{ after: 'what are agentic llms', q: 'what are they used for in real products?' }, { after: 'what are reasoning models', q: 'are they usually open source?' }, { after: 'what is a world model', q: 'is that ready for production yet?' }, { after: 'what is a world model', q: 'which kind of model is it a fine-tune of' }] },
  { rule: 'picked-kind', asks: [{ after: 'what architecture is best for image generation', q: 'how does it work?' }, { after: 'what architecture is best for image generation', q: 'what are its limitations?' }] },
  { rule: 'article-kept', asks: [{ after: 'what is the space-o guide about', q: 'when was it published?' }, { after: 'tell me about the what is an ai model explainer', q: 'who published it' }] },
  { rule: 'name-kept', asks: [{ after: 'what is gpt-3', q: 'who makes it' }, { after: 'tell me about claude 3 opus', q: 'is it open source' }] },
  { rule: 'categories-kept', asks: [{ after: 'what models are there for image generation', q: 'which of them is cheapest?' }] },
  { rule: 'sides-dropped', asks: [{ after: 'gpt-5 vs claude opus 4.5', q: 'and gemini 2.5 pro vs llama 4?' }, { after: 'compare gpt-5 and llama 4', q: 'and mistral large vs deepseek v3.2' }] },
  { rule: 'no-figure-explained', asks: [{ after: 'what is mmlu', q: 'what is it for?' }, { after: 'what is swe-bench verified', q: 'how does it work?' }] },
  { rule: 'figure-kept', asks: [{ after: 'when was claude opus 4.5 released', q: 'what is it good at' }, { after: 'what is the cheapest model', q: 'is it any good for code?' }] },
  { rule: 'ranked-on-benchmark', asks: [{ after: 'what is lmarena', q: 'which model tops it?' }, { after: 'what is swe-bench verified', q: 'which model leads it?' }] },
  { rule: 'pointed-attribute', asks: [{ after: 'tell me about mistral large', q: 'is that open source?' }, { after: 'what is gpt-5', q: 'is this one proprietary' }, { after: 'tell me about llama 4 scout', q: 'is it open source?' }, { after: 'which model has the biggest context window', q: 'does it run locally?' }] },
  { rule: 'weigh-pointer', asks: [{ after: 'what is a gan', q: 'how is that different from a vae?' }] },
  { rule: 'weigh-model', asks: [{ after: 'tell me about midjourney v7', q: 'is it better than dall-e 3?' }, { after: "what's the best reasoning model", q: 'how does it compare to gpt-5?' }] },
  { rule: 'weigh-concept', asks: [{ after: 'what is a gan', q: 'is it better than a diffusion model' }] },
  { rule: 'weigh-both', asks: [{ after: 'compare gpt-5 and claude opus 4.5', q: 'how do they compare on price?' }] },
  { rule: 'alternative', asks: [{ after: 'best model for image generation for our marketing team', q: 'any cheaper alternative?' }, { after: 'recommend a model for customer support', q: 'is there something open source instead?' }] },
];

interface Named {
  name: string;
}

/** Every table a rule sits in: the resolutions, the carry-over and its groups. */
const TABLES = [RESOLUTIONS, CARRY, ...CARRY.filter((s) => Array.isArray(s))] as unknown as Array<Array<Named | Named[]>>;
const ruleNames = () => TABLES.flatMap((t) => t.filter((r): r is Named => !Array.isArray(r)).map((r) => r.name));

/** The resolved follow-up, models, concepts and passages by name, without the previous turn. */
function resolved(p: Phrasing): string {
  const turn = f.turn(p.after);
  const previous: Turn = p.items ? { ...turn, items: p.items.map((text) => ({ text })) } : turn;
  const u: Understanding = understand(p.q, f.uctx, previous);
  return JSON.stringify(u, (key, v) => {
    if (key === 'previous') return undefined;
    if (v && typeof v === 'object' && 'narrower' in v) return `concept:${v.id}`;
    if (v && typeof v === 'object' && 'docId' in v) return `passage:${v.id}`;
    if (v && typeof v === 'object' && f.kb.models.includes(v)) return `model:${v.name}`;
    return v;
  });
}

/** The follow-up resolved with one rule taken out of its table. */
function resolvedWithout(rule: string, p: Phrasing): string {
  const table = TABLES.find((t) => t.some((r) => !Array.isArray(r) && r.name === rule))!;
  const at = table.findIndex((r) => !Array.isArray(r) && r.name === rule);
  const [taken] = table.splice(at, 1);
  try {
    return resolved(p);
  } finally {
    table.splice(at, 0, taken!);
  }
}

describe('the follow-up rules', () => {
  it('has a row for every rule, and every rule a distinct name', () => {
    const names = ruleNames();
    expect(new Set(names).size).toBe(names.length);
    expect(ROWS.map((r) => r.rule).sort()).toEqual([...names].sort());
  });

  const cases = ROWS.flatMap((r) => r.asks.map((p) => [r.rule, `${p.q} (after "${p.after}")`, p] as const));
  it.each(cases)('%s resolves %j, and without that rule otherwise', (rule, _shown, p) => {
    expect(resolvedWithout(rule, p)).not.toBe(resolved(p));
  });
});
