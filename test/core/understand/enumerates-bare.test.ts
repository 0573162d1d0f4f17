/**
 * The set a question asks the items of, read from its noun phrase: after "what"/"which"/"list", or
 * bare with what the items are for after it; a plural right after the first one is the head.
 */
import { describe, expect, it } from 'vitest';
import { readEnumeration } from '../../../src/core/understand/enumerates.js';

describe('readEnumeration', () => {
  it.each([
    ['ops metrics to check before going live?', 'metrics'],
    ['ways to evaluate a chatbot', 'ways'],
    ['the three checks worth running first', 'checks'],
    ['what ops metrics should we track', 'metrics'],
    ['what stages models go through', 'stages'],
    ['what factors affect print quality', 'factors'],
  ])('reads %j as asking for the %s', (q, noun) => {
    expect(readEnumeration(q)?.noun).toBe(noun);
  });

  it.each(['models to use for coding', 'what does it cost', 'tools we could try'])('reads no set of items in %j', (q) => {
    expect(readEnumeration(q)).toBeUndefined();
  });
});
