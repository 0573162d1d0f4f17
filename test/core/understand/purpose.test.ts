/**
 * understand(): a task named in the wording ("spot fraudulent transactions") is read as what the
 * model must do, and the data named beside it as what it reads, unless the data is to be made up.
 */
import { describe, expect, it } from 'vitest';
import { readCategories } from '../../../src/core/understand/needs.js';
import { readForPurpose, readPurpose } from '../../../src/core/understand/purpose.js';

const purposeOf = (text: string) => readPurpose(text, readCategories(text));

describe('reading the task a question names', () => {
  it.each([
    'how can we catch fraudulent payments in our ledger',
    'flag odd entries in the expense logs',
    'we need to surface strange spikes in sensor readings',
    'find outliers in the customer table',
    'is there a model for anomaly detection on server metrics',
  ])('reads anomaly detection in %j', (text) => {
    expect(purposeOf(text)).toBe('anomaly detection');
  });

  it.each([
    'generate fake transaction records to test our fraud detection pipeline',
    'we need synthetic rows that look like real payments for QA of our fraud alerts',
    'which model writes the best poems',
  ])('reads no task in %j', (text) => {
    expect(purposeOf(text)).toBeUndefined();
  });

  it('turns the records a task is done on into input, whatever verb was near them', () => {
    const text = 'which generative model helps with outlier detection on transaction data';
    const read = readForPurpose(readCategories(text), purposeOf(text));
    expect(read).toEqual([{ category: 'tabular', direction: 'input' }]);
  });
});

describe('reading which kind of sound is meant', () => {
  it.each([
    ['a narrator voice for our onboarding videos', 'speech'],
    ['we want text-to-speech for the help centre', 'speech'],
    ['make a catchy jingle for the launch', 'music'],
    ['background music for a game level', 'music'],
  ] as const)('%j is about %s', (text, form) => {
    expect(readCategories(text).find((c) => c.category === 'audio')?.form).toBe(form);
  });

  it('reads text-to-speech as speech made and speech-to-text as speech read', () => {
    expect(readCategories('any good tts option?').find((c) => c.category === 'audio')?.direction).toBe('output');
    expect(readCategories('speech-to-text for support calls').find((c) => c.category === 'audio')?.direction).toBe('input');
  });
});
