/**
 * "Rank the ways to launch by cost", "the quickest route to launch": a ranking over things that are
 * not models is answered from where the documents put a cost or a time on each of those things,
 * cheapest (or quickest) first with the figures, not with the catalog's price table; things the
 * documents list without a figure are said to be unpriced.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readItemRanking } from '../../../src/core/understand/item-ranking.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const ROUTES = `---
title: Launch routes for a model feature
concepts:
  - name: launch tier
    aliases: [launch tiers]
    kind: concept
---
# Launch routes for a model feature

## Launch routes and what they cost
**Launch spending** depends on the route a team takes to put a model feature live. Growing a model of your own from nothing costs $3 million or more. Renting a hosted model has no upfront cost. You pay per token, from $0.50 per million tokens. The bill ranges from $0.50 for renting to $3 million for growing your own. Adapting an open model on your own records costs from $20,000.

## Launch routes and how long they take
**Each launch route takes its own time**:
- Growing your own model: 9 months or more of training.
- Adapting an open model: 3 to 6 weeks.
- Renting a hosted model: live within days.

## Launch tiers
**Launch tiers** are how widely a model feature is released, and there are three:
- Pilot: one team tries the feature.
- Rollout: a whole department uses it.
- Fleet: the whole company uses it.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'routes.md': ROUTES }));
const order = (text: string, ...marks: string[]) => marks.map((m) => text.indexOf(m));

describe('ranking things the documents price that are not models', () => {
  it('reads what is ranked and on which scale', () => {
    expect(readItemRanking('rank the ways to launch a model feature by cost', 'ways', true)).toMatchObject({ noun: 'ways', on: 'cost', direction: 'min' });
    expect(readItemRanking("what's the most expensive route to launch?", undefined, true)).toMatchObject({ noun: 'route', direction: 'max' });
    expect(readItemRanking('which launch path is quickest?', undefined, false)).toMatchObject({ noun: 'path', words: 'launch path', on: 'time', direction: 'min' });
    expect(readItemRanking('rank the deployment options by cost', 'deployment options', true)).toMatchObject({ noun: 'options' });
    expect(readItemRanking('rank the image options by cost', 'image options', true)).toBeUndefined();
    expect(readItemRanking('rank the models by price', 'models', true)).toBeUndefined();
  });

  it.each(['rank the ways to put a model feature live by cost', 'order the routes to launch a model feature from cheapest to most expensive', 'cheapest way to launch a model feature?'])('%j orders the routes by what each costs, cheapest first', (q) => {
    const a = guide.ask({ text: q });
    expect(a.text).not.toMatch(/Alpha 2 Pro|Beta 1/);
    const [rent, adapt, grow] = order(a.text, 'Renting a hosted model', 'Adapting an open model', 'Growing a model');
    expect(rent).toBeGreaterThanOrEqual(0);
    expect(rent).toBeLessThan(adapt!);
    expect(adapt).toBeLessThan(grow!);
    expect(a.text).toContain('$20,000');
  });

  it('keeps a sentence that carries on about a thing with it, and leaves out the sentence spanning them all', () => {
    const a = guide.ask({ text: 'rank the ways to put a model feature live by cost' });
    expect(a.text).toMatch(/^By the costs my documents give, cheapest first:\n1\. Renting a hosted model has no upfront cost\. You pay per token/);
    expect(a.text).not.toMatch(/ranges from/);
    expect(a.text.split('\n')).toHaveLength(4);
  });

  it('puts the dearest first when the most expensive is asked', () => {
    const a = guide.ask({ text: 'what is the most expensive way to launch a model feature?' });
    expect(a.text).toMatch(/most expensive first:\n1\. Growing a model/);
  });

  it('orders by time when time is asked', () => {
    const a = guide.ask({ text: "what's the quickest route to launch a model feature?" });
    const [rent, adapt, grow] = order(a.text, 'Renting a hosted model', 'Adapting an open model', 'Growing your own');
    expect(rent).toBeGreaterThanOrEqual(0);
    expect(rent).toBeLessThan(adapt!);
    expect(adapt).toBeLessThan(grow!);
  });

  it('says plainly when the documents list the things but price none of them', () => {
    const a = guide.ask({ text: 'rank the launch tiers by cost' });
    expect(a.text).toMatch(/no cost for each of these launch tiers/);
    expect(a.text).toContain('Pilot');
    expect(a.text).not.toMatch(/Alpha 2 Pro|Beta 1/);
  });

  it('still ranks the catalog models by price', () => {
    const a = guide.ask({ text: 'rank the models by price' });
    expect(a.text.indexOf('Beta 1')).toBeGreaterThanOrEqual(0);
    expect(a.text.indexOf('Beta 1')).toBeLessThan(a.text.indexOf('Alpha 2 Pro'));
  });
});
