/**
 * A follow-up that puts a new case ("what about a bank with strict data rules?" after a pick for a
 * small team): the new case's needs replace the asker's earlier ones, the task's needs carry, and a
 * need stated now drops the earlier ones it contradicts.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { understand } from '../../../src/core/understand/understand.js';
import { mergeConstraints, putsNewCase } from '../../../src/core/understand/followup/merge.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import type { Constraints } from '../../../src/core/understand/types.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;
beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

type Need = Exclude<keyof Constraints, 'contextTokens' | 'deadlineDays'>;
const needs = (after: string, q: string) => understand(q, f.uctx, f.turn(after)).constraints;

const ROWS: ReadonlyArray<{ after: string; q: string; has: readonly Need[]; not: readonly Need[] }> = [
  { after: 'which model should a small team of three use for a support chatbot?', q: 'what about a bank with strict data rules?', has: ['regulated', 'privacy'], not: ['smallTeam'] },
  { after: 'cheapest model for a small team summarising long reports?', q: 'how about an insurance firm with a huge budget?', has: ['regulated', 'frontier', 'longContext'], not: ['smallTeam', 'budget'] },
  { after: 'which llm should a hospital use for patient notes?', q: 'and if we were a two-person startup?', has: ['smallTeam'], not: ['regulated'] },
  { after: 'which model should a small team use for support tickets?', q: 'what about if we are regulated too?', has: ['smallTeam', 'regulated'], not: [] },
];

describe('a follow-up that puts a new case', () => {
  it.each(ROWS)('$q after $after', ({ after, q, has, not }) => {
    const c = needs(after, q);
    for (const n of has) expect(c[n], n).toBe(true);
    for (const n of not) expect(c[n], n).toBe(false);
  });

  it.each(['what about a bank with strict data rules?', 'how about a startup?', 'and if we were a hospital?'])('%s puts a new case', (q) => {
    expect(putsNewCase(q, understand(q, f.uctx).constraints)).toBe(true);
  });

  it.each(['what about for video?', 'and we are a small team too', 'must be hipaa compliant'])('%s puts none', (q) => {
    expect(putsNewCase(q, understand(q, f.uctx).constraints)).toBe(false);
  });
});

describe('mergeConstraints: a need stated now against the earlier ones', () => {
  const c = (on: Partial<Constraints>): Constraints => ({ ...readConstraints(''), ...on });
  it('drops a managed API when open weights are asked now', () => {
    const merged = mergeConstraints(c({ managedApi: true, lowLatency: true }), c({ openWeights: true }));
    expect([merged.managedApi, merged.openWeights, merged.lowLatency]).toEqual([false, true, true]);
  });
  it('drops self-hosting when a managed API is asked now', () => {
    expect(mergeConstraints(c({ selfHosted: true }), c({ managedApi: true })).selfHosted).toBe(false);
  });
  it('drops a tight budget when the best that money buys is asked now', () => {
    expect(mergeConstraints(c({ budget: true }), c({ frontier: true })).budget).toBe(false);
  });
});
