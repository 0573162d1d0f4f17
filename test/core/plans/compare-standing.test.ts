/**
 * "Which is further along?" is followed, after the sentence that ranks the two sides, by where each
 * side stands (its limitations section, short items folded into the sentence) rather than what each
 * side is; "why did X beat Y?" is answered by the section comparing the two, not by one side's
 * definition; the first side of "which is further along, X or Y models" is the clause before "or";
 * a section setting the sides out property by property is quoted whole even after a long lead.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readSides } from '../../../src/core/understand/sides.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const NEWSROOM = `---
title: Models for a newsroom
concepts:
  - name: headline model
    aliases: [headline models, headline writer, headline writers]
    kind: model-type
  - name: tagging model
    aliases: [tagging models, tagger, taggers]
    kind: model-type
  - name: keyword filter
    aliases: [keyword filters]
    kind: concept
  - name: learned filter
    aliases: [learned filters]
    kind: concept
---
# Models for a newsroom

## Headline models
A **headline model** drafts a headline for each story, in the house style. Newsrooms run one on every story they publish.

## Tagging models
A **tagging model** adds subject tags to each story a reporter files, so editors can find related pieces.

## Limitations of headline models
**Headline models are dependable but still slip on names**, and they are about as mature as tagging models, although more newsrooms have adopted them than tagging models. Most are sold as hosted services.

## Limitations of tagging models
**Tagging models are still quite experimental**, even though some desks use them, because they struggle with:
- Stories on brand-new subjects.
- Stories that mix two beats.
- Tags for people and places, which need a list of names that few desks keep up to date and that the model cannot check on its own.

## Keyword filters
A **keyword filter** holds back a reader comment when it contains a word from a fixed list. Because a keyword filter only matches its fixed list, it cannot learn the new wording that learned filters pick up.

## Learned filters
A **learned filter** is a classifier trained on labelled comments that scores each new comment for abuse.

## Learned filters vs keyword filters
**Learned filters differ from keyword filters** in what they look at: a keyword filter checks a comment against a fixed word list, while a learned filter weighs the whole comment at once. Learning from new examples is why learned filters won out: they keep up as commenters change their wording.
`;

const kb = docsKnowledgeBase({}, { 'newsroom.md': NEWSROOM });
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison standing: where each side stands after the verdict', () => {
  it.each([
    'headline vs tagging models — which is further along right now',
    'which is further along, headline or tagging models',
    'are tagging models further along than headline models?',
  ])('follows the ranking sentence of %j with the other side\'s standing, not the two definitions', (question) => {
    const text = ask(question);
    expect(text.startsWith('**Headline models are dependable but still slip on names**')).toBe(true);
    expect(text).toContain('- **Tagging models are still quite experimental**, even though some desks use them, because they struggle with stories on brand-new subjects and stories that mix two beats.');
    expect(text).not.toContain('adds subject tags to each story');
    expect(text).not.toContain('drafts a headline for each story');
  });

  it.each(['are headline models more mature than tagging models?', 'is the headline model more established than the tagging model'])('opens %j on the sentence that ranks the two', (question) => {
    expect(ask(question).startsWith('**Headline models are dependable but still slip on names**')).toBe(true);
  });

  it('reads the first side of "which is further along, X or Y models" from the clause just before "or"', () => {
    const none = { concepts: [], models: [], articles: [], unknownNames: [], names: [], placeholderText: '', linkedWords: new Set<string>(), mentions: [] };
    const sides = readSides('which is further along, headline or tagging models', 'comparison', none, f.uctx);
    expect(sides.map((s) => s.concept?.name)).toEqual(['headline model', 'tagging model']);
  });

  it('still resolves a first side that only points back ("X, is that the same as Y?")', () => {
    const u = f.read('keyword filter, is that the same thing as a learned filter?');
    expect(u.sides.map((s) => s.concept?.name)).toEqual(['keyword filter', 'learned filter']);
  });
});

describe('why one side beat the other', () => {
  it.each(['why did learned filters beat keyword filters', 'why did everyone switch from keyword filters to learned filters', 'why are learned filters better than keyword filters?'])(
    'answers %j with the section comparing the two',
    (question) => {
      expect(ask(question).startsWith('**Learned filters differ from keyword filters** in what they look at')).toBe(true);
    },
  );

  it('keeps the explanation when no section compares the two sides', () => {
    expect(ask('why did headline models beat tagging models')).not.toMatch(/^\*\*Learned filters/);
  });
});

const DESKS = `---
title: Desk tools
concepts:
  - name: wire service
    aliases: [wire services]
    kind: concept
  - name: staff reporter
    aliases: [staff reporters]
    kind: concept
---
# Desk tools

## Wire services vs staff reporters
**Wire services trade exclusivity for reach, and staff reporters trade reach for exclusivity**: a wire story arrives fast, costs a flat subscription and runs in every paper at once, while a staff story costs a salary, takes longer and belongs to one paper alone. Most desks use both, taking routine news from the wires and sending their own people to the stories that set them apart. The trade-offs in detail (wire services vs staff reporters):
- Cost: a flat monthly subscription shared across every title vs a salary, expenses and the editing time of one desk.
- Speed: minutes after the event, with updates through the day vs hours or days, depending on travel and sources.
- Exclusivity: the same copy in every competing paper vs a story no other paper has.
- Local knowledge: general coverage written for any reader anywhere vs sources, places and history the desk already knows well.
- Control: little say over angle or timing vs full control of angle, length and when the story runs.
`;

describe('comparison: a side-by-side section with a long lead', () => {
  it('quotes the section through its last item even when the lead and the list together run long', () => {
    const text = createGuide(docsKnowledgeBase({}, { 'desks.md': DESKS })).ask({ text: 'wire services vs staff reporters, what are the tradeoffs for a desk like ours' }).text;
    expect(text.length).toBeGreaterThan(900);
    expect(text.startsWith('**Wire services trade exclusivity for reach')).toBe(true);
    expect(text).toContain('- Control: little say over angle or timing vs full control of angle, length and when the story runs.');
  });
});
