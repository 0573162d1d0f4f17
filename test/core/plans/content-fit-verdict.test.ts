/**
 * "Is it any good for code?", "can X make videos?": whether one model is for a kind of content is read
 * off its own entry, and a follow-up asks it of the model the thread is about, not of a family member
 * whose name holds the content's word.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model, models } from '../fixture-kb.js';

const ORCA = model({ name: 'Orca 3', developer: 'Whale Labs', access: 'open', family: 'Orca', categories: ['llm'], strengths: ['open weights you can host yourself'] });
const CODE_ORCA = model({ name: 'Code Orca', developer: 'Whale Labs', access: 'open', family: 'Orca', categories: ['code'], strengths: ['leading open-source code model', 'free'] });
const CHATTER = model({ name: 'Chatter', developer: 'Parrot Inc', access: 'proprietary', categories: ['llm'], strengths: ['accepts text and images as input'], use_cases: ['chatting with an assistant', 'generating images through the Easel integration'] });
const SEER = model({ name: 'Seer 2', developer: 'Parrot Inc', access: 'proprietary', categories: ['llm'], strengths: ['accepts text and images as input'] });
const guide = createGuide(knowledgeBase({ models: [...models, ORCA, CODE_ORCA, CHATTER, SEER] }));
const ask = (text: string, history: string[] = []) => guide.ask({ text, history }).text;

describe('whether a model is for a kind of content', () => {
  it.each([['is it any good for code?'], ['can it write code?'], ['is that one good for coding?']])('answers %j about the model the thread is about, not the family member named after code', (q) => {
    const text = ask(q, ['tell me about orca 3']);
    expect(text).toMatch(/^Not that my documents record: they list Orca 3 as an open-source large language model \(LLM\), not as a code generation model\./);
    expect(text).toContain('For code, its family has Code Orca, which is the leading open-source code model.');
  });

  it('still reads a family member named by its own word ("and code orca?")', () => {
    expect(ask('and code orca?', ['tell me about orca 3'])).toMatch(/^Code Orca is an open-source code generation model/);
  });

  it('says yes from the kinds a model is recorded as', () => {
    expect(ask('is Code Orca any good for coding?')).toBe('Yes: my documents list Code Orca as a code generation model; it is the leading open-source code model and is free.');
  });

  it('says a model recorded as another kind is not recorded for the content asked', () => {
    expect(ask('can Pixel Studio 7 make videos?')).toMatch(/^Not that my documents record: they list Pixel Studio 7 as a proprietary image generation model, not as a video generation model\./);
  });

  it('says yes from a recorded use that makes the content', () => {
    expect(ask('can Chatter make images?')).toBe("Yes: Chatter's recorded uses include generating images through the Easel integration.");
  });

  it('does not take what a model accepts as input for what it makes', () => {
    expect(ask('can Seer 2 make images?')).toMatch(/^Not that my documents record: they list Seer 2 as a proprietary large language model/);
  });
});
