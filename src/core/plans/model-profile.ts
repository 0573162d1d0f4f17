/** "What is Midjourney?": what a catalog model is and what it is known for, from its entry. */
import { modelProfile } from '../catalog/facts.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

export function modelProfileDraft(ctx: PlanContext, u: Understanding): Draft {
  const models = u.models.slice(0, 2);
  const text = models.map((m) => modelProfile(m)).join(' ');
  const cites = models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'definition', answered: true, blocks: [{ text }], cites, models };
}
