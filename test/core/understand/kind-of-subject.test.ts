/**
 * "What kind of model is a world model based on?": asks what kind the subject after the copula is
 * or derives from; "what kind of model is best for images?" still asks for a kind to pick.
 */
import { describe, expect, it } from 'vitest';
import { asksKindOfPointer, asksKindOfSubject } from '../../../src/core/understand/kind-of-subject.js';

const named = { concepts: [{}], models: [] } as never;
const none = { concepts: [], models: [] } as never;

describe('asksKindOfSubject', () => {
  it.each(['what kind of model is a world model based on?', 'which type of model is an instruct model a fine-tune of', 'so what sort of network is a gan built from'])('reads %j as asking what its named subject is', (q) => {
    expect(asksKindOfSubject(q, named)).toBe(true);
  });

  it.each(['which kind of model is it a fine-tune of', 'what type of model are they based on?'])('reads %j as asking it of the subject pointed back at', (q) => {
    expect(asksKindOfSubject(q, none)).toBe(true);
    expect(asksKindOfPointer(q)).toBe(true);
  });

  it.each(['what kind of model is best for images', 'what type of model is needed for transcription', 'what kind of model is a good fit for rag', 'which type of model is used for audio'])('leaves %j a pick', (q) => {
    expect(asksKindOfSubject(q, named)).toBe(false);
  });

  it('does not read a named subject as a pointer', () => {
    expect(asksKindOfPointer('what kind of model is a world model based on?')).toBe(false);
  });
});
