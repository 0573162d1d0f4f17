/**
 * The answer buttons' custom_ids: `mg:s:<answerId>:<index>` (a suggestion) and `mg:f:<answerId>:<vote>`.
 * The answer behind an id lives in the front door's memory (the state store), so any shard or replica
 * can handle the click.
 */

export type ButtonAction =
  | { type: 'suggestion'; answerId: string; index: number }
  | { type: 'feedback'; answerId: string; vote: 'up' | 'down' };

const PREFIX = 'mg';

/** custom_id of the button for suggestion `index` (always far below Discord's 100 chars). */
export function suggestionCustomId(answerId: string, index: number): string {
  return `${PREFIX}:s:${answerId}:${index}`;
}

export function feedbackCustomId(answerId: string, vote: 'up' | 'down'): string {
  return `${PREFIX}:f:${answerId}:${vote}`;
}

/** Reads one of our custom_ids; anything else (another bot's, a malformed one) is null. */
export function parseCustomId(customId: string): ButtonAction | null {
  const [prefix, type, answerId, arg] = customId.split(':');
  if (prefix !== PREFIX || !answerId || arg === undefined) return null;
  if (type === 's' && /^\d$/.test(arg)) return { type: 'suggestion', answerId, index: Number(arg) };
  if (type === 'f' && (arg === 'up' || arg === 'down')) return { type: 'feedback', answerId, vote: arg };
  return null;
}
