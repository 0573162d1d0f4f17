/**
 * "Which benchmark if what matters is…", "which parameter range for…": a kind of pick named as
 * what is asked, then the condition or the need it must meet. The pick is of that kind: a
 * benchmark, not the definition of one; a size class, not a setting.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { asksKindPick, objectTarget } from '../../../src/core/understand/target.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('target: a kind of pick, then the condition it must meet', () => {
  it.each(['which benchmark if what matters is that people enjoy chatting with it?', 'what leaderboard when the point is how often users come back?'])('%j asks for a pick of that kind', (q) => {
    expect(asksKindPick(q)).toBe(true);
    expect(f.read(q)).toMatchObject({ intent: 'recommendation', target: 'benchmark' });
  });

  it.each(['which parameter range for a general chat + coding helper?', 'what parameter count suits an on-device summarizer?', 'which param bracket for a support bot'])('%j asks for a size class', (q) => {
    expect(objectTarget(q)).toBe('size-class');
  });

  it.each(['what parameter should we tune first?', 'which parameters control randomness'])('%j still asks for a setting', (q) => {
    expect(objectTarget(q)).toBe('setting');
  });
});
