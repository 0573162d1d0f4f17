/**
 * A follow-up asking for another model than the one the last answer picked ("any cheaper
 * alternative?", "is there a Heddle AI option?", "something proprietary?", "how does it compare to the
 * runner-up?") is answered with a model of the pick's kind that is so, from the catalog, or with a
 * plain "my documents list none", instead of the pick's price again or every model of the kind.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { parseKnowledgeText } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { model } from '../fixture-kb.js';

const KINDS = `---
title: Kinds of loom model
concepts:
  - name: open model
    aliases: [open models, open-weight model, open-weight models, open weights]
    kind: model-type
  - name: proprietary model
    aliases: [proprietary models, closed model, closed models, closed-source model]
    kind: model-type
---
# Kinds of loom model

## Open models
An **open model** publishes its weights, so a mill can run it on machines it owns and pays no fee per request.

## Proprietary models
A **proprietary model** is reached only through its maker's service; its weights stay with the maker.
`;

const CATALOG = [
  model({ name: 'Quill Weave', developer: 'Heddle AI', access: 'proprietary', categories: ['code'], strengths: ['best at loom control programs'], pricing: { input_per_1m: 2, output_per_1m: 8 }, deployment: ['api'] }),
  model({ name: 'Shuttle Code', developer: 'Bobbin Labs', access: 'open', categories: ['code'], strengths: ['open code model for loom control programs'], pricing: { input_per_1m: null, output_per_1m: null, note: 'free to download' } }),
  model({ name: 'Reel One', developer: 'Frame Co', categories: ['video'], strengths: ['short marketing reels for mills'] }),
  model({ name: 'Motion Nine', developer: 'Gantry', categories: ['video'], strengths: ['realistic crowds at looms'] }),
  model({ name: 'Cine Loom', developer: 'Heddle AI', categories: ['video'], strengths: ['cinematic mill scenes'] }),
  model({ name: 'Thread Sage', developer: 'Heddle AI', access: 'proprietary', categories: ['llm'], strengths: ['careful reasoning about weave arithmetic'], deployment: ['api'] }),
  model({ name: 'Open Thread', developer: 'Commons Mill', access: 'open', categories: ['llm'], strengths: ['runs on one server'] }),
  model({ name: 'Loomwright 2', developer: 'Shuttle Labs', access: 'open', categories: ['image'], strengths: ['runs on the mill floor'], deployment: ['self-hosted', 'on-premise'] }),
  model({ name: 'Bobbin Art', developer: 'Spool Inc', access: 'proprietary', categories: ['image'], strengths: ['the most striking patterns'], deployment: ['api'] }),
];

function knowledge(): KnowledgeBase {
  const file = parseKnowledgeText('kinds.md', 'markdown', KINDS);
  return { dir: '/fixture', documents: file.document ? [file.document] : [], passages: file.passages, models: CATALOG, synonyms: [], concepts: file.concepts ?? [], problems: [], loadedAt: new Date(0), hash: 'pick-alternative' };
}

const guide = createGuide(knowledge());
const code = ['which code model is best for loom control programs?'];
const video = ['best video model for marketing reels?'];
const images = ['which model should we use to make pattern pictures on our own servers?'];

describe('the picks the thread follows', () => {
  it('picks a model for each situation', () => {
    expect(guide.ask({ text: code[0]!, history: [] }).text).toMatch(/^\*\*Quill Weave\*\*/);
    expect(guide.ask({ text: video[0]!, history: [] }).text).toMatch(/^\*\*Reel One\*\*/);
    expect(guide.ask({ text: images[0]!, history: [] }).text).toMatch(/^\*\*Loomwright 2\*\*/);
  });
});

describe('a cheaper alternative to the pick', () => {
  it('names an open model of the same kind, with no per-token fee, beside the pick\'s price', () => {
    const a = guide.ask({ text: 'any cheaper alternative?', history: code });
    expect(a.text).toMatch(/^\*\*Shuttle Code\*\* \(Bobbin Labs\) is a cheaper alternative to Quill Weave: it has open weights, so there is no per-token fee, only the infrastructure to run it \(free to download\)\. Quill Weave costs \$2\.00 input \/ \$8\.00 output per 1M tokens\./);
  });

  it('says an open pick has no per-token fee to undercut', () => {
    expect(guide.ask({ text: 'is there a cheaper option?', history: images }).text).toMatch(/^\*\*Loomwright 2\*\*, the pick, already has open weights, so there is no per-token fee to undercut/);
  });
});

describe('the pick against its runner-up', () => {
  it('compares the pick with the first alternative the answer named', () => {
    expect(guide.ask({ text: 'how does it compare to the runner-up?', history: code }).text).toMatch(/^\*\*Quill Weave\*\* and \*\*Shuttle Code\*\*/);
  });

  it('weighs the runner-up against the pick on the figure asked', () => {
    const a = guide.ask({ text: 'is the runner-up cheaper?', history: code });
    expect(a.text).toMatch(/^Shuttle Code has no per-token fee/);
    expect(a.text).toContain('Quill Weave costs');
  });
});

describe('the runner-up itself', () => {
  it('names the first alternative the answer offered', () => {
    expect(guide.ask({ text: 'second best?', history: code }).text).toBe('**Shuttle Code** (Bobbin Labs) was the runner-up to Quill Weave: open code model for loom control programs.');
  });
});

describe('an option from a named developer', () => {
  it('names that developer\'s model of the same kind', () => {
    expect(guide.ask({ text: 'is there a Heddle AI option?', history: video }).text).toMatch(/^\*\*Cine Loom\*\* is the Heddle AI option: cinematic mill scenes\./);
    expect(guide.ask({ text: 'anything from Gantry?', history: video }).text).toMatch(/^\*\*Motion Nine\*\* is the Gantry option/);
  });

  it('says plainly when the documents list none of that kind from it', () => {
    expect(guide.ask({ text: 'anything from Spool Inc?', history: video }).text).toBe('My documents list no video generation model from Spool Inc. The ones they list come from Frame Co, Gantry and Heddle AI. The pick was **Reel One**.');
  });

  it('does not read "is it from…?", asked of the pick itself, as a call for another option', () => {
    expect(guide.ask({ text: 'is it from Heddle AI?', history: video }).text).not.toContain('Heddle AI option');
  });
});

describe('an option of the other access', () => {
  it('names the proprietary model of the kind, and the in-house need it gives up', () => {
    for (const text of ['what about something proprietary?', 'and a closed-source option?']) {
      const a = guide.ask({ text, history: images });
      expect(a.text).toMatch(/^\*\*Bobbin Art\*\* \(Spool Inc\) is the proprietary option: the most striking patterns\./);
      expect(a.text).toContain("it runs only through Spool Inc's service, so it cannot run on your own infrastructure as Loomwright 2, the pick, can.");
    }
  });
});

describe('an option of the other access that meets none of the need', () => {
  it('offers it as an option without calling it a fit', () => {
    const history = ['best model for weave arithmetic reasoning?'];
    expect(guide.ask({ text: history[0]!, history: [] }).text).toMatch(/^\*\*Thread Sage\*\*/);
    expect(guide.ask({ text: 'any open-source alternative?', history }).text).toMatch(/^\*\*Open Thread\*\* \(Commons Mill\) is an open-weight option, though my documents note nothing of it for that need: runs on one server\./);
  });
});
