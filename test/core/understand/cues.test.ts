/**
 * The cues the plans take from a question's wording are read once, in understanding: each reader
 * maps a phrasing to a typed value, and a follow-up's cues are those of its own words (the text the
 * understanding keeps), not the earlier turn's.
 */
import { describe, expect, it } from 'vitest';
import { createModelMatcher } from '../../../src/core/catalog/model-matcher.js';
import { readAdoptionCues } from '../../../src/core/understand/adoption-cues.js';
import { readBudgetCues } from '../../../src/core/understand/budget-cues.js';
import { readChoiceCues } from '../../../src/core/understand/choice-cues.js';
import { readComparisonCues } from '../../../src/core/understand/comparison-cues.js';
import { readFigureCues } from '../../../src/core/understand/figure-cues.js';
import { readHostingCues } from '../../../src/core/understand/hosting-cues.js';
import { readListCues } from '../../../src/core/understand/list-cues.js';
import { readOutputCues } from '../../../src/core/understand/output-cues.js';
import { readProposalCues } from '../../../src/core/understand/proposal-cues.js';
import { readSizeCues } from '../../../src/core/understand/size-cues.js';
import { readStepCues } from '../../../src/core/understand/step-cues.js';
import { readRankingCues } from '../../../src/core/understand/ranking-cues.js';
import { readLikenessCues, readVerdictCues } from '../../../src/core/understand/verdict-cues.js';
import { coreFixture } from '../fixture-context.js';
import { knowledgeBase, models } from '../fixture-kb.js';

describe('figure cues', () => {
  it.each([
    ['whats the input cost on alpha 2 pro', 'input'],
    ['cheapest per output token?', 'output'],
    ['input and output rates for beta 1 pls', 'both'],
    ['how much is beta 1', undefined],
  ] as const)('%j names the %s side of a token price', (question, side) => {
    expect(readFigureCues(question).tokens).toBe(side);
  });

  it.each([
    ['top 3 llms for coding', 3],
    ['rank the image models by price', Infinity],
    ['which one model should i use', undefined],
  ] as const)('%j wants %s models', (question, count) => {
    expect(readFigureCues(question).wanted).toBe(count);
  });

  it.each([
    ['what would beta 1 cost us per month', 'monthly'],
    ['yearly bill for alpha 2 pro?', 'yearly'],
    ['whats the price each day', 'daily'],
    ['how much is it per token', undefined],
  ] as const)('%j asks a price per %s', (question, period) => {
    expect(readFigureCues(question).period).toBe(period);
  });

  it.each([
    ['which came out first, alpha or beta?', 'first'],
    ['in what order did they ship', 'first'],
    ['which one is newer', 'last'],
    ['which frontier model was released most recently?', 'last'],
    ['when was beta 1 released', undefined],
  ] as const)('%j asks the release order from the %s', (question, end) => {
    expect(readFigureCues(question).releaseEnd).toBe(end);
  });

  it.each([
    ['is beta 1 cheaper than alpha 2 pro', 'min'],
    ['is its window larger than the other one', 'max'],
    ['smaller but more expensive than alpha?', 'min'],
    ['is beta 1 any good', undefined],
  ] as const)('%j weighs toward the %s end', (question, end) => {
    expect(readFigureCues(question).comparative).toBe(end);
  });

  it('reads the measure after "how much" and an origin asked', () => {
    expect(readFigureCues('how much water did training take?').measured).toBe('water');
    expect(readFigureCues('which lab first introduced diffusion?').asksOrigin).toBe(true);
    expect(readFigureCues('what is diffusion').asksOrigin).toBeUndefined();
  });

  it('tells a benchmark named by its short name from a question naming none', () => {
    expect(readFigureCues('whats its mmlu score').namesBenchmark).toBe(true);
    expect(readFigureCues('whats its score').namesBenchmark).toBe(false);
  });

  it('tells an amount asked in so many words from a description asked', () => {
    expect(readFigureCues('how much does it cost').asksAmount).toBe(true);
    expect(readFigureCues('api price per million tokens?').asksAmount).toBe(true);
    expect(readFigureCues('what was it pitched as, cost-wise?').asksAmount).toBeUndefined();
  });

  it.each([
    ['its score on HellaSwag?', ['HellaSwag']],
    ['whats the humaneval score of beta 1', ['humaneval']],
    ['how did it do on arc-agi', ['arc-agi']],
    ['whats its benchmark score', undefined],
  ] as const)('%j names what a score is on: %j', (question, words) => {
    expect(readFigureCues(question).scoredOn).toEqual(words);
  });

});

describe('ranking cues', () => {
  const matcher = createModelMatcher(models);
  it.each([
    ['what kinds of image model are most common', { ofKinds: true, namesModel: false }],
    ['cheapest of beta 1 and alpha 2 pro', { ofKinds: false, namesModel: true }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readRankingCues(question, matcher)).toMatchObject(cues);
  });

  it('reads the model to beat after "than" only when another model is asked for', () => {
    expect(readRankingCues('anything cheaper than beta 1?', matcher).beyond).toBe('beta 1?');
    expect(readRankingCues('beta 1 is cheaper than alpha', matcher).beyond).toBeUndefined();
  });

  it.each([
    ['the tiniest variant of it', 'smallest', true],
    ['most capable size of alpha 2 pro', 'largest', false],
    ['which size of beta', undefined, false],
  ] as const)('%j asks the %s size (by size itself: %s)', (question, end, bySize) => {
    const cues = readRankingCues(question, matcher);
    expect(cues.sizeEnd).toBe(end);
    expect(cues.bySize).toBe(bySize);
    expect(cues.asksSizes).toBe(true);
  });
});

describe('verdict and likeness cues', () => {
  const terms = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
  it('reads the yes/no clause, its doubt and the alternative it is doubted against', () => {
    const cues = readVerdictCues('ok but do diffusion models actually understand images or just copy them?', terms);
    expect(cues.clause).toBe('do diffusion models actually understand images');
    expect(cues.doubts).toBe(true);
    expect(cues.alternative).toBe('just copy them');
    expect(cues.claimTerms).not.toContain('copy');
  });

  it.each([
    ['is it open source or do we pay per token', true],
    ['open weights or api only?', true],
    ['do they really reason or just imitate it?', false],
    ['can we self-host it or not?', false],
    ['can we self-host it, yes or no?', false],
  ] as const)('%j offers two answers to choose from: %s', (question, eitherOr) => {
    expect(readVerdictCues(question, terms).eitherOr).toBe(eitherOr);
  });

  it.each([
    ['is there a per-token fee if we host it', 'fee'],
    ['is gamma diffusion free to run', 'free'],
    ['can we run it on our servers', 'runs'],
  ] as const)('%j asks of running a model: %s', (question, running) => {
    expect(readVerdictCues(question, terms).running).toBe(running);
  });

  it.each([
    ['is a vae just another word for an autoencoder', { identity: true, justA: false }],
    ['is a gan basically a vae with two nets?', { identity: false, justA: true, plainJust: true }],
    ['are gans basically vaes or their own thing', { plainJust: false }],
    ['is a vae better than a gan', { than: true }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readLikenessCues(question)).toMatchObject(cues);
  });

  it.each([
    ['would it be right to think of a model as ordinary software, code running step by step?', { subject: 'model', predicate: 'software' }],
    ['is it fair to think of rag as just search?', { subject: 'rag', predicate: 'search' }],
    ['can we see an llm as a plain autocomplete', { subject: 'llm', predicate: 'autocomplete' }],
  ])('reads %j, a way of thinking of X as Y, as what X is by nature', (text, nature) => {
    expect(readLikenessCues(text).nature).toEqual(nature);
  });

  it('reads a thing asked about by nature, "X just Y"', () => {
    expect(readLikenessCues('is a diffusion model really just a denoiser?').nature).toEqual({ subject: 'diffusion model', predicate: 'denoiser' });
  });
});

describe('proposal cues', () => {
  it.each([
    ['my boss wants the biggest model for tagging tickets. overkill?', true, 'against'],
    ['should we still fine-tune on our docs', true, 'for'],
    ['is it worth paying for alpha 2 pro?', true, 'for'],
    ['which model should we use for tickets', false, 'open'],
    ['does it make sense to fine-tune for our support bot?', true, 'for'],
    ['would rag make sense for our help desk?', true, 'for'],
    // The second side of an either/or is no proposal: "X workable, or do we need Y?" asks which.
    ['is an api workable for us, or do we need an open model on our own servers?', false, 'for'],
  ] as const)('%j asks a verdict on a proposal: %s, leaning %s', (question, asked, lean) => {
    const cues = readProposalCues(question);
    expect(cues.asked).toBe(asked);
    expect(cues.lean).toBe(lean);
  });

  it('reads the clause that puts the proposal', () => {
    expect(readProposalCues('our cto wants to train our own model. good idea?').clause).toBe('our cto wants to train our own model.');
    // "Is X worth it?": what is weighed comes before "worth it".
    expect(readProposalCues('is fine-tuning worth it?').clause).toBe('is fine-tuning worth it?');
    expect(readProposalCues('our model does badly on contracts, is fine-tuning worth it?').clause).toBe(' is fine-tuning worth it?');
    // "Does it make sense to X for Y?": what it is for is the situation, not the proposal.
    expect(readProposalCues('does it make sense to fine-tune for our support bot?').clause).toBe('does it make sense to fine-tune ');
    expect(readProposalCues('would rag make sense for our help desk?').clause).toBe('would rag make sense ');
    expect(readProposalCues('does it make sense for us to train our own model?').clause).toBe('does it make sense for us to train our own model?');
  });
});

describe('comparison and list cues', () => {
  it.each([
    ['vae or gan, which one wins these days', { asksWhich: true, asksSame: false }],
    ['are open models as good as closed ones now?', { asksWhich: true }],
    ['is rag better than fine-tuning for support docs', { asksWhich: true }],
    ['is rag better for support docs', { asksWhich: false }],
    ['how far apart are alpha and beta on price', { asksSpread: true }],
    ['is there any real difference between vae and gan', { asksSame: true, opensYesNo: true }],
    ['why did diffusion beat gans', { whyWon: true }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readComparisonCues(question)).toMatchObject(cues);
  });

  it('reads the use stated after the sides', () => {
    expect(readComparisonCues('vae vs gan for our fraud team?').use).toEqual({ determiner: 'our ', what: 'fraud team' });
    expect(readComparisonCues('vae vs gan?').use).toBeUndefined();
  });

  it.each([
    ['what tools are out there for images', { asksModels: true, asksKinds: false }],
    ['what kinds of image models exist', { asksKinds: true, asksSorts: true, namesKinds: true }],
    ['ways to deploy a model', { asksWays: true, asksKinds: true }],
    ['the specialised llms besides general chat', { specialised: true }],
    ['what does the overview cover', { asksCoverage: true }],
    ['which models use chain of thought?', { asksUsers: true }],
    ['what kind of llms rely on mixture of experts', { asksUsers: true }],
    ['the top image tools, just their names', { namesOnly: true }],
    ['list the training stages, names only', { namesOnly: true }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readListCues(question)).toMatchObject(cues);
  });

  it.each(['which models do well at coding', 'what models do you know'])('%j asks no users of a technique', (question) => {
    expect(readListCues(question).asksUsers).toBeUndefined();
  });

  it.each(['which names does the catalog give open models', 'list the image models'])('%j asks for more than names', (question) => {
    expect(readListCues(question).namesOnly).toBeUndefined();
  });
});

describe('hosting cues', () => {
  it.each([
    ['at what volume does running our own gpus pay off', { asksWhen: true, saysThreshold: false }],
    ['whats the break even for hosting it ourselves', { asksWhen: true }],
    ['is there a token threshold for on-prem', { asksWhen: false, saysThreshold: true }],
    ['host it ourselves vs a vendor api?', { weighsWays: true }],
    ['is running it in house even worth the hassle', { saysWorth: true, weighsWays: false }],
    ['our records cannot ever leave the country', { dataMustStay: true }],
    ['logs have to remain in our own region', { dataMustStay: true }],
    ['we would rather keep logs local', { dataMustStay: false }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readHostingCues(question)).toMatchObject(cues);
  });

  it.each([
    ['we push 3 million tokens per day, api or our own box?', { said: '3 million tokens per day', monthly: 90e6, period: 'day', weighsAfter: true, eitherAfter: true }],
    ['about 400k tokens a week, host it ourselves?', { said: '400k tokens a week', period: 'week', weighsAfter: false, eitherAfter: false }],
    ['1.5b tokens/year vs a vendor', { monthly: 1.5e9 / 12, period: 'year', weighsAfter: true, eitherAfter: false }],
  ] as const)('%j states the rate %o', (question, rate) => {
    expect(readHostingCues(question).rate).toMatchObject(rate);
  });

  it('states no rate without a period', () => {
    expect(readHostingCues('we send 20 million tokens, self-host?').rate).toBeUndefined();
  });
});

describe('budget cues', () => {
  it.each([
    ['is 40 grand enough to fine tune something on our tickets', { way: 'finetune', asksIfItCovers: true, stated: { value: 40e3, text: '40 grand' } }],
    ['we got $3m, build our own llm or tune one?', { way: 'scratch', stated: { value: 3e6, text: '$3m' } }],
    ['can we afford training a model from scratch', { way: 'scratch', asksIfItCovers: true, whOpening: false }],
    ['how much does fine-tuning run you', { whOpening: true, asksIfItCovers: false }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readBudgetCues(question)).toMatchObject(cues);
  });

  it.each([
    'fine-tune on 50k examples, is that enough?',
    'is $500 enough to fine-tune',
    'would 80000 cover fine-tuning',
  ])('%j states no budget', (question) => {
    expect(readBudgetCues(question).stated).toBeUndefined();
  });

  it('names no way when it names neither', () => {
    expect(readBudgetCues('is $200k enough for an ai project').way).toBeUndefined();
  });
});

describe('output cues', () => {
  it.each([
    ['our product blurbs all read the same, what do we change', 'variety', 'variety'],
    ['the bot keeps making stuff up about refunds', 'focus', 'focus'],
    ['its replies are way too random lately', 'focus', 'focus'],
    ['which setting for generating sql', undefined, 'focus'],
    ['want brainstorm ideas for writing python scripts', 'variety', 'variety'],
    ['more creative but also accurate please', undefined, undefined],
    ['what does top-p do', undefined, undefined],
  ] as const)('%j wishes %s and turns toward %s', (question, wish, turn) => {
    const cues = readOutputCues(question);
    expect(cues.wish).toBe(wish);
    expect(cues.turn).toBe(turn);
  });
});

describe('step cues', () => {
  it.each([
    ['so can we deploy the summaries without any manual checking?', true, { step: 'checking' }],
    ['is it ok to push generated sql directly into prod', true, {}],
    ['skipping tests is fine right', false, { step: 'tests' }],
    ['we review everything before release', false, undefined],
  ] as const)('%j asks allowed %s and skips %o', (question, allowed, skipped) => {
    const cues = readStepCues(question);
    expect(cues.asksAllowed).toBe(allowed);
    expect(cues.skipped).toEqual(skipped);
  });
});

describe('adoption cues', () => {
  it.each([
    ['are agent models stable enough for prod', { asksReady: true, leansAgainst: false }],
    ['is it too soon to build on video gen', { asksReady: false, leansAgainst: true }],
    ['would betting on 3d models be premature', { asksReady: false, leansAgainst: true }],
    ['should we adopt video generation', { asksReady: false, leansAgainst: false }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readAdoptionCues(question)).toEqual(cues);
  });
});

describe('choice cues', () => {
  it.each([
    ['Which Production Metrics should we track daily', { afterWh: 'production metrics should we' }],
    ['pls recommend a model', { afterWh: undefined }],
    ['what knobs matter for summaries', { namesKindAsked: true }],
    ['what should we use for summaries', { namesKindAsked: false }],
    ['a plain llm or something specialised for legal?', { generalOption: 'a plain llm' }],
    ['a plain llm would do for legal', { generalOption: undefined }],
    ['lifelike product shots on a budget', { realism: true, saysOpen: false }],
    ['an open-weights model we can tune', { saysOpen: true }],
    ['the dominant approach for audio nowadays', { asksCurrent: true }],
    ['any tools for transcripts', { saysModelsOrTools: true }],
    ['what do startups typically go with for search', { asksUsual: true, asksHowTo: false }],
    ['how should we roll out an assistant without screwing it up', { asksHowTo: true, asksUsual: false }],
  ] as const)('%j reads %o', (question, cues) => {
    const read = readChoiceCues(question);
    for (const [field, value] of Object.entries(cues)) expect(read[field as keyof typeof read]).toBe(value);
  });
});

describe('size cues', () => {
  it.each([
    ['would a 34b count as mid tier', { asksClass: true, bounded: false, opensYesNo: true }],
    ['price of a model at most 8 billion params', { bounded: true, opensYesNo: false }],
    ['where does 13B fall', { asksClass: false, bounded: false }],
  ] as const)('%j reads %o', (question, cues) => {
    expect(readSizeCues(question)).toMatchObject(cues);
  });
});

describe('said cues', () => {
  const f = coreFixture(knowledgeBase());
  it('keep the words as written, lower-cased and split at every non-word character', () => {
    expect([...f.read('Downloads per month of Beta-1?').said.words]).toEqual(['downloads', 'per', 'month', 'of', 'beta', '1', '']);
  });
});

describe('the cues of a follow-up', () => {
  const f = coreFixture(knowledgeBase());
  it('are read from its own words, not the earlier question it was resolved against', () => {
    const u = f.read('and the output rate?', ['what would beta 1 cost us per month?']);
    expect(u.followUp).toBe(true);
    expect(u.figures.tokens).toBe('output');
    expect(u.figures.period).toBeUndefined();
    expect(u.figures.stems).toEqual(f.read('and the output rate?').figures.stems);
  });
});

describe('a score named by a word the knowledge never uses', () => {
  const f = coreFixture(knowledgeBase());
  it('names a benchmark no model has a score on; a word the knowledge uses does not', () => {
    expect(f.read('what is the HellaSwag score of beta 1?').figures.namesBenchmark).toBe(true);
    expect(f.read('what is the coding score of beta 1?').figures.namesBenchmark).toBe(false);
  });
});
