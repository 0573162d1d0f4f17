/**
 * "Is Gemini 2.5 Pro worth it if we want to dump whole repos into the prompt?": one model weighed
 * against a need the catalog measures (a long context) gets a verdict from that figure, set against
 * the other models' figures, instead of the model's profile.
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import { modelFact } from '../catalog/facts.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { asksProposalVerdict } from './proposal.js';

/** The share of the catalog's windows, from the top, that counts as "among the largest". */
const TOP_SHARE = 0.25;

/** The verdict on one named model for a long-context need, from its window and the others'. */
export function modelNeedVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.intent !== 'yesno' || u.models.length !== 1 || !u.constraints.longContext || !asksProposalVerdict(u)) return undefined;
  const model = u.models[0]!;
  if (!model.context_window) return undefined;
  const ranked = ctx.kb.models.filter((m) => m.context_window).sort((a, b) => b.context_window! - a.context_window!);
  const place = ranked.findIndex((m) => m === model);
  const wanted = u.constraints.contextTokens;
  const window = `**${formatTokens(model.context_window)} tokens**`;
  const larger = ranked.slice(0, place).filter((m) => !wanted || m.context_window! >= wanted);
  const ahead = larger.length > 0 ? ` (only ${larger.slice(0, 2).map((m) => `${m.name}, at ${formatTokens(m.context_window!)}`).join(' and ')}, ${larger.length === 1 ? 'holds' : 'hold'} more)` : '';
  let lead: string;
  if (wanted && model.context_window < wanted) lead = `No: ${model.name}'s context window is ${window}, less than the ${formatTokens(wanted)} tokens you need${larger.length ? `; ${larger[0]!.name} holds ${formatTokens(larger[0]!.context_window!)}` : ''}.`;
  else if (place >= 0 && place < Math.max(1, Math.ceil(ranked.length * TOP_SHARE))) lead = `Yes: ${model.name}'s context window of ${window} is ${place === 0 ? 'the largest' : 'among the largest'} in my documents${ahead}, so long inputs fit in one prompt.`;
  // Below the largest, and with no length stated, whether it is enough depends on the inputs.
  else lead = `It depends on how long the inputs are: ${model.name}'s context window is ${window}, while ${ranked.slice(0, 2).map((m) => `${m.name} holds ${formatTokens(m.context_window!)}`).join(' and ')}.`;
  const price = modelFact(model, 'pricing', u.figures);
  const cites = [ctx.modelPassage(model)].filter((p) => p !== undefined);
  return { kind: 'fact', answered: true, blocks: [{ text: lead }, ...(price ? [{ text: price }] : [])], cites, models: [model] };
}

