/** A yes/no about paying to run a model ("is there a per-token fee if we host it?") gets the verdict of that question, not of "can we host it". */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase } from '../fixture-kb.js';

const guide = createGuide(knowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('yes/no: fees for running a model yourself', () => {
  it('says no per-token fee for an open model run in-house', () => {
    expect(ask('is there a per-token fee if we run gamma diffusion 3 ourselves?')).toMatch(/^No: Gamma Diffusion 3 has open weights/);
  });

  it('says not quite free: the hardware is paid for', () => {
    expect(ask('is gamma diffusion 3 free to run on our own servers?')).toMatch(/^Not quite: Gamma Diffusion 3 has open weights/);
  });

  it('still says yes to whether an open model can be run in-house', () => {
    expect(ask('can we run gamma diffusion 3 on our own servers?')).toMatch(/^Yes: Gamma Diffusion 3 has open weights/);
  });
});
