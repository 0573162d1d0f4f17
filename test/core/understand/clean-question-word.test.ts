/** cleanQuestion(): a misspelt question word ("wat", "wot", "wats") is read as "what". */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/core/understand/clean.js';

describe('cleanQuestion: misspelt question words', () => {
  it.each([
    ['wat is a token', 'what is a token'],
    ['wot are LoRAs', 'what are LoRAs'],
    ['wut does temperature do', 'what does temperature do'],
    ['wats RAG', "what's RAG"],
  ])('reads %j as %j', (raw, clean) => {
    expect(cleanQuestion(raw)).toBe(clean);
  });

  it('leaves the words alone elsewhere', () => {
    expect(cleanQuestion('the watt rating of a GPU')).toBe('the watt rating of a GPU');
  });
});
