/**
 * The situation a pick was made for, said briefly ("image generation that runs on your own
 * machines", "code, on a tight budget"), so a follow-up on the pick names the need instead of
 * saying "that need". Undefined when the situation names neither a kind nor a constraint.
 */
import { CONTENT_WORDS } from '../understand/content-words.js';
import type { Constraints, Understanding } from '../understand/types.js';


/** Constraints in the order they matter to a pick: the phrase after a kind, and the phrase alone. */
const NEEDS: Array<[keyof Constraints, string, string]> = [
  ['onDevice', 'on the device', 'running on the device'],
  ['selfHosted', 'on your own machines', 'running on your own machines'],
  ['dataResidency', 'with the data kept in-house', 'keeping the data in-house'],
  ['openWeights', 'with open weights', 'open weights'],
  ['regulated', 'in a regulated setting', 'a regulated setting'],
  ['longContext', 'with long inputs', 'long inputs'],
  ['budget', 'on a tight budget', 'a tight budget'],
  ['highVolume', 'at high volume', 'high volume'],
  ['lowLatency', 'with fast responses', 'fast responses'],
  ['quality', 'at top quality', 'top quality'],
  ['managedApi', 'as a managed API', 'a managed API'],
  ['smallTeam', 'for a small team', 'a small team'],
];

/** Self-hosting already keeps the data in-house and usually means open weights: one phrase says it. */
const IMPLIED_BY_SELF_HOSTING = new Set<keyof Constraints>(['dataResidency', 'openWeights']);

export function needPhrase(situation: Understanding): string | undefined {
  const kinds = [...new Set(situation.categories.filter((c) => c.direction !== 'input').map((c) => CONTENT_WORDS[c.category].work))].slice(0, 2);
  const needs = NEEDS.filter(([key]) => situation.constraints[key] === true && !(situation.constraints.selfHosted && IMPLIED_BY_SELF_HOSTING.has(key))).slice(0, 2);
  if (kinds.length > 0) return [kinds.join(' and '), needs.map(([, after]) => after).join(' and ')].filter(Boolean).join(' ');
  return needs.length > 0 ? needs.map(([, , alone]) => alone).join(' and ') : undefined;
}
