/**
 * Options that one section lists with their timelines and costs are picked by the deadline, team
 * size or budget the question states: the option that fits leads, with its figure, and one line
 * says what the others take, instead of the list with no pick. A question that states no such
 * constraint keeps the plan's own answer.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const ROUTES = `---
title: Labelling data
---
# Labelling data

## Labelling routes: crowd vs in-house vs expert panels
**There are three labelling routes**, each with its own cost and timeline:
- Crowd labelling: sending items to a crowd platform is the quickest route (days to weeks), and it suits simple labels.
- In-house annotators: hiring and training your own annotators takes 3 to 6 weeks, and it suits sensitive records.
- Expert panels: recruiting a panel of domain experts takes months and millions of dollars, so it suits only rare specialist labels.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'labelling.md': ROUTES }));

describe('option fit: a stated deadline picks among listed options', () => {
  it.each([
    'labels must be done in ten days: crowd labelling, in-house annotators or expert panels?',
    'we have 12 days until launch - crowd, in-house annotators, or an expert panel?',
  ])('%j picks the option that can be done in time', (q) => {
    const a = guide.ask({ text: q });
    expect(a.text).toMatch(/^\*\*Crowd labelling\*\* fits a (?:ten|twelve)-day deadline: .*\(days to weeks\)/);
    expect(a.text).toContain('in-house annotators, 3 to 6 weeks');
    expect(a.text).toContain('expert panels, months and millions of dollars');
  });

  it('picks among the options offered, not one the question left out', () => {
    const a = guide.ask({ text: 'we need labels within 5 weeks: in-house annotators or expert panels?' });
    expect(a.text).toMatch(/^\*\*In-house annotators\*\* fits a five-week deadline/);
  });

  it('a small team rules out the option costing millions', () => {
    const a = guide.ask({ text: 'tiny team here: in-house annotators or expert panels for our labels?' });
    expect(a.text).toMatch(/^\*\*In-house annotators\*\* fits a small team/);
  });

  it('with no deadline, team or budget stated there is no such pick', () => {
    const a = guide.ask({ text: 'crowd labelling, in-house annotators or expert panels?' });
    expect(a.text).not.toMatch(/ fits (?:a|an) /);
  });
});
