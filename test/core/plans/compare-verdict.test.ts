/**
 * A comparison that asks which side is ahead ("which one wins?", "are X still behind Y?") opens on
 * the sentence that ranks the two sides, not on how they differ; a plain "what's the difference"
 * still opens on the section comparing them.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SHOP = `---
title: Models for online shops
concepts:
  - name: recommender model
    aliases: [recommender models, recommender, recommenders, recommendation engine]
    kind: model-type
  - name: forecasting model
    aliases: [forecasting models, forecaster, forecasters, demand forecasting model]
    kind: model-type
---
# Models for online shops

## Recommender models
A **recommender model** ranks products for each shopper from what similar shoppers bought. Shops tune them weekly.

## Forecasting models
A **forecasting model** predicts how many units of each product will sell next month, so buyers can order stock in time.

## Adoption of forecasting models
Forecasting models have been slow to spread through retail. Recommender models are used far more widely than forecasting models, since almost every large shop already runs one while forecasting is mostly in pilots.

## Returns from shop models
Shops report that recommender models pay back sooner than forecasting models: 64% of recommender projects broke even within a year, against 38% of forecasting projects.

## Recommender models vs forecasting models (recommender vs forecasting)
A recommender model works per shopper and per visit, while a forecasting model works per product over weeks or months. Both learn from past orders, and both need a year of history before they are any use to a shop. Side by side (recommender vs forecasting):
- Unit of work: one shopper vs one product.
- Horizon: one visit vs weeks or months.
- Break-even within a year: 64% vs 38%.
A recommender model works per shopper and per visit, while a forecasting model works per product over weeks or months.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'shop.md': SHOP }));
const ask = (text: string) => guide.ask({ text });
const RANKS = 'Recommender models are used far more widely than forecasting models';

describe('comparison verdict: which side is ahead', () => {
  it.each([
    'recommender vs forecasting models, which one is further along?',
    'forecasting models or recommender models: which is ahead right now',
    'recommenders vs forecasters — who is winning',
    'are forecasting models still behind recommender models?',
    'have forecasting models caught up with recommenders yet',
    // A yes/no that ranks the sides asks which one is ahead, too.
    'are forecasting models as good as recommender models these days?',
    'is a forecasting model better than a recommender for shops?',
  ])('opens %j on the sentence that ranks the two', (question) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(RANKS)).toBe(true);
  });

  it('keeps the section that compares both after the verdict, without repeating the verdict', () => {
    const a = ask('recommender vs forecasting models, which one is further along?');
    expect(a.text).toContain('works per shopper and per visit');
    expect(a.text.split(RANKS).length).toBe(2);
  });

  it.each(['do recommender or forecasting projects get a better payback? any numbers', 'recommenders vs forecasters: which has more projects breaking even'])('answers %j with the figures, each with its side, once', (question) => {
    const a = ask(question);
    expect(a.text.startsWith('Shops report that recommender models pay back sooner than forecasting models: 64% of recommender projects')).toBe(true);
    expect(a.text.match(/64%/g)?.length).toBe(1);
  });

  it.each(["what's the difference between recommender and forecasting models", 'recommender models vs forecasting models'])('answers %j with the difference first', (question) => {
    const a = ask(question);
    expect(a.text.startsWith('A recommender model works per shopper')).toBe(true);
  });

  it('reads a section that sets the sides out property by property through its last item', () => {
    const a = ask('recommender models vs forecasting models, what are the tradeoffs for a shop like ours');
    expect(a.text.startsWith('A recommender model works per shopper')).toBe(true);
    expect(a.text).toContain('- Unit of work: one shopper vs one product.\n- Horizon: one visit vs weeks or months.');
  });

  it('opens on the sentence that settles the contest with a side as its subject, not on one that only leans or gives the reason', () => {
    const FARM = `---
title: Farm sensing
concepts:
  - name: drone survey
    aliases: [drone surveys, drones]
    kind: technique
  - name: satellite survey
    aliases: [satellite surveys, satellites]
    kind: technique
---
# Farm sensing

## Satellite surveys
A **satellite survey** maps a whole region's fields from orbit once a week. Satellite surveys have lost their lead in crop scouting to drone surveys, yet for regional yield estimates a satellite is still the tool to use.

## Drone surveys
A **drone survey** photographs one field from a few metres up, at centimetre detail. Drone surveys replaced satellite surveys as the standard choice for crop scouting.

## Why drones won
Cloud cover is the reason drone surveys replaced satellite surveys for crop scouting.
`;
    const farm = createGuide(docsKnowledgeBase({}, { 'farm.md': FARM }));
    const a = farm.ask({ text: 'drones vs satellites for crop scouting, which one wins' });
    expect(a.text.startsWith('Drone surveys replaced satellite surveys as the standard choice')).toBe(true);
  });
});

describe('comparison verdict: which side has more users or adoption', () => {
  it.each([
    'recommender vs forecasting models: which has more users?',
    'recommenders vs forecasters, which gets used more?',
    'recommender vs forecasting models, which one is used more',
    'recommenders or forecasters: which are adopted more?',
    'recommenders vs forecasters, which is more widely adopted?',
  ])('opens %j on the sentence that ranks the two', (question) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(RANKS)).toBe(true);
  });
});

describe('comparison verdict: use is ranked by a sentence about use', () => {
  const TOOLS = `---
title: Widget and gadget models
concepts:
  - name: widget model
    aliases: [widget models]
    kind: model-type
  - name: gadget model
    aliases: [gadget models]
    kind: model-type
---
# Widget and gadget models

## Widget models
A **widget model** sorts parcels by size. Widget models are more useful than gadget models for sorting parcels by size.

## Gadget models
A **gadget model** labels parcels by destination. Across warehouses, gadget models are used far more widely than widget models, which are mostly in pilots.
`;
  const tools = createGuide(docsKnowledgeBase({}, { 'tools.md': TOOLS }));
  it.each(['widget vs gadget models: which has more users?', 'widget models vs gadget models, which one is used more?'])('opens %j on the sentence about use, not on "more useful"', (question) => {
    const a = tools.ask({ text: question });
    expect(a.text).toMatch(/^Across warehouses, gadget models are used far more widely/);
  });
});

const SCORING = `---
title: Scoring models
concepts:
  - name: batch model
    aliases: [batch models, batch scoring]
    kind: model-type
  - name: stream model
    aliases: [stream models, streaming model, stream scoring]
    kind: model-type
---
# Scoring models

## Batch models
A **batch model** scores every record once a night from a snapshot.

## Stream models
A **stream model** scores each record the moment it arrives.

## Tuning batch and stream models
Teams tune stream models by hand rather than with batch search jobs.

## Batch models vs stream models (batch vs stream)
A batch model works on a nightly snapshot, while a stream model works record by record, so only a stream model can raise an alert within seconds.
`;

describe('comparison verdict: what ranks', () => {
  const scoring = createGuide(docsKnowledgeBase({}, { 'scoring.md': SCORING }));
  it('reads "rather than" as a contrast, not as one side ranked above the other', () => {
    const a = scoring.ask({ text: 'is a stream model better than a batch model for alerts?' });
    expect(a.text).not.toMatch(/^Teams tune/);
    expect(a.text).toContain('only a stream model can raise an alert');
  });
});
