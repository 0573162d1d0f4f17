/**
 * Needs said as their absence: "we don't need self-hosting" or "we don't want to run infra" fixes a
 * managed API, not hosting; "no big budget" is a tight budget, not money to spare. And a pick asked
 * as a sentence of its own at the end ("…prefers self-hosting. Which model?") is a model.
 */
import { describe, expect, it } from 'vitest';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { objectTarget } from '../../../src/core/understand/target.js';

describe('needs said as their absence', () => {
  it.each(["we don't need self-hosting and a subscription is fine", "proprietary is fine, we just don't want to run infra", 'we do not need to self-host'])('%j is a managed API, not hosting', (q) => {
    expect(readConstraints(q)).toMatchObject({ selfHosted: false, managedApi: true });
  });

  it.each(["our model is bad at legal jargon, no big budget: what's the path?", 'not a huge budget here, which model for support?'])('%j is a tight budget, not cost waved away', (q) => {
    expect(readConstraints(q)).toMatchObject({ budget: true, frontier: false });
  });

  it('still reads money to spare as cost waved away', () => {
    expect(readConstraints('we have a big budget, which model?')).toMatchObject({ budget: false, frontier: true });
  });
});

describe('target: "Which model?" as a sentence of its own at the end', () => {
  it.each(['We have our own GPU cluster and security prefers self-hosting. Which model?', 'Data stays on-prem! which llm?'])('%j asks for a model', (q) => {
    expect(objectTarget(q)).toBe('model');
  });
});
