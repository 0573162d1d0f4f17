/**
 * "What is ControlNet, in the context of image diffusion models?": the phrase after "in the context
 * of" names the field the question sits in; what only it names is no subject when the rest names one.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { withoutField } from '../../../src/core/understand/scope.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('a field named with "in the context of"', () => {
  it('is no subject beside the model the question asks about', () => {
    const u = f.read('What is ControlNet, in the context of image diffusion models?');
    expect(u.models.map((m) => m.name)).toEqual(['ControlNet']);
    expect(u.concepts).toEqual([]);
  });

  it.each([
    ['explain attention in the context of transformers', 'self-attention'],
    ['what does temperature mean in the context of llms', 'temperature'],
  ])('leaves the subject asked about first: %j', (question, subject) => {
    expect(f.read(question).concepts.map((c) => c.name)).toEqual([subject]);
  });

  it('keeps a question that is nothing but the field phrase', () => {
    expect(withoutField('in the context of llms')).toBe('in the context of llms');
  });
});
