/**
 * Follow-ups answered from the conversation's subject: the sentence that holds what the follow-up
 * itself asks, not the subject's most general sentence that shares one of its words.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { verdictEvidence } from '../../../src/core/plans/yesno.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SPEECH = `# Speech models

## Speech recognition models
A **speech recognition model** is a specialised model that turns recorded speech into text, trained on hours of audio paired with transcripts.

## What speech recognition models are used for
Speech recognition models are used for meeting notes and captions. Most ship trained on many languages, which makes them versatile. Speech recognition models are also often tuned further for one language, such as Cantonese, so they transcribe it especially well.

## Limitations of speech recognition models
Specialised speech models still slip on crosstalk and on rare names, so a person checks important transcripts.

## Speech recognition vendors
Specialised vendors sell hosted speech recognition, and specialised open models can run on a laptop.

## Speech recognition hardware
Specialised chips in phones run small speech recognition models offline.

## Speech recognition benchmarks
Specialised test sets score transcripts by their word error rate.
`;

const kb = docsKnowledgeBase({}, { 'speech.md': SPEECH });
const f = coreFixture(kb);
const guide = createGuide(kb);

describe('explanation evidence: follow-ups', () => {
  const history = ["what's a speech recognition model"];
  const question = 'can you specialise one for just cantonese?';

  it('reads "can you…" about words the knowledge has as a question, not as a request for help', () => {
    expect(f.read('can you specialise one for just cantonese?').intent).not.toBe('help');
  });

  it('weighs the words the follow-up brings above those carried from the conversation', () => {
    const u = f.read(question, history);
    expect(u.followUp).toBe(true);
    const evidence = verdictEvidence(f.plan, u);
    const coverageOf = (text: string) => evidence.find((e) => e.unit.unit.text.includes(text))?.coverage ?? 0;
    expect(coverageOf('such as Cantonese')).toBeGreaterThan(coverageOf('is a specialised model that turns') * 1.25);
  });

  it('answers with the sentence naming what the follow-up asks about', () => {
    const a = guide.ask({ text: question, history });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('tuned further for one language, such as Cantonese');
  });
});

describe('explanation evidence: a pronoun after two subjects', () => {
  const TWO = `# Media notes

## Hologram models
A **hologram model** is an ambitious fine-tune of a lightfield model that renders the scenes it makes as holograms a viewer can walk around. Hologram models are still very experimental: a few labs are building them, but the type remains at an early stage.

## Lightfield models
A **lightfield model** captures a scene from many angles at once and renders new views of it. Lightfield models have already seen some adoption after a few years, but for now lightfield models remain quite experimental.

## Limitations of lightfield models
Lightfield models are still costly, because lightfield capture needs many cameras.
`;
  const guide2 = createGuide(docsKnowledgeBase({}, { 'media.md': TWO }, [['further along', 'adoption', 'experimental', 'early', 'shipping']]));

  it('answers about the subject named first, the one "those" points at', () => {
    const a = guide2.ask({ text: 'is anyone actually shipping those yet?', history: ['someone said hologram models are the next big thing after lightfield models'] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Hologram models are still very experimental');
    expect(a.text).not.toContain('some adoption');
  });
});
