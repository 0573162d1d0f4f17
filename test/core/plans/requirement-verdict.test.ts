/**
 * "Can we ship code from a code LLM without review?", "can we merge AI-written code straight to
 * main?": a plan that leaves out a step is answered No from the sentence saying the step is needed,
 * not from a definition that merely uses the step's word.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SCRIPT = `# Script writers

## Script writer models
A script writer model is a model trained on screenplays so it can draft, polish, review and format scripts for film.

## Limits of script writer models
The weak spot of script writer models is continuity. Their drafts often lose track of who is in a scene. Every generated script therefore needs an editor's check before it goes to production.

## Questions before production
Must every generated script be logged for the studio's archive?
`;
const guide = createGuide(docsKnowledgeBase({}, { 'scripts.md': SCRIPT }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('requirement verdict: a plan leaving out a step the documents call needed', () => {
  it.each(['can we send scripts from a script writer model to production without a check?', 'can we skip the check on generated scripts?', 'can we send scripts from a script writer model straight to production?'])('answers %j No from the requirement', (q) => {
    const a = ask(q);
    expect(a.text).toMatch(/^No: every generated script needs an editor's check before it goes to production\. The weak spot of script writer models is continuity\. Their drafts often lose track/);
  });

  // A conclusion the asker draws and tags for a yes ("…, so we can skip X, right?"), a "don't need
  // anyone doing X", and a can-we clause after its setting ask the same.
  it.each([
    'script writer models draft everything now, so we can skip the check, right?',
    "so we don't need anyone checking generated scripts anymore, correct?",
    'now that script writer models draft whole films, can we skip checking what they write?',
  ])('answers %j No from the requirement', (q) => {
    expect(ask(q).text).toMatch(/^No: every generated script needs an editor's check before it goes to production\./);
  });

  it('takes no question in the documents for a requirement', () => {
    expect(ask('can we send scripts from a script writer model to production without logging?').text).not.toMatch(/^No: must/i);
  });

  it('leaves a step the documents never call needed to the other plans', () => {
    expect(ask('can we use a script writer model without a screenplay?').text).not.toMatch(/^No: every generated script/);
  });
});
